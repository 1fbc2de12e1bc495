package org.dealerplatform.reporting.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dealerplatform.core.scores.ScoreTotals;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.reporting.monthly.ReportTexts;
import org.dealerplatform.reporting.render.ReportFonts;
import org.dealerplatform.reporting.render.ReportTemplates;
import org.junit.jupiter.api.Test;

class OverviewReportsTest {

    static final YearMonth MONTH = YearMonth.of(2026, 11);
    static final ReportTexts ZH = new ReportTexts(Locale.SIMPLIFIED_CHINESE);
    static final ReportTexts EN = new ReportTexts(Locale.ENGLISH);

    static final ShopProfile HX = shop("s-hx", "tenant-a", "HX001", "华星丰田4S店", "TOY", "丰田", "Toyota", "31");
    static final ShopProfile YD = shop("s-yd", "tenant-a", "YD002", "<b>远东</b>本田", "HON", "本田", "Honda", "32");
    static final ShopProfile NEW = shop("s-new", "tenant-a", "NW003", "新开店", "TOY", "丰田", "Toyota", "31");
    static final ShopProfile OTHER = shop("s-b1", "tenant-b", "B001", "华南别克店", "BUI", "别克", "Buick", "44");

    // --- the month ------------------------------------------------------------------------------

    @Test
    void theDefaultMonthIsTheLastFullMonthInBeijing() {
        // 2026-11-30 16:30 UTC is already 1 December in Beijing
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T16:30:00Z"), ZoneOffset.UTC);
        assertEquals(YearMonth.of(2026, 11), ReportMonth.parse(null, clock));
        assertEquals(YearMonth.of(2026, 11), ReportMonth.parse(" ", clock));
        assertEquals(YearMonth.of(2026, 12), ReportMonth.parse("2026-12", clock), "the running month so far");
        assertEquals(YearMonth.of(2025, 1), ReportMonth.parse("2025-01", clock));
        for (String bad : List.of("2027-01", "2026-13", "+2026-01", "2026-1", "nov", "2026-11'><script>")) {
            ApiException e = assertThrows(ApiException.class, () -> ReportMonth.parse(bad, clock), bad);
            assertEquals(400, e.status());
        }
    }

    // --- the group report -----------------------------------------------------------------------

    /** n samples with the given scores, repeated: exact sums as the rollups give them. */
    static ScoreTotals scores(int repeat, double... overall) {
        long n = (long) repeat * overall.length;
        double sum = 0;
        double squares = 0;
        for (double x : overall) {
            sum += x * repeat;
            squares += x * x * repeat;
        }
        double[] dimSums = new double[5];
        long[] dimCounts = new long[5];
        Arrays.fill(dimSums, sum);
        Arrays.fill(dimCounts, n);
        // half promoters, a tenth detractors: NPS 40 when n is a multiple of 10
        return new ScoreTotals(n, sum, squares, dimSums, dimCounts, n, n / 2, n / 10, 0, 0);
    }

    static GroupReport.Sources groupSources() {
        Map<String, SortedMap<YearMonth, ScoreTotals>> months = new HashMap<>();
        months.put(HX.id(), new TreeMap<>(Map.of(MONTH, scores(10, 90, 80), MONTH.minusMonths(1), scores(10, 84, 76))));
        months.put(YD.id(), new TreeMap<>(Map.of(MONTH, scores(10, 95, 85))));
        months.put(NEW.id(), new TreeMap<>(Map.of(MONTH, scores(1, 100, 98))));
        ScoreTotals ownGroup = scores(10, 90, 80).plus(scores(10, 95, 85)).plus(scores(1, 100, 98));
        Map<String, ScoreTotals> groups = Map.of(
                "tenant-a", ownGroup,                       // 42 samples, mean 87.4
                "tenant-b", scores(30, 93, 91),             // 60 samples, mean 92: first
                "tenant-c", scores(30, 72, 68),             // 60 samples, mean 70: after tenant-a
                "tenant-d", scores(2, 100, 99));            // 4 samples: not ranked
        ScoreTotals nation = groups.values().stream().reduce(ScoreTotals.NONE, ScoreTotals::plus);
        return new GroupReport.Sources("tenant-a", "华东汽车服务集团", MONTH, List.of(HX, YD, NEW), months, groups,
                nation, 40, 10);
    }

