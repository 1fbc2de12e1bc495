package org.dealerplatform.survey.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What turns the kept rows of a slice into its recount, as additions (see {@link RollupRebuild}
 * for why additions): for each group of rows (one shop, month, brand, province and questionnaire
 * version: the shop's row and its advisors' rows) that differs, one {@link Correction}. A pure
 * function of the two sets of rows, both read in one snapshot.
 */
final class Reconciliation {

    /**
     * Sums of doubles added up in another order (the recount's scan order, against the order the
     * samples committed in) differ in their last bits; such a difference is no drift. Counts must
     * match exactly.
     */
    static final double RELATIVE_TOLERANCE = 1e-9;

    /**
     * One group's change, one short transaction: {@code additions} in locking order (the shop's row
     * first, always, even when it needs nothing, so the group is locked the way every writer locks
     * it), then the {@code removals}, rows that hold no sample in the recount, deleted only if they
     * are still empty once the additions are in (a sample arriving meanwhile keeps its row).
     */
    record Correction(List<RollupRow> additions, List<RollupRow.Key> removals, int changedRows) {
    }

    private Reconciliation() {
    }

    /** The corrections, by group in key order; empty when the kept rows already equal the recount. */
    static List<Correction> of(List<RollupRow> recounted, List<RollupRow> kept) {
        Map<RollupRow.Key, RollupRow> recount = byKey(recounted);
        Map<RollupRow.Key, RollupRow> current = byKey(kept);
        Map<RollupRow.Key, List<RollupRow.Key>> groups = new TreeMap<>();
        for (RollupRow.Key key : union(recount, current)) {
            groups.computeIfAbsent(key.wholeShop(), g -> new ArrayList<>()).add(key);
        }
        List<Correction> corrections = new ArrayList<>();
        groups.forEach((wholeShop, keys) -> {
            List<RollupRow> additions = new ArrayList<>();
            List<RollupRow.Key> removals = new ArrayList<>();
            for (RollupRow.Key key : keys) { // sorted: the shop's row first
                RollupRow wanted = recount.get(key);
                RollupRow has = current.get(key);
                if (!differs(wanted, has)) {
                    continue;
                }
                additions.add(difference(key, wanted, has));
                if (wanted == null) {
                    removals.add(key);
                }
            }
            if (additions.isEmpty()) {
                return;
            }
            int changed = additions.size();
            if (!additions.get(0).key().isWholeShop()) {
                // take the shop's row first all the same: nothing added, only locked
                RollupRow shop = recount.getOrDefault(wholeShop, current.get(wholeShop));
                additions.add(0, new RollupRow(wholeShop, shop != null ? shop.tenantId() : additions.get(0).tenantId(),
                        new double[RollupColumn.values().length]));
                if (shop == null) {
                    removals.add(0, wholeShop); // an empty row the lock would leave behind
                }
            }
            corrections.add(new Correction(List.copyOf(additions), List.copyOf(removals), changed));
        });
        return corrections;
    }

    /**
     * The recount of a slice's advisor rows plus each group's shop row: their sum, since every sample
     * counts in exactly one advisor row of its group ({@value Rollups#NO_ADVISOR} when it named none).
     * Counts add up exactly; sums of scores up to the last bits.
     */
    static List<RollupRow> withShopRows(List<RollupRow> advisorRows) {
        Map<RollupRow.Key, RollupRow> shops = new TreeMap<>();
        for (RollupRow row : advisorRows) {
            if (row.key().isWholeShop()) {
                throw new IllegalArgumentException("an advisor row was expected: " + row.key());
            }
            RollupRow shop = shops.computeIfAbsent(row.key().wholeShop(),
                    k -> new RollupRow(k, row.tenantId(), new double[RollupColumn.values().length]));
            for (int i = 0; i < shop.measures().length; i++) {
                shop.measures()[i] += row.measures()[i];
            }
        }
        List<RollupRow> all = new ArrayList<>(shops.values());
        all.addAll(advisorRows);
        return all;
    }

    /**
     * Corrections of one shop cut into transactions: in key order (ascending month), a new batch
     * whenever a month would come twice or the batch is full. Review decisions and flag-alongs move
     * several samples of one shop in one transaction, in ascending month; with at most one group a
     * month in a batch, no two transactions can hold groups in opposite orders.
     */
    static List<List<Correction>> batches(List<Correction> corrections, int most) {
        List<List<Correction>> batches = new ArrayList<>();
        List<Correction> batch = new ArrayList<>();
        String lastMonth = null;
        String lastShop = null;
        for (Correction c : corrections) {
            RollupRow.Key key = c.additions().get(0).key();
            if (!batch.isEmpty() && (batch.size() == most || key.month().equals(lastMonth)
                    || !key.shopId().equals(lastShop))) {
                batches.add(List.copyOf(batch));
                batch.clear();
            }
            batch.add(c);
            lastMonth = key.month();
            lastShop = key.shopId();
        }
        if (!batch.isEmpty()) {
            batches.add(List.copyOf(batch));
        }
        return batches;
    }

    private static boolean differs(RollupRow wanted, RollupRow has) {
        if (wanted == null || has == null) {
            return true;
        }
        if (!Objects.equals(wanted.tenantId(), has.tenantId())) {
            return true;
        }
        for (RollupColumn column : RollupColumn.values()) {
            double w = wanted.measures()[column.ordinal()];
            double h = has.measures()[column.ordinal()];
            if (column.isCount() ? w != h
                    : Math.abs(w - h) > RELATIVE_TOLERANCE * Math.max(1, Math.max(Math.abs(w), Math.abs(h)))) {
                return true;
            }
        }
        return false;
    }

    /** wanted − has, with the recount's tenant (the kept one for a row to remove). */
    private static RollupRow difference(RollupRow.Key key, RollupRow wanted, RollupRow has) {
        double[] delta = new double[RollupColumn.values().length];
        for (int i = 0; i < delta.length; i++) {
            delta[i] = (wanted == null ? 0 : wanted.measures()[i]) - (has == null ? 0 : has.measures()[i]);
        }
        return new RollupRow(key, wanted != null ? wanted.tenantId() : has.tenantId(), delta);
    }

    private static Map<RollupRow.Key, RollupRow> byKey(List<RollupRow> rows) {
        Map<RollupRow.Key, RollupRow> byKey = new TreeMap<>();
        for (RollupRow row : rows) {
            if (byKey.put(row.key(), row) != null) {
                throw new IllegalArgumentException("two rows for " + row.key());
            }
        }
        return byKey;
    }

    private static List<RollupRow.Key> union(Map<RollupRow.Key, RollupRow> a, Map<RollupRow.Key, RollupRow> b) {
        TreeMap<RollupRow.Key, Boolean> keys = new TreeMap<>();
        a.keySet().forEach(k -> keys.put(k, true));
        b.keySet().forEach(k -> keys.put(k, true));
        return new ArrayList<>(keys.keySet());
    }
}
