package org.dealerplatform.survey.rollup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What shop-row changes add to the rows above the shop, and what the rebuild finds as their drift. */
class AggregatesTest {

    private static final int N = RollupColumn.values().length;

    private static double[] measures(double valid, double overall, double suspect) {
        double[] m = new double[N];
        m[RollupColumn.VALID_COUNT.ordinal()] = valid;
        m[RollupColumn.OVERALL_SUM.ordinal()] = overall;
        m[RollupColumn.SUSPECT_COUNT.ordinal()] = suspect;
        return m;
    }

    private static Aggregates.ShopRowChange change(String tenant, String month, String brand, String province,
                                                   int version, double[] measures) {
        return new Aggregates.ShopRowChange(tenant, "shop-" + tenant, month, brand, province, version, measures);
    }

    @Test
    void changesAddUpPerRowAreaRowsFirstEachLevelInKeyOrder() {
        List<Aggregates.Addition> additions = Aggregates.of(List.of(
                change("group-b", "2026-03", "TOYOTA", "31", 1, measures(1, 90, 0)),
                change("group-a", "2026-02", "TOYOTA", "31", 1, measures(1, 80, 0)),
                change("group-a", "2026-03", "TOYOTA", "31", 1, measures(1, 70, 0)),
                change("group-a", "2026-03", "HONDA", "44", 2, measures(0, 0, 1))));
        assertEquals(List.of(
                        List.of("2026-02", "TOYOTA", "31", 1), List.of("2026-03", "HONDA", "44", 2),
                        List.of("2026-03", "TOYOTA", "31", 1),
                        List.of("2026-02", "group-a", 1), List.of("2026-03", "group-a", 1),
                        List.of("2026-03", "group-a", 2), List.of("2026-03", "group-b", 1)),
                additions.stream().map(Aggregates.Addition::key).toList());
        assertArrayEquals(measures(2, 160, 0), additions.get(2).measures(), "two shops' samples in one area row");
        assertArrayEquals(measures(1, 70, 0), additions.get(4).measures());
        assertEquals(List.of(Aggregates.Level.AREA, Aggregates.Level.AREA, Aggregates.Level.AREA,
                Aggregates.Level.GROUP, Aggregates.Level.GROUP, Aggregates.Level.GROUP, Aggregates.Level.GROUP),
                additions.stream().map(Aggregates.Addition::level).toList());
        assertEquals(2, Aggregates.byLevel(additions).size());
    }

    @Test
    void aReviewThatMovesASampleAddsTheDifferenceOnceAndCountsAreTypedAsTheirColumns() {
        // SUSPECT -> VALID: out of the suspect count, into the valid figures, in the same rows
        List<Aggregates.Addition> additions = Aggregates.of(List.of(
                change("group-a", "2026-03", "TOYOTA", "31", 1, measures(0, 0, -1)),
                change("group-a", "2026-03", "TOYOTA", "31", 1, measures(1, 85.5, 0))));
        assertEquals(2, additions.size(), "one area row, one group row");
        Aggregates.Addition area = additions.get(0);
        assertEquals(1L, area.value(RollupColumn.VALID_COUNT));
        assertEquals(-1L, area.value(RollupColumn.SUSPECT_COUNT));
        assertEquals(85.5, area.value(RollupColumn.OVERALL_SUM));
        assertEquals(0.0, area.value(RollupColumn.PRICE_SUM));
        assertTrue(Double.doubleToRawLongBits((Double) area.value(RollupColumn.PRICE_SUM)) == 0L, "never -0.0");
    }

    @Test
    void aChangeThatCancelsOutWritesNothing() {
        assertEquals(List.of(), Aggregates.of(List.of(
                change("group-a", "2026-03", "TOYOTA", "31", 1, measures(1, 85.5, 0)),
                change("group-a", "2026-03", "TOYOTA", "31", 1, measures(-1, -85.5, 0)))));
    }

    @Test
    void theUpsertAddsEveryMeasureAndNeverAKey() {
        String upsert = Aggregates.Level.AREA.upsert(2);
        assertTrue(upsert.startsWith("insert into score_rollup_area (month, brand_code, province_code,"
                + " questionnaire_version, valid_count, "), upsert);
        assertTrue(upsert.contains(" on duplicate key update valid_count = valid_count + values(valid_count), "));
        assertFalse(upsert.substring(upsert.indexOf("update")).contains("month"), "keys are never added up");
        assertEquals(2 * (4 + N), upsert.chars().filter(c -> c == '?').count());
        assertEquals("select 'R', month, tenant_id, questionnaire_version, " + RollupColumn.sums()
                + " from score_rollup where advisor_id = '*' group by month, tenant_id, questionnaire_version"
                + " union all select 'K', month, tenant_id, questionnaire_version, " + RollupColumn.names()
                + " from score_rollup_group", AggregateRebuild.read(Aggregates.Level.GROUP));
    }

    @Test
    void theDriftIsWhatTheKeptRowsLackAndRowsNoShopHoldsAreMarked() {
        Map<List<Object>, double[]> recounted = Aggregates.keyed();
        Map<List<Object>, double[]> kept = Aggregates.keyed();
        recounted.put(List.of("2026-03", "group-a", 1), measures(3, 270, 1));
        kept.put(List.of("2026-03", "group-a", 1), measures(3, 270 + 1e-12, 1)); // last bits only: no drift
        recounted.put(List.of("2026-04", "group-a", 1), measures(2, 170, 0));
        kept.put(List.of("2026-04", "group-a", 1), measures(1, 90, 0));
        recounted.put(List.of("2026-05", "group-b", 1), measures(1, 60, 0)); // lost
        kept.put(List.of("2020-01", "group-a", 1), measures(2, 150, 0)); // no shop row holds it
        List<Aggregates.Drift> drift = Aggregates.drift(Aggregates.Level.GROUP, recounted, kept);
        assertEquals(List.of(List.of("2020-01", "group-a", 1), List.of("2026-04", "group-a", 1),
                List.of("2026-05", "group-b", 1)), drift.stream().map(d -> d.addition().key()).toList());
        assertArrayEquals(measures(-2, -150, 0), drift.get(0).addition().measures());
        assertTrue(drift.get(0).unheld());
        assertArrayEquals(measures(1, 80, 0), drift.get(1).addition().measures());
        assertFalse(drift.get(1).unheld());
        assertArrayEquals(measures(1, 60, 0), drift.get(2).addition().measures());
        assertEquals(List.of(), Aggregates.drift(Aggregates.Level.GROUP, recounted, recounted));
    }
}
