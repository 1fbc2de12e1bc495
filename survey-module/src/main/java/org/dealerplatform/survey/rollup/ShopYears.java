package org.dealerplatform.survey.rollup;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Which shops had valid samples in which months: one narrow row per year, brand, province and
 * shop ({@code score_shop_year}) holding the shop's valid samples of each month ({@code valid_01}
 * … {@code valid_12}), the sums of {@code valid_count} of its shop-level rows. The number of shops
 * with a valid sample in a period (nationally, of a brand, of a province) is a count of distinct
 * shops, which adds up over no level above the shop; from these rows it reads one row per shop and
 * year of the period instead of one shop row per month and questionnaire version.
 * <p>
 * Kept exactly as the rows of {@link Aggregates}: every transaction that changes a shop-level row
 * adds the same valid-sample count to the month's column here, in the same transaction, with an
 * additive upsert (a count, not a flag: a review that takes the last valid sample of a month away
 * brings it back to 0 without a read). Brand and province are the sample's, as in the shop row, so
 * a shop that moves within a year has a row on each side. The rebuild compares them with the
 * shop-level rows in one snapshot and adds the difference ({@link AggregateRebuild}).
 * <p>
 * <b>Lock order.</b> A row spans the twelve months of its year, and a transaction that changes
 * several samples (a case decided, samples flagged along, a rebuild's correction of one shop) goes
 * up the months. So a shop's year is taken <i>before</i> the shop's rows of that year, never after
 * them: a transaction holding a row of a later month never waits for the year of an earlier one. A
 * batch of the group commit takes its shops' years first, in key order (year first), then its
 * rollup rows. Any transaction therefore takes the year's row before any row of its months, so no
 * two wait for each other in a cycle.
 */
public final class ShopYears {

    public static final String TABLE = "score_shop_year";

    /** The primary key, in its order. */
    static final List<String> KEYS = List.of("year", "brand_code", "province_code", "shop_id");

    /** {@code valid_01} … {@code valid_12}. */
    static final List<String> MONTHS = IntStream.rangeClosed(1, 12).mapToObj(ShopYears::column).toList();

    /** The key of one row. */
    public record Key(int year, String brandCode, String provinceCode, String shopId) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparingInt(Key::year).thenComparing(Key::brandCode)
                .thenComparing(Key::provinceCode).thenComparing(Key::shopId);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }

        List<Object> values() {
            return List.of(year, brandCode, provinceCode, shopId);
        }
    }

    /** What one row gains (negative: loses), valid samples per month, January first. */
    public record Addition(Key key, long[] valid) {
    }

    /** One row's drift: what to add so it equals the shop rows, and whether none of them holds a valid sample. */
    record Drift(Addition addition, boolean unheld) {
    }

    private ShopYears() {
    }

    static String column(int month) {
        return String.format(java.util.Locale.ROOT, "valid_%02d", month);
    }

    /** The rows the changes add to, in key order; a row whose counts cancel out (or never moved) is left alone. */
    public static List<Addition> of(List<Aggregates.ShopRowChange> changes) {
        Map<Key, long[]> rows = new TreeMap<>();
        int valid = RollupColumn.VALID_COUNT.ordinal();
        for (Aggregates.ShopRowChange c : changes) {
            YearMonth month = YearMonth.parse(c.month());
            long[] sum = rows.computeIfAbsent(new Key(month.getYear(), c.brandCode(), c.provinceCode(), c.shopId()),
                    k -> new long[12]);
            sum[month.getMonthValue() - 1] += Math.round(c.measures()[valid]);
        }
        List<Addition> additions = new ArrayList<>();
        rows.forEach((key, counts) -> {
            if (Arrays.stream(counts).anyMatch(n -> n != 0)) {
                additions.add(new Addition(key, counts));
            }
        });
        return additions;
    }

    /** {@code rows} rows added to (or inserted). */
    static String upsert(int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(KEYS.size() + 12, "?")) + ")";
        return "insert into " + TABLE + " (" + String.join(", ", KEYS) + ", " + String.join(", ", MONTHS)
                + ") values " + String.join(", ", Collections.nCopies(rows, row)) + " on duplicate key update "
                + MONTHS.stream().map(m -> m + " = " + m + " + values(" + m + ")").collect(Collectors.joining(", "));
    }

    /**
     * The shop-level rows' valid samples per year, brand, province and shop (marked 'R'), and the
     * rows as kept ('K'): one statement, so one snapshot. Months are {@code YYYY-MM}.
     */
    static String read() {
        String recount = MONTHS.stream().map(m -> "sum(case when substr(month, 6, 2) = '" + m.substring(6)
                + "' then " + RollupColumn.VALID_COUNT.column() + " else 0 end)").collect(Collectors.joining(", "));
        return "select 'R', cast(substr(month, 1, 4) as signed), brand_code, province_code, shop_id, " + recount
                + " from score_rollup where advisor_id = '" + Rollups.WHOLE_SHOP + "' group by 2, 3, 4, 5"
                + " union all select 'K', " + String.join(", ", KEYS) + ", " + String.join(", ", MONTHS)
                + " from " + TABLE;
    }

    /** A row with no valid sample in any month. */
    static String removeIfEmpty() {
        return "delete from " + TABLE + " where " + KEYS.stream().map(k -> k + " = ?").collect(Collectors.joining(
                " and ")) + " and " + MONTHS.stream().map(m -> m + " = 0").collect(Collectors.joining(" and "));
    }

    /**
     * Where the kept rows differ from the recount, both read in one snapshot: the difference, in
     * key order. A row without any valid sample counts as no row on either side (a shop with only
     * suspect samples has shop rows but no row here).
     */
    static List<Drift> drift(Map<Key, long[]> recounted, Map<Key, long[]> kept) {
        Map<Key, Boolean> keys = new TreeMap<>();
        recounted.keySet().forEach(k -> keys.put(k, true));
        kept.keySet().forEach(k -> keys.put(k, true));
        List<Drift> drift = new ArrayList<>();
        long[] none = new long[12];
        for (Key key : keys.keySet()) {
            long[] wanted = recounted.getOrDefault(key, none);
            long[] has = kept.getOrDefault(key, none);
            if (!Arrays.equals(wanted, has)) {
                long[] delta = new long[12];
                for (int i = 0; i < 12; i++) {
                    delta[i] = wanted[i] - has[i];
                }
                drift.add(new Drift(new Addition(key, delta), Arrays.equals(wanted, none)));
            }
        }
        return drift;
    }

    /**
     * The condition "a valid sample in some month of {@code from} … {@code to}", per year of the
     * period: its values are the years, in order ({@link #years}).
     */
    public static String validIn(YearMonth from, YearMonth to) {
        List<String> years = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            int first = year == from.getYear() ? from.getMonthValue() : 1;
            int last = year == to.getYear() ? to.getMonthValue() : 12;
            years.add("(year = ? and (" + IntStream.rangeClosed(first, last).mapToObj(m -> column(m) + " > 0")
                    .collect(Collectors.joining(" or ")) + "))");
        }
        return "(" + String.join(" or ", years) + ")";
    }

    /** The values of {@link #validIn}'s condition. */
    public static List<Object> years(YearMonth from, YearMonth to) {
        return IntStream.rangeClosed(from.getYear(), to.getYear()).boxed().map(y -> (Object) y).toList();
    }
}
