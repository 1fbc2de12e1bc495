package org.dealerplatform.reporting.monthly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.dealerplatform.core.alerts.AlertFigures;
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.core.scores.ScoreTotals;
import org.dealerplatform.core.shops.ShopProfile;

/**
 * One shop's monthly report as figures, independent of language and format. Every score is
 * already rounded to the one decimal the report shows, and differences are taken between those
 * rounded figures, so a reader who subtracts the printed numbers gets the printed change. A figure
 * that does not exist (no valid sample, no previous month) is empty, never NaN.
 */
public record ShopMonthReport(ShopProfile shop, String groupName, YearMonth month, Headline headline,
                              List<DimensionRow> dimensions, List<Focus> focus, List<TrendPoint> trend,
                              List<AdvisorRow> advisors, List<Comment> comments, Screening screening,
                              Optional<Standing> standing, Optional<Alerts> alerts) {

    /** Without alert figures (no alerts module, or not enabled for the shop's group). */
    public ShopMonthReport(ShopProfile shop, String groupName, YearMonth month, Headline headline,
                           List<DimensionRow> dimensions, List<Focus> focus, List<TrendPoint> trend,
                           List<AdvisorRow> advisors, List<Comment> comments, Screening screening,
                           Optional<Standing> standing) {
        this(shop, groupName, month, headline, dimensions, focus, trend, advisors, comments, screening, standing,
                Optional.empty());
    }

    public ShopMonthReport {
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(screening, "screening");
        groupName = groupName == null ? "" : groupName;
        dimensions = List.copyOf(dimensions);
        focus = List.copyOf(focus);
        trend = List.copyOf(trend);
        advisors = List.copyOf(advisors);
        comments = List.copyOf(comments);
        standing = standing == null ? Optional.empty() : standing;
        alerts = alerts == null ? Optional.empty() : alerts;
    }

    /**
     * The shop's hot alerts (core's {@link AlertFigures} defines each figure): the report month, the
     * year to date, and the nation's month to compare with (null when there is none to show).
     */
    public record Alerts(AlertFigures month, AlertFigures yearToDate, AlertFigures nationMonth) {

        public Alerts {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(yearToDate, "yearToDate");
        }
    }

    /** False for a month without a valid sample: the report then says so instead of showing scores. */
    public boolean hasSamples() {
        return headline.shop().mean().isPresent();
    }

    /** A mean over valid samples with its count and 95 % margin; empty parts where they do not exist. */
    public record Score(long validSamples, OptionalDouble mean, OptionalDouble margin) {

        public static Score of(ScoreTotals totals) {
            return new Score(totals.validSamples(), rounded(totals.mean()), rounded(totals.margin()));
        }
    }

    /** The first screen: this month's score, its change, where it stands against group and nation. */
    public record Headline(Score shop, OptionalDouble changeFromPreviousMonth, Score group, Score nation, Nps nps) {
    }

    public record Nps(long answers, long promoters, long detractors, OptionalDouble value) {

        public static Nps of(ScoreTotals totals) {
            return new Nps(totals.npsAnswers(), totals.promoters(), totals.detractors(), rounded(totals.nps()));
        }

        public long passives() {
            return answers - promoters - detractors;
        }
    }

    public record DimensionRow(Dimension dimension, OptionalDouble shop, OptionalDouble group, OptionalDouble nation) {

        /** Shop minus nation (negative = behind); empty unless both exist. */
        public OptionalDouble gapToNation() {
            return difference(shop, nation);
        }
    }

    /** A dimension to work on: where the shop is furthest behind the nation ({@code gapToNation} < 0). */
    public record Focus(Dimension dimension, double gapToNation) {
    }

    public record TrendPoint(YearMonth month, OptionalDouble shop, OptionalDouble nation, long shopSamples) {
    }

    public record AdvisorRow(String name, Score score, OptionalDouble nps) {
    }

    /** A customer's comment as written (it is escaped when rendered, never here). */
    public record Comment(String text, LocalDate date, OptionalDouble overall) {
    }

    /** What screening did with this month's samples, and why samples were flagged. */
    public record Screening(long valid, long suspect, long invalid, List<FlaggedReason> reasons) {

        public Screening {
            reasons = List.copyOf(reasons);
        }
    }

    public record FlaggedReason(String code, Label label, long samples) {
    }

    /**
     * The shop's place in a competition season: rank of {@code entrants}, the first
     * {@code awardPlaces} places win, and how many points the shop lacks to reach the last award
     * place (0 when it holds one). {@code frozen}: collection has closed and this is the season's
     * snapshot, which no later sample moves; otherwise the place still moves with every sample.
     */
    public record Standing(String season, int rank, int entrants, int awardPlaces, double pointsToLastAwardPlace,
                           boolean frozen) {

        public Standing {
            Objects.requireNonNull(season, "season");
            if (rank < 1 || rank > entrants || awardPlaces < 0) {
                throw new IllegalArgumentException("rank must be within 1.." + entrants);
            }
        }

        public boolean inAwardPlaces() {
            return rank <= awardPlaces;
        }
    }

    /** A text the caller supplies in both report languages. */
    public record Label(String zh, String en) {

        public String in(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : zh;
        }
    }

    /** One decimal, half up, as the methodology shows scores; NaN (no data) becomes empty. */
    static OptionalDouble rounded(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue() + 0.0);
    }

    static OptionalDouble difference(OptionalDouble a, OptionalDouble b) {
        return a.isPresent() && b.isPresent() ? rounded(a.getAsDouble() - b.getAsDouble()) : OptionalDouble.empty();
    }
}
