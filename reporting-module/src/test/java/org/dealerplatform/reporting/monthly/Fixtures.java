package org.dealerplatform.reporting.monthly;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dealerplatform.core.scores.ScoreTotals;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.reporting.monthly.ReportSources.AdvisorTotals;
import org.dealerplatform.reporting.monthly.ReportSources.CustomerComment;
import org.dealerplatform.reporting.monthly.ShopMonthReport.Label;
import org.dealerplatform.reporting.monthly.ShopMonthReport.Standing;

/**
 * The methodology's worked example (docs/METHODOLOGY.md §4) as report input: a shop with three
 * valid samples in November 2026, overall 80, 70 and 90, recommendations 10, 8 and 5. All
 * expectations in the tests are written out by hand from these figures.
 */
final class Fixtures {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final ShopProfile SHOP = new ShopProfile("shop-1", "tenant-1", "HX001", "华星丰田4S店", "TOY",
            "丰田", "Toyota", "440000", "广州", true);
    static final String EVIL_COMMENT = "<script>alert(1)</script> =HYPERLINK(\"http://x\",\"y\") 师傅很专业";

    /** Shop dimensions in November: advisor 85, time 75, quality 82, price 70, facilities 88. */
    static final double[] SHOP_DIMENSIONS = {85, 75, 82, 70, 88};
    /** Nation: 88, 86, 89, 74.2, 87 → gaps −3.0, −11.0, −7.0, −4.2, +1.0. */
    static final double[] NATION_DIMENSIONS = {88, 86, 89, 74.2, 87};
    static final double[] GROUP_DIMENSIONS = {86, 80, 85, 72, 86};

    private Fixtures() {
    }

    /** Samples with the given overall scores and recommendations, every sample scoring {@code dims}. */
    static ScoreTotals samples(double[] overall, int[] recommend, double[] dims, long suspect, long invalid) {
        double sum = 0;
        double squares = 0;
        for (double o : overall) {
            sum += o;
            squares += o * o;
        }
        long n = overall.length;
        double[] dimSums = new double[5];
        long[] dimCounts = new long[5];
        for (int d = 0; d < 5; d++) {
            dimSums[d] = dims[d] * n;
            dimCounts[d] = n;
        }
        long promoters = java.util.Arrays.stream(recommend).filter(r -> r >= 9).count();
        long detractors = java.util.Arrays.stream(recommend).filter(r -> r <= 6).count();
        return new ScoreTotals(n, sum, squares, dimSums, dimCounts, recommend.length, promoters, detractors,
                suspect, invalid);
    }

    /** A large population with the given mean and dimension means (spread irrelevant here). */
    static ScoreTotals population(long n, double mean, double[] dims) {
        double[] dimSums = new double[5];
        long[] dimCounts = new long[5];
        for (int d = 0; d < 5; d++) {
            dimSums[d] = dims[d] * n;
            dimCounts[d] = n;
        }
        return new ScoreTotals(n, mean * n, mean * mean * n + 25.0 * (n - 1), dimSums, dimCounts, n, n / 2, n / 10,
                0, 0);
    }

    static ScoreTotals workedExample() {
        return samples(new double[] {80, 70, 90}, new int[] {10, 8, 5}, SHOP_DIMENSIONS, 2, 1);
    }

    /** October: two samples, 78.0 and 79.6 → 78.8, so November shows +1.2. */
    static ScoreTotals october() {
        return samples(new double[] {78.0, 79.6}, new int[] {9, 9}, SHOP_DIMENSIONS, 0, 0);
    }

    static SortedMap<YearMonth, ScoreTotals> nationMonths() {
        SortedMap<YearMonth, ScoreTotals> nation = new TreeMap<>();
        for (int back = 0; back < 12; back++) {
            nation.put(NOVEMBER.minusMonths(back), population(6000, 88.3, NATION_DIMENSIONS));
        }
        return nation;
    }

    static ReportSources sources(SortedMap<YearMonth, ScoreTotals> shopMonths, Optional<Standing> standing) {
        return new ReportSources(SHOP, "华星汽车集团", NOVEMBER, shopMonths, population(50, 85.0, GROUP_DIMENSIONS),
                nationMonths(),
                List.of(new AdvisorTotals("李明", samples(new double[] {80, 90}, new int[] {10, 8}, SHOP_DIMENSIONS, 0, 0)),
                        new AdvisorTotals("王芳", samples(new double[] {70}, new int[] {5}, SHOP_DIMENSIONS, 0, 0))),
                List.of(new CustomerComment("等待时间有点长", LocalDate.of(2026, 11, 3), OptionalDouble.of(70)),
                        new CustomerComment(EVIL_COMMENT, LocalDate.of(2026, 11, 20), OptionalDouble.of(90))),
                Map.of("SPEEDER", 2L, "SAME_DEVICE", 1L),
                Map.of("SPEEDER", new Label("答题过快", "Answered too fast"),
                        "SAME_DEVICE", new Label("同一设备重复提交", "Same device repeated")),
                standing);
    }

    /** The worked example in November, with October before it and a competition standing. */
    static ShopMonthReport report() {
        SortedMap<YearMonth, ScoreTotals> shop = new TreeMap<>();
        shop.put(NOVEMBER.minusMonths(1), october());
        shop.put(NOVEMBER, workedExample());
        return ShopMonthReportAssembler.assemble(sources(shop,
                Optional.of(new Standing("2026 年度服务之星", 14, 1020, 10, 1.5, false))));
    }

    /** The shop had samples in October but none in November. */
    static ShopMonthReport emptyNovember() {
        SortedMap<YearMonth, ScoreTotals> shop = new TreeMap<>();
        shop.put(NOVEMBER.minusMonths(1), october());
        return ShopMonthReportAssembler.assemble(new ReportSources(SHOP, "华星汽车集团", NOVEMBER, shop,
                ScoreTotals.NONE, nationMonths(), List.of(), List.of(), Map.of(), Map.of(), Optional.empty()));
    }

    static Links links() {
        return new Links("https://console.example.cn/reports/shop-1/2026-11", "https://console.example.cn/unsubscribe?t=abc");
    }
}
