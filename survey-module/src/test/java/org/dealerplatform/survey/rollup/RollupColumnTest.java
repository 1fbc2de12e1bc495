package org.dealerplatform.survey.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.core.scores.ScoreTotals;
import org.dealerplatform.survey.screening.SampleStatus;
import org.junit.jupiter.api.Test;

/** The rollup's measure columns are named once and every statement and reader follows that one list. */
class RollupColumnTest {

    /** The columns of score_rollup (V1 migration), in order. */
    static final List<String> MEASURES = List.of("valid_count", "overall_sum", "overall_sq_sum", "advisor_sum",
            "advisor_n", "time_sum", "time_n", "quality_sum", "quality_n", "price_sum", "price_n", "facilities_sum",
            "facilities_n", "nps_n", "nps_promoters", "nps_detractors", "suspect_count", "invalid_count");

    static final List<String> KEYS = List.of("tenant_id", "shop_id", "advisor_id", "month", "brand_code",
            "province_code", "questionnaire_version");

    @Test
    void theColumnsAreTheTablesMeasureColumns() {
        assertEquals(MEASURES, Arrays.stream(RollupColumn.values()).map(RollupColumn::column).toList());
        assertEquals(String.join(", ", MEASURES), RollupColumn.names());
    }

    @Test
    void theUpsertInsertsEachColumnOnceAndAddsEachMeasureOnce() {
        String upsert = Rollups.UPSERT;
        String columns = upsert.substring(upsert.indexOf('(') + 1, upsert.indexOf(')'));
        assertEquals(concat(KEYS, MEASURES), List.of(columns.split(", ")));
        assertEquals(2, count(upsert, "\\((\\?, ){24}\\?\\)"), "two rows of 7 keys and 18 measures");
        String updates = upsert.substring(upsert.indexOf("on duplicate key update ") + 24);
        List<String> assignments = List.of(updates.split(", "));
        assertEquals(MEASURES.size(), assignments.size());
        for (int i = 0; i < MEASURES.size(); i++) {
            String c = MEASURES.get(i);
            assertEquals(c + " = " + c + " + values(" + c + ")", assignments.get(i));
        }
        assertTrue(updates.indexOf("questionnaire_version") < 0, "keys are never added up");
    }

    @Test
    void theRebuildReadRecountsEachMeasureOnceAndReadsTheKeptRowsInTheSameStatement() {
        String read = RebuildSlices.READ;
        String[] parts = read.split(" union all ");
        assertEquals(2, parts.length, read);
        String recount = parts[0];
        assertTrue(recount.startsWith("select 'R', tenant_id, shop_id, coalesce(advisor_id, ''), month, "), recount);
        assertTrue(recount.contains(" from survey_response where shop_id = ? group by "), recount);
        assertEquals(MEASURES.size(), count(recount, "sum\\("));
        assertTrue(recount.endsWith(" group by tenant_id, shop_id, coalesce(advisor_id, ''), month, brand_code,"
                + " province_code, questionnaire_version"), recount);
        // a group whose valid samples all skipped the recommendation still sums to 0, not NULL
        assertTrue(recount.contains("sum(status = 'VALID' and nps is not null and nps >= 9),"
                + " sum(status = 'VALID' and nps is not null and nps <= 6), sum(status = 'SUSPECT'),"
                + " sum(status = 'INVALID')"), recount);
        assertEquals("select 'K', " + String.join(", ", concat(KEYS, MEASURES)) + " from score_rollup where shop_id = ?",
                parts[1]);
    }

    @Test
    void aCorrectionAddsToEveryMeasureAndTakesTheRecountsTenant() {
        String correction = RebuildSlices.correction(3);
        assertEquals(3, count(correction, "\\((\\?, ){24}\\?\\)"));
        String updates = correction.substring(correction.indexOf("on duplicate key update ") + 24);
        assertTrue(updates.startsWith("tenant_id = values(tenant_id), valid_count = valid_count + values(valid_count), "),
                updates);
        assertEquals(MEASURES.size() + 1, updates.split(", ").length);
        assertTrue(RebuildSlices.REMOVE_IF_EMPTY.endsWith(" and valid_count = 0 and suspect_count = 0"
                + " and invalid_count = 0"), RebuildSlices.REMOVE_IF_EMPTY);
    }

