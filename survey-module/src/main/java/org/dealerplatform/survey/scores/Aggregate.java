package org.dealerplatform.survey.scores;

import java.util.EnumMap;
import java.util.Map;
import org.dealerplatform.survey.questionnaire.Dimension;
import org.dealerplatform.survey.scoring.Nps;

/**
 * Sums and counts of rollup rows, and the means they give: overall and dimension scores are
 * means over valid samples (sample-weighted), NPS over the valid samples that answered it.
 */
public final class Aggregate {

    long valid;
    double overallSum;
    double overallSquares;
    final double[] dimensionSum = new double[Dimension.values().length];
    final long[] dimensionN = new long[Dimension.values().length];
    long npsN;
    long promoters;
    long detractors;
    long suspect;
    long invalid;

    /** Adds one row of {@link ScoreQueries#SUMS}, starting at column {@code at}. */
    Aggregate add(Object[] row, int at) {
        valid += num(row[at]).longValue();
        overallSum += num(row[at + 1]).doubleValue();
        overallSquares += num(row[at + 2]).doubleValue();
        for (int d = 0; d < dimensionSum.length; d++) {
            dimensionSum[d] += num(row[at + 3 + 2 * d]).doubleValue();
            dimensionN[d] += num(row[at + 4 + 2 * d]).longValue();
        }
        int n = at + 3 + 2 * dimensionSum.length;
        npsN += num(row[n]).longValue();
        promoters += num(row[n + 1]).longValue();
        detractors += num(row[n + 2]).longValue();
        suspect += num(row[n + 3]).longValue();
        invalid += num(row[n + 4]).longValue();
        return this;
    }

    Aggregate add(Aggregate other) {
        valid += other.valid;
        overallSum += other.overallSum;
        overallSquares += other.overallSquares;
        for (int d = 0; d < dimensionSum.length; d++) {
            dimensionSum[d] += other.dimensionSum[d];
            dimensionN[d] += other.dimensionN[d];
        }
        npsN += other.npsN;
        promoters += other.promoters;
        detractors += other.detractors;
        suspect += other.suspect;
        invalid += other.invalid;
        return this;
    }

    private static Number num(Object value) {
        return value == null ? 0 : (Number) value;
    }

    public long validSamples() {
        return valid;
    }

    public long suspectSamples() {
        return suspect;
    }

    public long invalidSamples() {
        return invalid;
    }

    /** Null when there is no valid sample. */
    public Double overall() {
        return valid == 0 ? null : round(overallSum / valid);
    }

    /**
     * Half-width of the 95 % confidence interval of the overall mean (normal approximation,
     * 1.96 × s / √n); null below two samples. Tells a reader how far apart two scores must be
     * before the difference means something.
     */
    public Double margin() {
        if (valid < 2) {
            return null;
        }
        double mean = overallSum / valid;
        double variance = Math.max(0, (overallSquares - valid * mean * mean) / (valid - 1));
        return round(1.96 * Math.sqrt(variance / valid));
    }

    public Map<String, Double> dimensions() {
        Map<String, Double> scores = new java.util.LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            long n = dimensionN[d.ordinal()];
            scores.put(d.name(), n == 0 ? null : round(dimensionSum[d.ordinal()] / n));
        }
        return scores;
    }

    public Map<Dimension, Double> byDimension() {
        Map<Dimension, Double> scores = new EnumMap<>(Dimension.class);
        dimensions().forEach((k, v) -> {
            if (v != null) {
                scores.put(Dimension.valueOf(k), v);
            }
        });
        return scores;
    }

    public Double nps() {
        Double nps = Nps.of(npsN, promoters, detractors);
        return nps == null ? null : round(nps);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
