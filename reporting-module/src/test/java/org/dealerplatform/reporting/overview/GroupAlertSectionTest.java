package org.dealerplatform.reporting.overview;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dealerplatform.core.alerts.AlertFigures;
import org.junit.jupiter.api.Test;

/** The group report's hot-alert section: month, year to date and nation, in the PDF; none without figures. */
class GroupAlertSectionTest {

    @Test
    void theGroupReportShowsItsAlertFiguresWhenItHasThem() throws IOException {
        GroupReport.Sources s = OverviewReportsTest.groupSources();
        GroupReport.Sources withAlerts = new GroupReport.Sources(s.tenantId(), s.groupName(), s.month(), s.shops(),
                s.shopMonths(), s.groupsOfMonth(), s.nation(), s.groupRankMinimum(), s.shopRankMinimum(),
                new GroupReport.Alerts(new AlertFigures(8, 40, 6, Duration.ofHours(3), 4, 3, 2),
                        new AlertFigures(30, 400, 28, Duration.ofHours(5), 26, 20, 2), AlertFigures.NONE));
        GroupReport report = GroupReport.of(withAlerts, OverviewReportsTest.ZH);
        String pdf = text(OverviewPages.renderGroupPdf(report, OverviewReportsTest.ZH));
        assertTrue(pdf.contains("客户预警"), pdf);
        assertTrue(pdf.contains("20.0%") && pdf.contains("3.0 小时") && pdf.contains("75.0%"), pdf);
        assertTrue(pdf.contains("本年累计") && pdf.contains("全国"), pdf);

        GroupReport without = GroupReport.of(s, OverviewReportsTest.ZH);
        assertNull(without.alerts());
        assertFalse(text(OverviewPages.renderGroupPdf(without, OverviewReportsTest.ZH)).contains("客户预警"));
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
