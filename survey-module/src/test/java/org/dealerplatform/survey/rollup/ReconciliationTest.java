package org.dealerplatform.survey.rollup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a rebuild writes for a slice, from its recount and its kept rows (numbers worked by hand). */
class ReconciliationTest {

    static final String SHOP = "9f0c3c1e-0000-4000-8000-000000000001";

    static RollupRow.Key key(String advisor, String month) {
        return new RollupRow.Key(SHOP, month, "TOYOTA", "31", 1, advisor);
    }

    /** A row of {@code valid} valid samples that sum to {@code overall}, and {@code suspect} suspect ones. */
    static RollupRow row(String advisor, String month, int valid, double overall, int suspect) {
        double[] m = new double[RollupColumn.values().length];
        m[RollupColumn.VALID_COUNT.ordinal()] = valid;
        m[RollupColumn.OVERALL_SUM.ordinal()] = overall;
        m[RollupColumn.SUSPECT_COUNT.ordinal()] = suspect;
        return new RollupRow(key(advisor, month), "demo-group-a", m);
    }

    static double measure(RollupRow row, RollupColumn column) {
        return row.measures()[column.ordinal()];
    }

    @Test
    void rowsThatEqualTheRecountNeedNothingNotEvenALock() {
        List<RollupRow> rows = List.of(row("*", "2026-03", 2, 170, 1), row("a1", "2026-03", 2, 170, 1));
        assertEquals(List.of(), Reconciliation.of(rows, rows));
    }

    @Test
    void sumsAddedUpInAnotherOrderAreNoDrift() {
        // 0.1 + 0.2 + 0.3 one way and the other differ in the last bit
        double oneWay = 0.1 + 0.2 + 0.3;
        double other = 0.3 + 0.2 + 0.1;
        assertTrue(oneWay != other);
        assertEquals(List.of(), Reconciliation.of(List.of(row("*", "2026-03", 3, oneWay, 0)),
                List.of(row("*", "2026-03", 3, other, 0))));
    }

    @Test
    void aMissingGroupIsAddedWholeShopRowFirst() {
        List<Reconciliation.Correction> corrections = Reconciliation.of(
                List.of(row("a2", "2026-03", 1, 80, 0), row("", "2026-03", 1, 90, 0), row("*", "2026-03", 2, 170, 0)),
                List.of());
        assertEquals(1, corrections.size());
        Reconciliation.Correction c = corrections.get(0);
        assertEquals(List.of(key("*", "2026-03"), key("", "2026-03"), key("a2", "2026-03")),
                c.additions().stream().map(RollupRow::key).toList());
        assertEquals(170, measure(c.additions().get(0), RollupColumn.OVERALL_SUM));
        assertEquals(3, c.changedRows());
        assertEquals(List.of(), c.removals());
    }

    @Test
    void aDriftedRowGetsTheDifferenceAddedAndEachGroupIsItsOwnCorrection() {
        List<RollupRow> recount = List.of(row("*", "2026-02", 4, 300, 1), row("a1", "2026-02", 4, 300, 1),
                row("*", "2026-03", 2, 150, 0), row("a1", "2026-03", 2, 150, 0));
        List<RollupRow> kept = List.of(row("*", "2026-02", 7, 350, 1), row("a1", "2026-02", 4, 300, 1),
                row("*", "2026-03", 2, 150, 0), row("a1", "2026-03", 1, 60, 2));
        List<Reconciliation.Correction> corrections = Reconciliation.of(recount, kept);
        assertEquals(2, corrections.size(), "February and March are two groups");

        Reconciliation.Correction february = corrections.get(0);
        assertEquals(1, february.additions().size(), "only the drifted shop row");
        RollupRow shop = february.additions().get(0);
        assertEquals(key("*", "2026-02"), shop.key());
        assertEquals(-3, measure(shop, RollupColumn.VALID_COUNT));
        assertEquals(-50, measure(shop, RollupColumn.OVERALL_SUM));
        assertEquals(0, measure(shop, RollupColumn.SUSPECT_COUNT));
        assertEquals(-3L, shop.value(RollupColumn.VALID_COUNT), "counts are bound as whole numbers");
        assertEquals(0.0, shop.value(RollupColumn.TIME_SUM));

        // an advisor row drifted alone: the shop row comes first all the same, with nothing to add
        Reconciliation.Correction march = corrections.get(1);
        assertEquals(List.of(key("*", "2026-03"), key("a1", "2026-03")),
                march.additions().stream().map(RollupRow::key).toList());
        assertArrayEquals(new double[RollupColumn.values().length], march.additions().get(0).measures());
        RollupRow advisor = march.additions().get(1);
        assertEquals(1, measure(advisor, RollupColumn.VALID_COUNT));
        assertEquals(90, measure(advisor, RollupColumn.OVERALL_SUM));
        assertEquals(-2, measure(advisor, RollupColumn.SUSPECT_COUNT));
        assertEquals(1, march.changedRows(), "the lock on the shop row is no change");
        assertEquals(List.of(), march.removals());
    }

