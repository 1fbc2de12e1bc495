package org.dealerplatform.reporting.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dealerplatform.core.samples.SampleLine;
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.core.scores.ScoreTotals;
import org.dealerplatform.core.shops.ShopProfile;
import org.junit.jupiter.api.Test;

/** How samples and rollup totals become export rows: names looked up, figures rounded, nothing invented. */
class ExportRowsTest {

    private static final ShopProfile SHOP = new ShopProfile("shop-1", "group-a", "SH01", "上海一店", "TOYOTA",
            "丰田", "Toyota", "31", "上海", true);

    @Test
    void aSampleGetsItsShopAndAdvisorNamesAndTwoDecimals() {
        SampleLine line = new SampleLine("s-1", "group-a", "shop-1", "adv-1", YearMonth.of(2026, 3),
                Instant.parse("2026-03-01T01:00:00Z"), "REPAIR", 86.363636, Map.of(Dimension.TIME, 70.0 / 3),
                9, "SUSPECT", List.of("FAST", "DEVICE"), "=1+1");
        SampleRow row = SampleExports.row(line, Map.of("shop-1", SHOP), Map.of("adv-1", "李娜"));
        assertEquals("SH01", row.shopCode());
        assertEquals("上海一店", row.shopName());
        assertEquals("李娜", row.advisor());
        assertEquals(86.36, row.overall());
        assertEquals(23.33, row.dimensionScores().get(Dimension.TIME));
        assertNull(row.dimensionScores().get(Dimension.PRICE), "unanswered stays empty");
        assertEquals(List.of("FAST", "DEVICE"), row.screeningReasons());
        assertEquals("=1+1", row.comment(), "neutralised by the writer, so both formats agree");
    }

    @Test
    void anAdvisorNoLongerInTheDirectoryShowsAsTheId() {
        SampleLine line = new SampleLine("s-1", "group-a", "shop-1", "gone", YearMonth.of(2026, 3),
                Instant.parse("2026-03-01T01:00:00Z"), "REPAIR", 80, Map.of(), null, "VALID", List.of(), null);
        assertEquals("gone", SampleExports.row(line, Map.of("shop-1", SHOP), Map.of()).advisor());
    }

    @Test
    void aShopMonthFromTotals() {
        double[] sums = {180, 170, 0, 0, 0};
        long[] counts = {2, 2, 0, 0, 0};
        // two valid samples 90 and 80, NPS answers 10 and 5, one more waiting for review
        ScoreTotals totals = new ScoreTotals(2, 170, 90 * 90 + 80 * 80, sums, counts, 2, 1, 1, 1, 0);
        ShopScoreRow row = ScoreExports.row(SHOP, YearMonth.of(2026, 3), totals);
        assertEquals(2, row.validSamples());
        assertEquals(85.0, row.overall());
        assertEquals(9.8, row.margin(), "1.96 × s (7.07) / √2");
        assertEquals(90.0, row.dimensionScores().get(Dimension.ADVISOR));
        assertNull(row.dimensionScores().get(Dimension.QUALITY));
        assertEquals(0.0, row.nps());
        assertTrue(row.flagged());
    }

    @Test
    void shopsInTheGivenOrderAndMonthsOldestFirst() {
        ShopProfile other = new ShopProfile("shop-2", "group-a", "SH02", "二店", "TOYOTA", "丰田", "Toyota", "31",
                "上海", true);
        TreeMap<YearMonth, ScoreTotals> months = new TreeMap<>();
        months.put(YearMonth.of(2026, 2), ScoreTotals.NONE);
        months.put(YearMonth.of(2026, 1), ScoreTotals.NONE);
        List<ShopScoreRow> rows = ScoreExports.rows(List.of(other, SHOP), Map.of("shop-1", months,
                "shop-2", new TreeMap<>(Map.of(YearMonth.of(2026, 3), ScoreTotals.NONE))));
        assertEquals(List.of("SH02 2026-03", "SH01 2026-01", "SH01 2026-02"),
                rows.stream().map(r -> r.shopCode() + " " + r.month()).toList());
        assertNull(rows.get(0).overall(), "no valid sample, no mean");
        assertFalse(rows.get(0).flagged());
    }

    @Test
    void everyHeaderNamesOneColumn() {
        for (java.util.Locale locale : List.of(java.util.Locale.CHINESE, java.util.Locale.ENGLISH)) {
            for (ExportTable<?> table : List.of(SampleExport.TABLE, ShopScoreExport.TABLE)) {
                List<String> headers = table.headers(locale);
                assertEquals(headers.size(), new java.util.HashSet<>(headers).size(), headers.toString());
            }
        }
    }
}
