package org.dealerplatform.survey.rollup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows above the shop, kept exactly equal to the sums of the shop-level rows ({@value
 * Rollups#WHOLE_SHOP}) of {@code score_rollup}: per month, brand, province and questionnaire
 * version ({@link Level#AREA}: the national view and its brand and province cuts) and per month,
 * dealer group and version ({@link Level#GROUP}). The national view then reads a few hundred rows a
 * month instead of one per shop.
 * <p>
 * <b>Exact, not periodic.</b> Every transaction that adds to a shop-level row (a submission, a
 * batch of them, a review decision, a sample flagged along, a rebuild's correction) adds the same
 * amounts to the row of each level, in the same transaction, with the same additive upsert ({@code
 * x = x + values(x)}): addition commutes, so writers on any node and in any order lose nothing, and
 * a row never needs a read before its write. Brand, province and version are the sample's, as in
 * the shop row (a shop that changes brand or province leaves its earlier samples where they were
 * counted); the group is the sample's tenant. The rebuild compares these rows with the shop-level
 * rows in one snapshot and adds the difference ({@link AggregateRebuild}).
 * <p>
 * <b>Lock order.</b> A transaction writes a level row only after the shop-level and advisor rows it
 * belongs to, area rows before group rows, each in key order: after the rows of their group in a
 * single sample's or a review's transaction (which go up the months), after all rollup rows in a
 * batch. A shop's year ({@link ShopYears}) is taken before the shop's rows of that year. This is a pure function of the changes; {@link Rollups} writes what it returns.
 */
public final class Aggregates {

    /** The levels above the shop, each a table keyed by month first. */
    public enum Level {
        AREA("score_rollup_area", List.of("month", "brand_code", "province_code", "questionnaire_version")),
        GROUP("score_rollup_group", List.of("month", "tenant_id", "questionnaire_version"));

        private final String table;
        private final List<String> keys;

        Level(String table, List<String> keys) {
            this.table = table;
            this.keys = keys;
        }

        public String table() {
            return table;
        }

        public List<String> keys() {
            return keys;
        }

        /** The key of the level row a shop-level row adds to. */
        List<Object> keyOf(String tenantId, String month, String brandCode, String provinceCode, int version) {
            return this == AREA ? List.of(month, brandCode, provinceCode, version) : List.of(month, tenantId, version);
        }

        /** {@code rows} rows added to (or inserted). */
        String upsert(int rows) {
            String row = "(" + String.join(", ", Collections.nCopies(keys.size() + RollupColumn.values().length, "?"))
                    + ")";
            return "insert into " + table + " (" + String.join(", ", keys) + ", " + RollupColumn.names() + ") values "
                    + String.join(", ", Collections.nCopies(rows, row)) + " on duplicate key update "
                    + RollupColumn.accumulations();
        }

        /** The shop-level rows summed by this level's key, the rebuild's recount of the level. */
        String recount() {
            String key = String.join(", ", keys);
            return "select 'R', " + key + ", " + RollupColumn.sums() + " from score_rollup where advisor_id = '"
                    + Rollups.WHOLE_SHOP + "' group by " + key;
        }

        /** The level's rows as kept. */
        String kept() {
            return "select 'K', " + String.join(", ", keys) + ", " + RollupColumn.names() + " from " + table;
        }

        /** A row that counts no sample any more (its sums are then zero up to their last bits). */
        String removeIfEmpty() {
            return "delete from " + table + " where " + String.join(" and ", keys.stream().map(k -> k + " = ?").toList())
                    + " and " + RollupColumn.VALID_COUNT.column() + " = 0 and " + RollupColumn.SUSPECT_COUNT.column()
                    + " = 0 and " + RollupColumn.INVALID_COUNT.column() + " = 0";
        }
    }

    /** What one shop-level row gains (negative amounts: loses), in {@link RollupColumn} order. */
    public record ShopRowChange(String tenantId, String shopId, String month, String brandCode, String provinceCode, int version,
                                double[] measures) {
        public ShopRowChange {
            if (measures.length != RollupColumn.values().length) {
                throw new IllegalArgumentException("a rollup row has " + RollupColumn.values().length + " measures");
            }
        }
    }

    /** One level row's addition. */
    public record Addition(Level level, List<Object> key, double[] measures) {

        /** The measure as its column is typed: a long for counts, a double for sums; never −0.0. */
        Object value(RollupColumn column) {
            double value = measures[column.ordinal()];
            if (value == 0) {
                value = 0;
            }
            return column.isCount() ? (Object) Math.round(value) : (Object) value;
        }
    }

    private static final Comparator<List<Object>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            int c = ((Comparable) a.get(i)).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    private Aggregates() {
    }

    /**
     * The additions the changes make to the rows above the shop: summed per level row, area rows
     * first, each level in key order; a row whose amounts cancel out (a review that moves a sample
     * within one row) is left alone.
     */
    public static List<Addition> of(List<ShopRowChange> changes) {
        List<Addition> additions = new ArrayList<>();
        for (Level level : Level.values()) {
            Map<List<Object>, double[]> rows = new TreeMap<>(KEY_ORDER);
            for (ShopRowChange c : changes) {
                double[] sum = rows.computeIfAbsent(level.keyOf(c.tenantId(), c.month(), c.brandCode(),
                        c.provinceCode(), c.version()), k -> new double[RollupColumn.values().length]);
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += c.measures()[i];
                }
            }
            rows.forEach((key, measures) -> {
                for (double m : measures) {
                    if (m != 0) {
                        additions.add(new Addition(level, key, measures));
                        return;
                    }
                }
            });
        }
        return additions;
    }

    /** One level row's drift: what to add so it equals the shop rows' sum, and whether no shop row holds it any more. */
    record Drift(Addition addition, boolean unheld) {
    }

    /**
     * Where the kept rows of a level differ from the recount (the shop-level rows summed by the
     * level's key), both read in one snapshot: the difference as an addition, in key order. Counts
     * must match exactly; sums within {@link Reconciliation#RELATIVE_TOLERANCE} (the same doubles
     * added in another order differ in their last bits, which is no drift).
     */
    static List<Drift> drift(Level level, Map<List<Object>, double[]> recounted, Map<List<Object>, double[]> kept) {
        Map<List<Object>, Boolean> keys = new TreeMap<>(KEY_ORDER);
        recounted.keySet().forEach(k -> keys.put(k, true));
        kept.keySet().forEach(k -> keys.put(k, true));
        List<Drift> drift = new ArrayList<>();
        double[] none = new double[RollupColumn.values().length];
        for (List<Object> key : keys.keySet()) {
            double[] wanted = recounted.getOrDefault(key, none);
            double[] has = kept.getOrDefault(key, none);
            boolean differs = !recounted.containsKey(key) || !kept.containsKey(key);
            double[] delta = new double[none.length];
            for (RollupColumn column : RollupColumn.values()) {
                int i = column.ordinal();
                delta[i] = wanted[i] - has[i];
                double w = wanted[i];
                double h = has[i];
                differs |= column.isCount() ? w != h : Math.abs(w - h)
                        > Reconciliation.RELATIVE_TOLERANCE * Math.max(1, Math.max(Math.abs(w), Math.abs(h)));
            }
            if (differs) {
                drift.add(new Drift(new Addition(level, key, delta), !recounted.containsKey(key)));
            }
        }
        return drift;
    }

    /** Rows keyed in a level's key order (for the rebuild's reads). */
    static Map<List<Object>, double[]> keyed() {
        return new TreeMap<>(KEY_ORDER);
    }

    /** The additions cut into one statement per level, in order (each list one level's rows). */
    static List<List<Addition>> byLevel(List<Addition> additions) {
        List<List<Addition>> statements = new ArrayList<>();
        for (Level level : Level.values()) {
            List<Addition> rows = additions.stream().filter(a -> a.level() == level).toList();
            if (!rows.isEmpty()) {
                statements.add(rows);
            }
        }
        return statements;
    }
}