    @Test
    void aRowNoSampleAccountsForIsEmptiedAndRemoved() {
        List<Reconciliation.Correction> corrections = Reconciliation.of(List.of(row("*", "2026-03", 1, 80, 0)),
                List.of(row("*", "2026-03", 1, 80, 0), row("ghost", "2026-03", 2, 100, 0),
                        row("*", "2020-01", 5, 300, 0)));
        assertEquals(2, corrections.size());
        Reconciliation.Correction old = corrections.get(0);
        assertEquals(key("*", "2020-01"), old.additions().get(0).key());
        assertEquals(-5, measure(old.additions().get(0), RollupColumn.VALID_COUNT));
        assertEquals(List.of(key("*", "2020-01")), old.removals());

        Reconciliation.Correction ghost = corrections.get(1);
        assertEquals(List.of(key("*", "2026-03"), key("ghost", "2026-03")),
                ghost.additions().stream().map(RollupRow::key).toList());
        assertEquals(-2, measure(ghost.additions().get(1), RollupColumn.VALID_COUNT));
        assertEquals(-100, measure(ghost.additions().get(1), RollupColumn.OVERALL_SUM));
        assertEquals(List.of(key("ghost", "2026-03")), ghost.removals());
    }

    @Test
    void anAdvisorRowWithoutAnyShopRowLeavesNoEmptyShopRowBehind() {
        Reconciliation.Correction c = Reconciliation.of(List.of(), List.of(row("a1", "2026-03", 1, 50, 0))).get(0);
        assertEquals(List.of(key("*", "2026-03"), key("a1", "2026-03")),
                c.additions().stream().map(RollupRow::key).toList());
        assertEquals(List.of(key("*", "2026-03"), key("a1", "2026-03")), c.removals());
    }

    @Test
    void aShopRowIsTheSumOfItsGroupsAdvisorRows() {
        RollupRow named = row("a1", "2026-03", 2, 170, 1);
        RollupRow none = row("", "2026-03", 1, 60, 0);
        RollupRow april = row("a1", "2026-04", 1, 90, 0);
        List<RollupRow> all = Reconciliation.withShopRows(List.of(named, none, april));
        assertEquals(List.of(key("*", "2026-03"), key("*", "2026-04"), key("a1", "2026-03"), key("", "2026-03"),
                key("a1", "2026-04")), all.stream().map(RollupRow::key).toList());
        assertEquals(3, measure(all.get(0), RollupColumn.VALID_COUNT));
        assertEquals(230, measure(all.get(0), RollupColumn.OVERALL_SUM));
        assertEquals(1, measure(all.get(0), RollupColumn.SUSPECT_COUNT));
        assertEquals(90, measure(all.get(1), RollupColumn.OVERALL_SUM));
        assertEquals("demo-group-a", all.get(0).tenantId());
        assertEquals(2, measure(named, RollupColumn.VALID_COUNT), "the advisor rows stay as they were");
    }

    @Test
    void aTransactionHoldsAtMostOneGroupAMonthInAscendingMonths() {
        RollupRow.Key v2 = new RollupRow.Key(SHOP, "2026-03", "TOYOTA", "31", 2, "*");
        List<RollupRow> recount = List.of(row("*", "2026-01", 1, 50, 0), row("*", "2026-02", 1, 50, 0),
                row("*", "2026-03", 1, 50, 0), new RollupRow(v2, "demo-group-a", row("*", "2026-03", 1, 50, 0)
                        .measures()), row("*", "2026-04", 1, 50, 0));
        List<Reconciliation.Correction> groups = Reconciliation.of(recount, List.of());
        assertEquals(5, groups.size());
        List<List<Reconciliation.Correction>> batches = Reconciliation.batches(groups, 12);
        assertEquals(List.of(List.of("2026-01", "2026-02", "2026-03"), List.of("2026-03", "2026-04")),
                batches.stream().map(b -> b.stream().map(c -> c.additions().get(0).key().month()).toList()).toList());
        assertEquals(2, batches.get(1).get(0).additions().get(0).key().questionnaireVersion());
        assertEquals(List.of(2, 1, 2), Reconciliation.batches(groups, 2).stream().map(List::size).toList());
    }

    @Test
    void aRowUnderTheWrongTenantIsCorrected() {
        RollupRow right = row("*", "2026-03", 1, 80, 0);
        RollupRow wrong = new RollupRow(right.key(), "demo-group-b", right.measures());
        Reconciliation.Correction c = Reconciliation.of(List.of(right), List.of(wrong)).get(0);
        assertEquals("demo-group-a", c.additions().get(0).tenantId());
        assertArrayEquals(new double[RollupColumn.values().length], c.additions().get(0).measures());
    }
}