    @Test
    void theGroupSeesItsShopsSideBySideAndItsAnonymousRankAmongGroups() {
        GroupReport r = GroupReport.of(groupSources(), ZH);
        assertEquals(List.of("YD002", "HX001", "NW003"), r.shops().stream().map(GroupReport.ShopRow::code).toList(),
                "ranked shops by score, the shop with 2 samples after them");
        GroupReport.ShopRow hx = r.shops().get(1);
        assertEquals("2", hx.rank());
        assertEquals("85.0", hx.figures().overall());
        assertEquals("+5.0", hx.change(), "85.0 against 80.0 in October");
        assertEquals("20", hx.figures().valid());
        assertEquals("40", hx.figures().nps());
        assertEquals(List.of("85.0", "85.0", "85.0", "85.0", "85.0"), hx.figures().dimensions());
        GroupReport.ShopRow fresh = r.shops().get(2);
        assertEquals(ReportTexts.MISSING, fresh.rank(), "2 valid samples are fewer than 10");
        assertEquals(ReportTexts.MISSING, fresh.change(), "no October to compare with");
        assertEquals("1", r.shops().get(0).rank());
        // group: (1700 + 1800 + 198) / 42 = 88.05; the own group ranks 2nd of the 3 groups with 40+ samples
        assertEquals("88.0", r.group().overall());
        assertEquals("第 2 / 3", r.groupRank());
        assertTrue(r.groupRanked());
        assertEquals("Rank among groups", EN.get("overview.group.rank"));
        assertEquals("2 of 3", GroupReport.of(groupSources(), EN).groupRank());
    }

    @Test
    void aGroupWithTooFewSamplesIsNotRankedAndSaysWhy() {
        GroupReport.Sources s = groupSources();
        GroupReport.Sources few = new GroupReport.Sources(s.tenantId(), s.groupName(), MONTH, s.shops(),
                s.shopMonths(), s.groupsOfMonth(), s.nation(), 100, 10);
        GroupReport r = GroupReport.of(few, EN);
        assertFalse(r.groupRanked());
        assertEquals("Not ranked (42 valid samples, fewer than 100)", r.groupRank());
    }

    @Test
    void theGroupPageShowsNoOtherGroupAndEscapesShopNames() {
        String html = ReportTemplates.markup(OverviewPages.GROUP_PAGE,
                OverviewPages.model(ZH, GroupReport.of(groupSources(), ZH)));
        assertTrue(html.contains("华星丰田4S店"), html);
        assertTrue(html.contains("&lt;b&gt;远东&lt;/b&gt;本田"), "escaped");
        assertFalse(html.contains("<b>远东"));
        assertTrue(html.contains("第 2 / 3"));
        assertTrue(html.contains("/console/reports/group.pdf?month=2026-11"));
        for (String other : List.of("tenant-b", "tenant-c", "tenant-d", "华南")) {
            assertFalse(html.contains(other), other);
        }
    }

