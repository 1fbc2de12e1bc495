package org.dealerplatform.survey.rollup;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.core.scores.ScoreTotals;
import org.dealerplatform.survey.scoring.Nps;
import org.dealerplatform.survey.screening.SampleStatus;

/**
 * The measure columns of {@code score_rollup}, each named here and nowhere else: what one sample
 * adds to it, once as SQL over a {@code survey_response} row (the rebuild's recount) and once in
 * Java (the upsert of a single sample), and where it lands in a {@link ScoreTotals}. The two
 * definitions of an amount sit side by side because the rebuild test compares their results.
 * Declaration order is the order of every column list and of the values read back.
 */
public enum RollupColumn {
    VALID_COUNT("valid_count", null, "status = 'VALID'", c -> c.valid() ? 1 : 0),
    OVERALL_SUM("overall_sum", null, "if(status = 'VALID', score_overall, 0)", c -> c.valid() ? c.overall() : 0),
    OVERALL_SQ_SUM("overall_sq_sum", null, "if(status = 'VALID', score_overall * score_overall, 0)",
            c -> c.valid() ? c.overall() * c.overall() : 0),
    ADVISOR_SUM("advisor_sum", Dimension.ADVISOR, dimensionSum("score_advisor"), c -> c.score(Dimension.ADVISOR)),
    ADVISOR_N("advisor_n", Dimension.ADVISOR, dimensionCount("score_advisor"), c -> c.answered(Dimension.ADVISOR)),
    TIME_SUM("time_sum", Dimension.TIME, dimensionSum("score_time"), c -> c.score(Dimension.TIME)),
    TIME_N("time_n", Dimension.TIME, dimensionCount("score_time"), c -> c.answered(Dimension.TIME)),
    QUALITY_SUM("quality_sum", Dimension.QUALITY, dimensionSum("score_quality"), c -> c.score(Dimension.QUALITY)),
    QUALITY_N("quality_n", Dimension.QUALITY, dimensionCount("score_quality"), c -> c.answered(Dimension.QUALITY)),
    PRICE_SUM("price_sum", Dimension.PRICE, dimensionSum("score_price"), c -> c.score(Dimension.PRICE)),
    PRICE_N("price_n", Dimension.PRICE, dimensionCount("score_price"), c -> c.answered(Dimension.PRICE)),
    FACILITIES_SUM("facilities_sum", Dimension.FACILITIES, dimensionSum("score_facilities"),
            c -> c.score(Dimension.FACILITIES)),
    FACILITIES_N("facilities_n", Dimension.FACILITIES, dimensionCount("score_facilities"),
            c -> c.answered(Dimension.FACILITIES)),
    NPS_N("nps_n", null, "status = 'VALID' and nps is not null", c -> c.recommended() ? 1 : 0),
    NPS_PROMOTERS("nps_promoters", null, "status = 'VALID' and nps is not null and nps >= " + Nps.PROMOTER_FROM,
            c -> c.recommended() && Nps.promoter(c.recommend()) ? 1 : 0),
    NPS_DETRACTORS("nps_detractors", null, "status = 'VALID' and nps is not null and nps <= " + Nps.DETRACTOR_UP_TO,
            c -> c.recommended() && Nps.detractor(c.recommend()) ? 1 : 0),
    SUSPECT_COUNT("suspect_count", null, "status = 'SUSPECT'", c -> c.status() == SampleStatus.SUSPECT ? 1 : 0),
    INVALID_COUNT("invalid_count", null, "status = 'INVALID'", c -> c.status() == SampleStatus.INVALID ? 1 : 0);

    private final String column;
    private final Dimension dimension;
    private final String recount;
    private final ToDoubleFunction<Contribution> amount;

    RollupColumn(String column, Dimension dimension, String recount, ToDoubleFunction<Contribution> amount) {
        this.column = column;
        this.dimension = dimension;
        this.recount = recount;
        this.amount = amount;
    }

    private static String dimensionSum(String score) {
        return "if(status = 'VALID' and " + score + " is not null, " + score + ", 0)";
    }

    private static String dimensionCount(String score) {
        return "status = 'VALID' and " + score + " is not null";
    }

    public String column() {
        return column;
    }

    /** Counts are whole numbers (INT columns); sums of scores are doubles. */
    public boolean isCount() {
        return !column.endsWith("_sum");
    }

    /** What the sample adds ({@code sign} 1) or takes away (−1), typed as the column is. */
    Object amount(Contribution contribution, int sign) {
        double added = amount.applyAsDouble(contribution);
        double value = added == 0 ? 0 : sign * added; // never −0.0
        return isCount() ? (Object) (long) value : (Object) value;
    }

    /** {@code valid_count, overall_sum, ...}: the insert's column list. */
    static String names() {
        return join("%s");
    }

    /** {@code valid_count = valid_count + values(valid_count), ...}: the upsert's update list. */
    static String accumulations() {
        return join("%1$s = %1$s + values(%1$s)");
    }

    /** {@code sum(status = 'VALID'), ...}: the rebuild's recount of survey_response rows, in column order. */
    static String recounts() {
        return Arrays.stream(values()).map(c -> "sum(" + c.recount + ")").collect(Collectors.joining(", "));
    }

    /** {@code sum(valid_count), ...}: the select list of every read that adds rollup rows up. */
    public static String sums() {
        return join("sum(%s)");
    }

    private static String join(String format) {
        return Arrays.stream(values()).map(c -> String.format(format, c.column)).collect(Collectors.joining(", "));
    }

    /**
     * Reads the values of {@link #sums()} (or of the columns themselves) from a result row,
     * starting at position {@code at}. Null (a sum over no rows) reads as zero.
     */
    public static ScoreTotals totals(Object[] row, int at) {
        if (row.length < at + values().length) {
            throw new IllegalArgumentException("a rollup row has " + values().length + " measures from position " + at);
        }
        int dimensions = Dimension.values().length;
        double[] dimensionSums = new double[dimensions];
        long[] dimensionCounts = new long[dimensions];
        for (RollupColumn c : values()) {
            if (c.dimension != null && c.isCount()) {
                dimensionCounts[c.dimension.ordinal()] = c.count(row, at);
            } else if (c.dimension != null) {
                dimensionSums[c.dimension.ordinal()] = c.sum(row, at);
            }
        }
        return new ScoreTotals(VALID_COUNT.count(row, at), OVERALL_SUM.sum(row, at), OVERALL_SQ_SUM.sum(row, at),
                dimensionSums, dimensionCounts, NPS_N.count(row, at), NPS_PROMOTERS.count(row, at),
                NPS_DETRACTORS.count(row, at), SUSPECT_COUNT.count(row, at), INVALID_COUNT.count(row, at));
    }

    private long count(Object[] row, int at) {
        Object value = row[at + ordinal()];
        return value == null ? 0 : ((Number) value).longValue();
    }

    private double sum(Object[] row, int at) {
        Object value = row[at + ordinal()];
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}
