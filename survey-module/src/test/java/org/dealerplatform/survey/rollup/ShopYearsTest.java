package org.dealerplatform.survey.rollup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What shop-row changes add to the shops' years, what the rebuild finds as their drift, and the period's condition. */
class ShopYearsTest {

    private static final int N = RollupColumn.values().length;

    private static Aggregates.ShopRowChange change(String shop, String month, String brand, String province,
                                                   int version, double valid, double suspect) {
        double[] m = new double[N];
        m[RollupColumn.VALID_COUNT.ordinal()] = valid;
        m[RollupColumn.OVERALL_SUM.ordinal()] = valid * 88;
        m[RollupColumn.SUSPECT_COUNT.ordinal()] = suspect;
        return new Aggregates.ShopRowChange("group-a", shop, month, brand, province, version, m);
    }

    private static long[] months(int... validPerMonth) {
        long[] valid = new long[12];
        for (int i = 0; i < validPerMonth.length; i += 2) {
            valid[validPerMonth[i] - 1] = validPerMonth[i + 1];
        }
        return valid;
    }

    @Test
    void validSamplesAddUpPerShopYearBrandAndProvinceInKeyOrderWhateverTheVersion() {
        List<ShopYears.Addition> additions = ShopYears.of(List.of(
                change("shop-b", "2026-03", "TOYOTA", "31", 1, 1, 0),
                change("shop-a", "2026-03", "TOYOTA", "31", 2, 1, 0),
                change("shop-a", "2026-03", "TOYOTA", "31", 1, 1, 0),
                change("shop-a", "2025-12", "TOYOTA", "31", 1, 1, 0),
                change("shop-a", "2026-04", "TOYOTA", "32", 1, 1, 0), // moved to another province
                change("shop-c", "2026-04", "HONDA", "44", 1, 0, 1))); // suspect only: no valid sample
        assertEquals(List.of(new ShopYears.Key(2025, "TOYOTA", "31", "shop-a"),
                new ShopYears.Key(2026, "TOYOTA", "31", "shop-a"), new ShopYears.Key(2026, "TOYOTA", "31", "shop-b"),
                new ShopYears.Key(2026, "TOYOTA", "32", "shop-a")), additions.stream().map(ShopYears.Addition::key)
                .toList());
        assertArrayEquals(months(12, 1), additions.get(0).valid());
        assertArrayEquals(months(3, 2), additions.get(1).valid(), "both questionnaire versions in one month");
        assertArrayEquals(months(4, 1), additions.get(3).valid());
    }

    @Test
    void aReviewThatRejectsAValidSampleTakesItOutAndOneThatCancelsOutWritesNothing() {
        List<ShopYears.Addition> rejected = ShopYears.of(List.of(change("shop-a", "2026-05", "BMW", "11", 1, -1, 0)));
        assertArrayEquals(months(5, -1), rejected.get(0).valid());
        assertEquals(List.of(), ShopYears.of(List.of(change("shop-a", "2026-05", "BMW", "11", 1, 0, -1),
                change("shop-a", "2026-05", "BMW", "11", 1, 0, 0))), "suspect to invalid: no valid sample moved");
        assertEquals(List.of(), ShopYears.of(List.of(change("shop-a", "2026-05", "BMW", "11", 1, 1, 0),
                change("shop-a", "2026-05", "BMW", "11", 2, -1, 0))));
    }

    @Test
    void theUpsertAddsEveryMonthAndNeverAKey() {
        String upsert = ShopYears.upsert(2);
        assertTrue(upsert.startsWith("insert into score_shop_year (year, brand_code, province_code, shop_id, valid_01,"
                + " valid_02, "), upsert);
        assertTrue(upsert.endsWith(" on duplicate key update valid_01 = valid_01 + values(valid_01), valid_02 ="
                + " valid_02 + values(valid_02), valid_03 = valid_03 + values(valid_03), valid_04 = valid_04 +"
                + " values(valid_04), valid_05 = valid_05 + values(valid_05), valid_06 = valid_06 + values(valid_06),"
                + " valid_07 = valid_07 + values(valid_07), valid_08 = valid_08 + values(valid_08), valid_09 ="
                + " valid_09 + values(valid_09), valid_10 = valid_10 + values(valid_10), valid_11 = valid_11 +"
                + " values(valid_11), valid_12 = valid_12 + values(valid_12)"), upsert);
        assertEquals(2 * 16, upsert.chars().filter(c -> c == '?').count());
        assertTrue(ShopYears.read().contains("sum(case when substr(month, 6, 2) = '12' then valid_count else 0 end)"
                + " from score_rollup where advisor_id = '*' group by 2, 3, 4, 5 union all select 'K', year,"),
                ShopYears.read());
    }

    @Test
    void theDriftIsWhatTheKeptRowsLackAndRowsWithoutAValidSampleAreMarked() {
        Map<ShopYears.Key, long[]> recounted = new TreeMap<>();
        Map<ShopYears.Key, long[]> kept = new TreeMap<>();
        ShopYears.Key right = new ShopYears.Key(2026, "TOYOTA", "31", "shop-a");
        ShopYears.Key short1 = new ShopYears.Key(2026, "TOYOTA", "31", "shop-b");
        ShopYears.Key lost = new ShopYears.Key(2026, "HONDA", "44", "shop-c");
        ShopYears.Key stray = new ShopYears.Key(2020, "TOYOTA", "31", "shop-a");
        ShopYears.Key suspectOnly = new ShopYears.Key(2026, "BMW", "11", "shop-d");
        recounted.put(right, months(3, 2));
        kept.put(right, months(3, 2));
        recounted.put(short1, months(3, 2, 4, 1));
        kept.put(short1, months(3, 1));
        recounted.put(lost, months(1, 5));
        kept.put(stray, months(6, 3));
        recounted.put(suspectOnly, months()); // shop rows without a valid sample: no row needed
        List<ShopYears.Drift> drift = ShopYears.drift(recounted, kept);
        assertEquals(List.of(stray, lost, short1), drift.stream().map(d -> d.addition().key()).toList());
        assertArrayEquals(months(6, -3), drift.get(0).addition().valid());
        assertTrue(drift.get(0).unheld());
        assertArrayEquals(months(1, 5), drift.get(1).addition().valid());
        assertFalse(drift.get(1).unheld());
        assertArrayEquals(months(3, 1, 4, 1), drift.get(2).addition().valid());
        assertEquals(List.of(), ShopYears.drift(recounted, recounted));
    }

    @Test
    void aPeriodReadsEachOfItsYearsOnlyInItsMonths() {
        YearMonth from = YearMonth.of(2025, 11);
        YearMonth to = YearMonth.of(2027, 2);
        assertEquals("((year = ? and (valid_11 > 0 or valid_12 > 0)) or (year = ? and (valid_01 > 0 or valid_02 > 0"
                + " or valid_03 > 0 or valid_04 > 0 or valid_05 > 0 or valid_06 > 0 or valid_07 > 0 or valid_08 > 0"
                + " or valid_09 > 0 or valid_10 > 0 or valid_11 > 0 or valid_12 > 0)) or (year = ? and (valid_01 > 0"
                + " or valid_02 > 0)))", ShopYears.validIn(from, to));
        assertEquals(List.of(2025, 2026, 2027), ShopYears.years(from, to));
        assertEquals("((year = ? and (valid_04 > 0)))", ShopYears.validIn(YearMonth.of(2026, 4), YearMonth.of(2026, 4)));
    }
}