    @Test
    void theSumsListEveryMeasureOnce() {
        assertEquals("sum(valid_count), sum(overall_sum), sum(overall_sq_sum), sum(advisor_sum), sum(advisor_n),"
                + " sum(time_sum), sum(time_n), sum(quality_sum), sum(quality_n), sum(price_sum), sum(price_n),"
                + " sum(facilities_sum), sum(facilities_n), sum(nps_n), sum(nps_promoters), sum(nps_detractors),"
                + " sum(suspect_count), sum(invalid_count)", RollupColumn.sums());
    }

    @Test
    void aRowIsReadIntoEveryFieldOfTheTotals() {
        // a key column first, then each measure a different number, as the driver types them
        Object[] row = {"shop", BigDecimal.valueOf(1), 2.0, 3.0, 4.0, BigDecimal.valueOf(5), 6.0, BigDecimal.valueOf(7),
            8.0, BigDecimal.valueOf(9), 10.0, BigDecimal.valueOf(11), 12.0, BigDecimal.valueOf(13), 14L, 15L, 16L, 17L,
            18L};
        ScoreTotals t = RollupColumn.totals(row, 1);
        assertEquals(1, t.validSamples());
        assertEquals(2.0, t.overallSum());
        assertEquals(3.0, t.overallSquares());
        assertEquals(4.0, t.dimensionSum(Dimension.ADVISOR));
        assertEquals(5, t.dimensionCount(Dimension.ADVISOR));
        assertEquals(6.0, t.dimensionSum(Dimension.TIME));
        assertEquals(7, t.dimensionCount(Dimension.TIME));
        assertEquals(8.0, t.dimensionSum(Dimension.QUALITY));
        assertEquals(9, t.dimensionCount(Dimension.QUALITY));
        assertEquals(10.0, t.dimensionSum(Dimension.PRICE));
        assertEquals(11, t.dimensionCount(Dimension.PRICE));
        assertEquals(12.0, t.dimensionSum(Dimension.FACILITIES));
        assertEquals(13, t.dimensionCount(Dimension.FACILITIES));
        assertEquals(14, t.npsAnswers());
        assertEquals(15, t.promoters());
        assertEquals(16, t.detractors());
        assertEquals(17, t.suspectSamples());
        assertEquals(18, t.invalidSamples());
    }

    @Test
    void sumsOverNoRowsReadAsZeroAndAShortRowIsRefused() {
        assertEquals(ScoreTotals.NONE, RollupColumn.totals(new Object[18], 0));
        assertThrows(IllegalArgumentException.class, () -> RollupColumn.totals(new Object[18], 1));
    }

    @Test
    void aValidSampleAddsItsScoresAndASuspectOneOnlyItsCount() {
        Map<Dimension, Double> dims = Map.of(Dimension.ADVISOR, 90.0, Dimension.TIME, 70.0, Dimension.QUALITY, 80.0,
                Dimension.PRICE, 60.0);
        Contribution valid = new Contribution(SampleStatus.VALID, 75.0, dims, 9);
        assertEquals(List.of(1L, 75.0, 5625.0, 90.0, 1L, 70.0, 1L, 80.0, 1L, 60.0, 1L, 0.0, 0L, 1L, 1L, 0L, 0L, 0L),
                amounts(valid, 1));
        assertEquals(List.of(-1L, -75.0, -5625.0, -90.0, -1L, -70.0, -1L, -80.0, -1L, -60.0, -1L, 0.0, 0L, -1L, -1L,
                0L, 0L, 0L), amounts(valid, -1));
        Contribution suspect = new Contribution(SampleStatus.SUSPECT, 75.0, dims, 3);
        assertEquals(List.of(0L, 0.0, 0.0, 0.0, 0L, 0.0, 0L, 0.0, 0L, 0.0, 0L, 0.0, 0L, 0L, 0L, 0L, 1L, 0L),
                amounts(suspect, 1));
        Contribution detractorWithoutAnswer = new Contribution(SampleStatus.INVALID, 10.0, Map.of(), null);
        assertEquals(1L, RollupColumn.INVALID_COUNT.amount(detractorWithoutAnswer, 1));
        assertEquals(0L, RollupColumn.NPS_N.amount(detractorWithoutAnswer, 1));
    }

    static List<Object> amounts(Contribution c, int sign) {
        return Arrays.stream(RollupColumn.values()).map(column -> column.amount(c, sign)).toList();
    }

    static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
