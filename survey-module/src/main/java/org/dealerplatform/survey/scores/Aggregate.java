package org.dealerplatform.survey.scores;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.core.scores.ScoreTotals;
import org.dealerplatform.survey.rollup.RollupColumn;

/**
 * The dashboards' view of summed rollup rows: a running {@link ScoreTotals} (which does all the
 * math, once, for every module) with the figures rounded as the API and pages show them, and
 * null where there is nothing to show.
 */
public final class Aggregate {

    private ScoreTotals totals = ScoreTotals.NONE;

    /** Adds one row of {@link RollupColumn#sums()} (or of the columns), starting at column {@code at}. */
    Aggregate add(Object[] row, int at) {
        totals = totals.plus(RollupColumn.totals(row, at));
        return this;
    }

    Aggregate add(Aggregate other) {
        totals = totals.plus(other.totals);
        return this;
    }

    public ScoreTotals totals() {
        return totals;
    }

    public long validSamples() {
        return totals.validSamples();
    }

    public long suspectSamples() {
        return totals.suspectSamples();
    }

    public long invalidSamples() {
        return totals.invalidSamples();
    }

    /** Null when there is no valid sample. */
    public Double overall() {
        return rounded(totals.mean());
    }

    /**
     * Half-width of the 95 % confidence interval of the overall mean; null below two samples.
     * Tells a reader how far apart two scores must be before the difference means something.
     */
    public Double margin() {
        return rounded(totals.margin());
    }

    public Map<String, Double> dimensions() {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            scores.put(d.name(), rounded(totals.dimensionMean(d)));
        }
        return scores;
    }

    public Map<Dimension, Double> byDimension() {
        Map<Dimension, Double> scores = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            Double score = rounded(totals.dimensionMean(d));
            if (score != null) {
                scores.put(d, score);
            }
        }
        return scores;
    }

    public Double nps() {
        return rounded(totals.nps());
    }

    /** ScoreTotals says "nothing to show" with NaN; JSON and templates want null. */
    private static Double rounded(double value) {
        return Double.isNaN(value) ? null : round(value);
    }

    /**
     * To the hundredth shown everywhere. Snapped to nine decimals first: the same samples summed
     * in another order (a shop's rows, a province's, a group's) differ in the last bits of a
     * double, and a mean of exactly 53.125 could show as 53.13 on one dashboard and 53.12 on the
     * next.
     */
    static double round(double value) {
        double snapped = Math.rint(value * 1e9) / 1e9;
        return Math.round(snapped * 100) / 100.0;
    }
}
