package org.dealerplatform.reporting.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dealerplatform.core.scores.ScoreTotals;
import org.dealerplatform.reporting.archive.ArchivedReport;
import org.dealerplatform.reporting.monthly.Links;
import org.dealerplatform.reporting.monthly.RenderedReport;
import org.junit.jupiter.api.Test;

class OverviewMailTest {

    static final Links LINKS = new Links("https://reports.example.com/console/reports/group?month=2026-11",
            ArchivedReport.UNSUBSCRIBE_PLACEHOLDER);

    @Test
    void theGroupMailHasTheHeadlineFiguresTheConsoleLinkAndThePdf() {
        GroupReport report = GroupReport.of(OverviewReportsTest.groupSources(), OverviewReportsTest.ZH);
        RenderedReport mail = OverviewMail.group(report, OverviewReportsTest.ZH, LINKS);
        assertEquals("【集团月度报告】华东汽车服务集团 2026年11月：88.0 分", mail.subject());
        for (String part : List.of(mail.html(), mail.text())) {
            assertTrue(part.contains("88.0"), "the group's overall");
            assertTrue(part.contains("第 2 / 3"), "the anonymous rank among groups");
            assertTrue(part.contains(LINKS.console()), "the way to the console");
            assertTrue(part.contains(ArchivedReport.UNSUBSCRIBE_PLACEHOLDER), "replaced per reader when sent");
            assertTrue(part.contains("华星丰田4S店"), "the shops, briefly");
            assertFalse(part.contains("tenant-b"), "other groups stay anonymous");
        }
        assertTrue(mail.html().contains("&lt;b&gt;远东&lt;/b&gt;本田") && !mail.html().contains("<b>远东"), "escaped");
        assertTrue(mail.images().isEmpty(), "no inline charts: the PDF has the rest");
        assertEquals("%PDF", new String(mail.pdf(), 0, 4, StandardCharsets.ISO_8859_1));
    }

    @Test
    void theGroupMailReadsInEnglishAndSaysWhenThereAreNoSamples() {
        GroupReport.Sources s = OverviewReportsTest.groupSources();
        GroupReport.Sources empty = new GroupReport.Sources(s.tenantId(), "East\r\nBcc: x@evil.example", s.month(),
                List.of(), Map.of(), Map.of(), ScoreTotals.NONE, 40, 10);
        RenderedReport mail = OverviewMail.group(GroupReport.of(empty, OverviewReportsTest.EN), OverviewReportsTest.EN,
                LINKS);
        assertEquals("[Monthly group report] East Bcc: x@evil.example, November 2026: no valid samples",
                mail.subject(), "one line whatever the group is called");
        assertTrue(mail.text().contains("The full report is attached as a PDF."), mail.text());
        assertTrue(mail.html().contains("lang=\"en\""));
    }

    @Test
    void theNationalMailLeadsWithTheNationAndListsTheBrands() {
        NationalReport r = NationalReport.of(OverviewReportsTest.MONTH, List.of(OverviewReportsTest.HX,
                OverviewReportsTest.YD, OverviewReportsTest.NEW, OverviewReportsTest.OTHER),
                OverviewReportsTest.nationalScores(), code -> code, OverviewReportsTest.EN);
        RenderedReport mail = OverviewMail.national(r, OverviewReportsTest.EN, new Links(
                "https://reports.example.com/console/reports/national?month=2026-11",
                ArchivedReport.UNSUBSCRIBE_PLACEHOLDER));
        assertTrue(mail.subject().startsWith("[Monthly national report] November 2026: "), mail.subject());
        assertTrue(mail.text().contains("By brand"), mail.text());
        assertTrue(mail.text().contains("Toyota"), mail.text());
        assertTrue(mail.html().contains("/console/reports/national?month=2026-11"));
        assertEquals("%PDF", new String(mail.pdf(), 0, 4, StandardCharsets.ISO_8859_1));
    }

    @Test
    void everyTextTheMailTemplatesUseExistsInBothLanguages() throws IOException {
        Properties zh = bundle("i18n/reports.properties");
        Properties en = bundle("i18n/reports_en.properties");
        Pattern used = Pattern.compile("t\\.get\\(\"([a-zA-Z.]+)\"");
        for (String template : List.of(OverviewMail.HTML, OverviewMail.TEXT)) {
            Matcher m = used.matcher(read(template));
            int found = 0;
            while (m.find()) {
                found++;
                assertTrue(zh.containsKey(m.group(1)) && en.containsKey(m.group(1)), template + ": " + m.group(1));
            }
            assertTrue(found >= 3, template);
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = OverviewMailTest.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String read(String name) throws IOException {
        try (InputStream in = OverviewMailTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
