package org.dealerplatform.reporting.monthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dealerplatform.core.shops.ShopProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShopReportRendererTest {

    static RenderedReport zh;
    static RenderedReport en;
    static String zhPdfXhtml;

    @BeforeAll
    static void render() {
        zh = ShopReportRenderer.render(Fixtures.report(), Locale.SIMPLIFIED_CHINESE, Fixtures.links());
        en = ShopReportRenderer.render(Fixtures.report(), Locale.ENGLISH, Fixtures.links());
        ReportTexts texts = new ReportTexts(Locale.SIMPLIFIED_CHINESE);
        zhPdfXhtml = ShopReportRenderer.pdfXhtml(MonthlyReportView.of(Fixtures.report(), texts, Fixtures.links(),
                MonthlyCharts.trend(Fixtures.report(), texts), MonthlyCharts.dimensions(Fixtures.report(), texts)), texts);
    }

    @Test
    void everyFormatShowsTheWorkedExample() {
        for (String doc : new String[] {zh.html(), zh.text(), zhPdfXhtml}) {
            assertTrue(doc.contains("80.0"), doc);
            assertTrue(doc.contains("±11.3"));
            assertTrue(doc.contains("3 个有效样本"));
            assertTrue(doc.contains("比上月 +1.2 分"));
            assertTrue(doc.contains("集团 85.0 分 · 全国 88.3 分"));
            assertTrue(doc.contains("推荐者 1 人 · 中立者 1 人 · 贬损者 1 人（共 3 人作答）"));
            assertTrue(doc.contains("华星丰田4S店"));
            assertTrue(doc.contains("2026年11月"));
            assertTrue(doc.contains("2026 年度服务之星：第 14 名，共 1020 家。距第 10 名（最后一个获奖名次）还差 1.50 分。"));
            assertTrue(doc.contains("答题过快"));
            assertFalse(doc.contains("NaN"));
            assertFalse(doc.contains("$v") || doc.contains("$t"), "unrendered reference");
        }
    }

    @Test
    void focusIsWordedAsWhatToDoInBothLanguages() {
        int time = zh.text().indexOf("服务时间比全国低 11.0 分：预约客户准时接车");
        int quality = zh.text().indexOf("维修质量比全国低 7.0 分：交车前做终检和试车");
        int price = zh.text().indexOf("服务价格比全国低 4.2 分：施工前给出书面报价");
        assertTrue(time > 0 && time < quality && quality < price, zh.text());
        assertFalse(zh.text().contains("服务顾问比全国低"), "only the three largest gaps");
        assertTrue(zh.html().contains("服务价格比全国低 4.2 分：施工前给出书面报价"));
        assertTrue(en.html().contains("Service price is 4.2 points below the nation: give a written estimate"));
        assertTrue(en.text().contains("Service time is 11.0 points below the nation:"));
    }

    @Test
    void englishVariant() {
        assertTrue(en.html().contains("<html lang=\"en\">"));
        assertTrue(en.html().contains("+1.2 points on last month"));
        assertTrue(en.text().contains("November 2026"));
        assertTrue(en.text().contains("Group 85.0 · Nation 88.3"));
        assertTrue(en.text().contains("Promoters 1 · passives 1 · detractors 1 (3 answers)"));
        assertTrue(en.text().contains("Answered too fast: 2"));
        assertTrue(en.text().contains("2026 年度服务之星: rank 14 of 1020. 1.50 points short of place 10, the last award place."));
        assertFalse(en.text().contains("比全国低"));
    }

    @Test
    void aClosedSeasonsStandingSaysItIsFrozenAndASmallDistanceIsNotRoundedAway() {
        ShopMonthReport r = Fixtures.report();
        ShopMonthReport closed = withStanding(r, new ShopMonthReport.Standing("2026 年度服务之星", 14, 1020, 10, 0.04, true));
        String zhText = ShopReportRenderer.render(closed, Locale.SIMPLIFIED_CHINESE, Fixtures.links()).text();
        assertTrue(zhText.contains("还差 0.04 分。"), zhText);
        assertTrue(zhText.contains("赛季已截止收集，以上为截止时冻结的排名"), zhText);
        String enText = ShopReportRenderer.render(withStanding(r, new ShopMonthReport.Standing("S", 3, 40, 10, 0, true)),
                Locale.ENGLISH, Fixtures.links()).text();
        assertTrue(enText.contains("S: rank 3 of 40. Inside the top 10 award places. Collection has closed"), enText);
        assertFalse(zh.text().contains("冻结"), "a running season's standing still moves");
    }

    private static ShopMonthReport withStanding(ShopMonthReport r, ShopMonthReport.Standing standing) {
        return new ShopMonthReport(r.shop(), r.groupName(), r.month(), r.headline(), r.dimensions(), r.focus(),
                r.trend(), r.advisors(), r.comments(), r.screening(), java.util.Optional.of(standing));
    }

    @Test
    void subjects() {
        assertEquals("【4S店月度服务报告】华星丰田4S店 2026年11月：80.0 分（+1.2）", zh.subject());
        assertEquals("[Monthly service report] 华星丰田4S店, November 2026: 80.0 points (+1.2)", en.subject());
    }

    @Test
    void subjectStaysOnOneLineWhateverTheShopNameHolds() {
        ShopProfile s = Fixtures.SHOP;
        ShopProfile evil = new ShopProfile(s.id(), s.tenantId(), s.code(), "坏店\r\nBcc: all@example.com", s.brandCode(),
                s.brandNameZh(), s.brandNameEn(), s.provinceCode(), s.city(), true);
        ShopMonthReport r = Fixtures.report();
        ShopMonthReport renamed = new ShopMonthReport(evil, r.groupName(), r.month(), r.headline(), r.dimensions(),
                r.focus(), r.trend(), r.advisors(), r.comments(), r.screening(), r.standing());
        String subject = Subjects.of(renamed, new ReportTexts(Locale.CHINA));
        assertFalse(subject.contains("\r") || subject.contains("\n"), subject);
        assertTrue(subject.contains("坏店 Bcc: all@example.com 2026年11月"));
    }

    @Test
    void monthWithoutSamplesSaysSo() {
        RenderedReport empty = ShopReportRenderer.render(Fixtures.emptyNovember(), Locale.CHINA, Fixtures.links());
        RenderedReport emptyEn = ShopReportRenderer.render(Fixtures.emptyNovember(), Locale.ENGLISH, Fixtures.links());
        assertEquals("【4S店月度服务报告】华星丰田4S店 2026年11月：本月无有效样本", empty.subject());
        assertTrue(empty.html().contains("本月没有有效样本，本报告不显示分数"));
        assertTrue(empty.text().contains("本月没有有效样本，无法判断需要改进的维度"));
        assertTrue(emptyEn.text().contains("No valid samples this month"));
        for (String doc : new String[] {empty.html(), empty.text(), emptyEn.html(), emptyEn.text(), empty.subject()}) {
            assertFalse(doc.contains("NaN"));
            assertFalse(doc.contains("比上月"));
        }
        assertTrue(empty.pdf().length > 1000);
    }

    @Test
    void commentsAreEscapedInMarkupAndLiteralInText() {
        for (String markup : new String[] {zh.html(), zhPdfXhtml}) {
            assertTrue(markup.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped");
            assertTrue(markup.contains("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)"));
            assertFalse(markup.toLowerCase(Locale.ROOT).contains("<script"));
        }
        assertTrue(zh.text().contains(Fixtures.EVIL_COMMENT), "text/plain shows the comment as written");
    }

    @Test
    void emailHtmlIsWhatMailClientsShow() {
        String html = zh.html().toLowerCase(Locale.ROOT);
        for (String banned : new String[] {"<script", "<svg", "@font-face", "<link", "<style", "data:image"}) {
            assertFalse(html.contains(banned), banned);
        }
        assertTrue(html.contains("max-width:600px"));
        assertTrue(html.contains("<meta name=\"viewport\""));
        assertTrue(zh.html().contains("href=\"https://console.example.cn/reports/shop-1/2026-11\""));
        assertTrue(zh.html().contains("href=\"https://console.example.cn/unsubscribe?t=abc\""));
        Matcher img = Pattern.compile("<img src=\"cid:([^\"]+)\" width=\"560\" height=\"240\" alt=\"[^\"]+\"").matcher(zh.html());
        Set<String> referenced = img.results().map(m -> m.group(1)).collect(Collectors.toSet());
        Set<String> attached = zh.images().stream().map(i -> i.contentId()).collect(Collectors.toSet());
        assertEquals(attached, referenced);
        assertEquals(2, attached.size());
    }

    @Test
    void pdfCarriesTheReportWithItsFontEmbedded() throws IOException {
        assertEquals("%PDF", new String(zh.pdf(), 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument doc = Loader.loadPDF(zh.pdf())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("华星丰田4S店"), text);
            assertTrue(text.contains("80.0"));
            assertTrue(text.contains("±11.3"));
            assertTrue(text.contains("服务价格比全国低 4.2 分"));
            assertTrue(text.contains("<script>alert(1)</script>"), "the comment prints as text, not as markup");
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    assertTrue(page.getResources().getFont(name).isEmbedded(), name.getName());
                }
            }
        }
    }

    @Test
    void linksMustBeHttp() {
        assertThrows(IllegalArgumentException.class, () -> new Links("javascript:alert(1)", "https://x.cn/u"));
    }
}
