package org.dealerplatform.core.ranking;

/**
 * One entrant's line in the result. {@code mean} raw mean, {@code margin} half-width of its 95 % interval,
 * {@code score} the adjusted score the ranking uses, {@code adjustment} = score − mean, {@code weight} the
 * weight w of the entrant's own mean, {@code pAward} the probability of finishing in the award places
 * (3 decimals). Figures are unrounded; {@link FairRanking#published} gives the shown ones.
 * rank is null when not ranked (ineligible or n == 0); figures are NaN when undefined (no samples).
 */
public record Standing(String id, Integer rank, long n, double mean, double margin, double score,
                       double adjustment, double weight, double pAward, boolean eligible) {

    /** The score as published and compared for ties (two decimals, half-up). */
    public double publishedScore() {
        return FairRanking.published(score);
    }

    /** Whether the entrant is in the award places of a ranking with that many places. */
    public boolean inAwardPlaces(int awardPlaces) {
        return rank != null && rank <= awardPlaces;
    }
}