    @Test
    void theGroupPdfNamesTheShopsAndTheirScores() throws IOException {
        assumeTrue(ReportFonts.cjkAvailable(), "fonts-wqy-microhei not installed");
        byte[] pdf = OverviewPages.renderGroupPdf(GroupReport.of(groupSources(), ZH), ZH);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("华星丰田4S店"), text);
            assertTrue(text.contains("<b>远东</b>本田"), "markup in a name prints as text");
            assertTrue(text.contains("85.0"), text);
            assertTrue(text.contains("华东汽车服务集团"), text);
        }
    }

    // --- the national report --------------------------------------------------------------------

    static Map<String, ScoreTotals> nationalScores() {
        return Map.of(HX.id(), scores(10, 90, 80), YD.id(), scores(10, 95, 85), NEW.id(), scores(1, 100, 98),
                OTHER.id(), scores(5, 61, 57));
    }

    @Test
    void theNationIsSplitByBrandAndProvinceWithExactSums() {
        NationalReport r = NationalReport.of(MONTH, List.of(HX, YD, NEW, OTHER), nationalScores(),
                code -> Map.of("31", "上海", "32", "江苏", "44", "广东").getOrDefault(code, code), ZH);
        assertEquals("52", r.nation().valid());
        assertEquals(4, r.shopsWithSamples());
        assertEquals(List.of("丰田", "本田", "别克"), r.byBrand().stream().map(NationalReport.Group::name).toList(),
                "most samples first: Toyota 22, Honda 20, Buick 10");
        NationalReport.Group toyota = r.byBrand().get(0);
        assertEquals("22", toyota.figures().valid());
        assertEquals("86.3", toyota.figures().overall(), "(1700 + 198) / 22 = 86.27");
        assertEquals(List.of("上海", "江苏", "广东"), r.byProvince().stream().map(NationalReport.Group::name).toList());
        assertEquals("59.0", r.byProvince().get(2).figures().overall());
    }

    @Test
    void theHistogramCountsShopsWithTenOrMoreValidSamplesByPrintedScore() {
        Map<String, ScoreTotals> byShop = Map.of("a", scores(10, 80), "b", scores(5, 80, 79.9), "c",
                scores(10, 99.96), "d", scores(9, 50), "e", scores(12, 55), "f", scores(10, 64.96));
        List<NationalReport.Bin> bins = NationalReport.histogram(byShop);
        assertEquals(9, bins.size());
        assertEquals("<60", bins.get(0).label());
        assertEquals("95–100", bins.get(8).label());
        assertEquals(1, bins.get(0).shops(), "e; d has 9 samples");
        assertEquals(1, bins.get(2).shops(), "f prints as 65.0");
        assertEquals(2, bins.get(5).shops(), "a at 80.0 and b at 79.95 printed 80.0");
        assertEquals(1, bins.get(8).shops(), "100.0 in the last bin");
    }

    @Test
    void theNationalPageHasBothTablesAndTheHistogramAsAPng() throws IOException {
        NationalReport r = NationalReport.of(MONTH, List.of(HX, YD, NEW, OTHER), nationalScores(), code -> code, EN);
        var png = OverviewCharts.histogram(r.histogram(), EN);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.png()));
        assertEquals(OverviewCharts.WIDTH * 2, image.getWidth());
        assertEquals(OverviewCharts.HEIGHT * 2, image.getHeight());
        var model = OverviewPages.model(EN, r);
        model.put("histogram", png.dataUri());
        String html = ReportTemplates.markup(OverviewPages.NATIONAL_PAGE, model);
        assertTrue(html.contains("id=\"by-brand\""));
        assertTrue(html.contains("id=\"by-province\""));
        assertTrue(html.contains("Toyota") && html.contains("Buick"));
        assertTrue(html.contains("src=\"data:image/png;base64,"));
        assertTrue(html.contains("Overall scores of the 3 shops with at least 10 valid samples."));
    }

    @Test
    void theNationalPdfRendersInBothLanguages() throws IOException {
        assumeTrue(ReportFonts.cjkAvailable(), "fonts-wqy-microhei not installed");
        for (ReportTexts texts : List.of(ZH, EN)) {
            NationalReport r = NationalReport.of(MONTH, List.of(HX, YD, NEW, OTHER), nationalScores(), c -> c, texts);
            try (PDDocument doc = Loader.loadPDF(OverviewPages.renderNationalPdf(r, texts))) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains(texts.english() ? "By province" : "按省份"), text);
                assertTrue(text.contains(texts.english() ? "Buick" : "别克"), text);
            }
        }
    }

    static ShopProfile shop(String id, String tenant, String code, String name, String brand, String brandZh,
                            String brandEn, String province) {
        return new ShopProfile(id, tenant, code, name, brand, brandZh, brandEn, province, "城市", true);
    }
}
