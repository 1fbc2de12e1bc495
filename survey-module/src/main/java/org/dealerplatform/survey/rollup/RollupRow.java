package org.dealerplatform.survey.rollup;

import java.util.Comparator;

/**
 * One {@code score_rollup} row as the rebuild handles it: its primary key, its tenant (a plain
 * column) and its measures in {@link RollupColumn} order, as doubles (counts are whole numbers,
 * exact in a double far beyond any count here). Measures are either the row's values or, in a
 * {@link Reconciliation.Correction}, what must be added to them.
 */
record RollupRow(Key key, String tenantId, double[] measures) {

    /**
     * The table's primary key. Rows that share everything but the advisor form a group: the shop's
     * row ({@value Rollups#WHOLE_SHOP}) and its advisors' rows, which every writer locks shop row first.
     */
    record Key(String shopId, String month, String brandCode, String provinceCode, int questionnaireVersion,
               String advisorId) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::shopId).thenComparing(Key::month)
                .thenComparing(Key::brandCode).thenComparing(Key::provinceCode)
                .thenComparingInt(Key::questionnaireVersion)
                .thenComparing(Key::isWholeShop, Comparator.reverseOrder()).thenComparing(Key::advisorId);

        /** The shop's row of this row's group. */
        Key wholeShop() {
            return isWholeShop() ? this : new Key(shopId, month, brandCode, provinceCode, questionnaireVersion,
                    Rollups.WHOLE_SHOP);
        }

        boolean isWholeShop() {
            return Rollups.WHOLE_SHOP.equals(advisorId);
        }

        /** By group, and within a group the shop's row first: the order rows are locked in. */
        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    RollupRow {
        if (measures.length != RollupColumn.values().length) {
            throw new IllegalArgumentException("a rollup row has " + RollupColumn.values().length + " measures");
        }
    }

    /** Reads a row of {@link RollupColumn} values (nulls read as 0) from {@code values}, starting at {@code at}. */
    static double[] measures(Object[] values, int at) {
        double[] measures = new double[RollupColumn.values().length];
        for (int i = 0; i < measures.length; i++) {
            Object value = values[at + i];
            measures[i] = value == null ? 0 : ((Number) value).doubleValue();
        }
        return measures;
    }

    /** The measure as its column is typed: a long for counts, a double for sums; never −0.0. */
    Object value(RollupColumn column) {
        double value = measures[column.ordinal()];
        if (value == 0) {
            value = 0;
        }
        return column.isCount() ? (Object) Math.round(value) : (Object) value;
    }
}
