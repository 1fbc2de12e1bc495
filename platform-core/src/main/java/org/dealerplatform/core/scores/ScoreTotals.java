package org.dealerplatform.core.scores;

import java.util.Arrays;

/**
 * Sums and counts over screened samples of one shop, advisor or field: valid samples with the sum
 * and sum of squares of their overall scores, per-dimension sums and counts (a dimension may be
 * unanswered), the recommendation answers split for NPS, and how many samples were flagged
 * (suspect) or invalid. Immutable; {@link #plus} adds two totals exactly, so months and shops
 * combine without rounding. Means are taken only after summing.
 */
public final class ScoreTotals {

    private static final int DIMENSIONS = Dimension.values().length;
    public static final ScoreTotals NONE = new ScoreTotals(0, 0, 0, new double[DIMENSIONS], new long[DIMENSIONS],
            0, 0, 0, 0, 0);

    private final long valid;
    private final double overallSum;
    private final double overallSquares;
    private final double[] dimensionSums;
    private final long[] dimensionCounts;
    private final long npsAnswers;
    private final long promoters;
    private final long detractors;
    private final long suspect;
    private final long invalid;

    public ScoreTotals(long valid, double overallSum, double overallSquares, double[] dimensionSums,
                       long[] dimensionCounts, long npsAnswers, long promoters, long detractors, long suspect,
                       long invalid) {
        if (dimensionSums.length != DIMENSIONS || dimensionCounts.length != DIMENSIONS) {
            throw new IllegalArgumentException("one sum and one count per dimension");
        }
        this.valid = valid;
        this.overallSum = overallSum;
        this.overallSquares = overallSquares;
        this.dimensionSums = dimensionSums.clone();
        this.dimensionCounts = dimensionCounts.clone();
        this.npsAnswers = npsAnswers;
        this.promoters = promoters;
        this.detractors = detractors;
        this.suspect = suspect;
        this.invalid = invalid;
    }

    public ScoreTotals plus(ScoreTotals other) {
        double[] sums = dimensionSums.clone();
        long[] counts = dimensionCounts.clone();
        for (int d = 0; d < DIMENSIONS; d++) {
            sums[d] += other.dimensionSums[d];
            counts[d] += other.dimensionCounts[d];
        }
        return new ScoreTotals(valid + other.valid, overallSum + other.overallSum,
                overallSquares + other.overallSquares, sums, counts, npsAnswers + other.npsAnswers,
                promoters + other.promoters, detractors + other.detractors, suspect + other.suspect,
                invalid + other.invalid);
    }

    public long validSamples() {
        return valid;
    }

    public double overallSum() {
        return overallSum;
    }

    public double overallSquares() {
        return overallSquares;
    }

    public double dimensionSum(Dimension d) {
        return dimensionSums[d.ordinal()];
    }

    public long dimensionCount(Dimension d) {
        return dimensionCounts[d.ordinal()];
    }

    public long npsAnswers() {
        return npsAnswers;
    }

    public long promoters() {
        return promoters;
    }

    public long detractors() {
        return detractors;
    }

    public long suspectSamples() {
        return suspect;
    }

    public long invalidSamples() {
        return invalid;
    }

    /** Valid, suspect and invalid together: everything screening saw. */
    public long screenedSamples() {
        return valid + suspect + invalid;
    }

    /** Share of screened samples that were flagged (suspect or invalid); 0 when nothing was screened. */
    public double flaggedShare() {
        long all = screenedSamples();
        return all == 0 ? 0 : (double) (suspect + invalid) / all;
    }

    /** Mean overall score of the valid samples, unrounded; NaN without a valid sample. */
    public double mean() {
        return valid == 0 ? Double.NaN : overallSum / valid;
    }

    /** Sample variance of the overall scores (n − 1 in the denominator); NaN below two samples. */
    public double variance() {
        if (valid < 2) {
            return Double.NaN;
        }
        double mean = overallSum / valid;
        return Math.max(0, (overallSquares - valid * mean * mean) / (valid - 1));
    }

    /**
     * Half-width of the 95 % confidence interval of the mean (normal approximation,
     * 1.96 × s / √n); NaN below two samples.
     */
    public double margin() {
        return valid < 2 ? Double.NaN : 1.96 * Math.sqrt(variance() / valid);
    }

    /** Mean of one dimension over the valid samples that answered it; NaN when none did. */
    public double dimensionMean(Dimension d) {
        long n = dimensionCounts[d.ordinal()];
        return n == 0 ? Double.NaN : dimensionSums[d.ordinal()] / n;
    }

    /** Net promoter score, −100 to 100; NaN without an answer. */
    public double nps() {
        return npsAnswers == 0 ? Double.NaN : 100.0 * (promoters - detractors) / npsAnswers;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoreTotals t && valid == t.valid && overallSum == t.overallSum
                && overallSquares == t.overallSquares && Arrays.equals(dimensionSums, t.dimensionSums)
                && Arrays.equals(dimensionCounts, t.dimensionCounts) && npsAnswers == t.npsAnswers
                && promoters == t.promoters && detractors == t.detractors && suspect == t.suspect
                && invalid == t.invalid;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(valid) * 31 + Double.hashCode(overallSum);
    }

    @Override
    public String toString() {
        return "ScoreTotals[valid=" + valid + ", mean=" + mean() + ", suspect=" + suspect + ", invalid=" + invalid + "]";
    }
}
