package org.dealerplatform.survey.scores;

import java.util.List;
import java.util.Map;

/** The JSON shapes of the score endpoints (records, never entities). */
public final class ScoreViews {

    private ScoreViews() {
    }

    /** Scores of one population: valid samples, overall and dimension scores (0-100), NPS (-100..100). */
    /** {@code margin}: half-width of the 95 % confidence interval of {@code overall}. */
    public record Score(long validSamples, Double overall, Double margin, Map<String, Double> dimensions, Double nps) {
        public static Score of(Aggregate a) {
            return new Score(a.validSamples(), a.overall(), a.margin(), a.dimensions(), a.nps());
        }
    }

    public record Month(String month, Score score) {
    }

    public record Named(String code, String name, Score score) {
    }

    public record Comment(String submittedAt, Double overall, String text) {
    }

    public record ShopScores(String shopId, String code, String name, String brand, String from, String to,
                             Score score, long suspectSamples, long invalidSamples, List<Month> months,
                             List<Named> advisors, Score group, Score national, List<Comment> comments) {
    }

    public record ShopRow(String shopId, String code, String name, String brand, String province, Score score) {
    }

    /**
     * A ranked group, or the viewer's own group ranked or not; anonymous unless {@code own}.
     * {@code position}: the rank, shared by ties (null: not ranked); {@code score}: the adjusted
     * score the rank comes from (null when not ranked); {@code overall}: the raw mean.
     */
    public record RankRow(Integer position, boolean own, Double score, Double overall, long validSamples) {
    }

    /**
     * A group's dashboard. {@code rank} among the {@code rankedGroups} groups with at least
     * {@code rankMinimum} valid samples in the period; null with {@code notRanked} saying why
     * ({@code TOO_FEW_SAMPLES}) when the group itself has fewer.
     */
    public record TenantScores(String from, String to, List<ShopRow> shops, Score tenant, Score national,
                               Integer rank, int rankedGroups, int rankMinimum, String notRanked,
                               List<RankRow> ranking, List<Month> months) {
    }

    public record NationalScores(String from, String to, long validSamples, long suspectSamples, long invalidSamples,
                                 long brands, long shops, Score national, List<Named> byBrand,
                                 List<Named> byProvince, List<Month> months, long openReviews) {
    }
}
