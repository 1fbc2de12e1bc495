package org.dealerplatform.reporting.monthly;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dealerplatform.core.alerts.AlertFigures;
import org.junit.jupiter.api.Test;

/** The hot-alert section of the monthly report: in every format when the shop has figures, nowhere otherwise. */
class AlertSectionRenderTest {

    static final AlertFigures MONTH = new AlertFigures(4, 6, 3, Duration.ofHours(6), 2, 1, 1);
    static final AlertFigures YEAR = new AlertFigures(9, 60, 8, Duration.ofMinutes(150), 8, 6, 1);

    static ShopMonthReport withAlerts() {
        ShopMonthReport r = Fixtures.report();
        return new ShopMonthReport(r.shop(), r.groupName(), r.month(), r.headline(), r.dimensions(), r.focus(),
                r.trend(), r.advisors(), r.comments(), r.screening(), r.standing(),
                Optional.of(new ShopMonthReport.Alerts(MONTH, YEAR, null)));
    }

    @Test
    void everyFormatShowsTheMonthAndTheYearToDateInBothLanguages() throws IOException {
        RenderedReport zh = ShopReportRenderer.render(withAlerts(), Locale.SIMPLIFIED_CHINESE, Fixtures.links());
        RenderedReport en = ShopReportRenderer.render(withAlerts(), Locale.ENGLISH, Fixtures.links());
        for (String doc : new String[] {zh.html(), zh.text(), pdfText(zh)}) {
            assertTrue(doc.contains("客户预警"), doc);
            assertTrue(doc.contains("首次联系用时（中位数）"), doc);
            assertTrue(doc.contains("66.7%") && doc.contains("6.0 小时") && doc.contains("2.5 小时"), doc);
            assertTrue(doc.contains("本年累计"), doc);
        }
        for (String doc : new String[] {en.html(), en.text(), pdfText(en)}) {
            assertTrue(doc.contains("Hot alerts"), doc);
            assertTrue(doc.contains("Median time to first contact"), doc);
            assertTrue(doc.contains("50.0%") && doc.contains("75.0%") && doc.contains("6.0 h"), doc);
        }
        assertTrue(en.text().contains("- Alerts: This month 4 / Year to date 9"), en.text());
    }

    @Test
    void withoutFiguresThereIsNoSection() throws IOException {
        RenderedReport zh = ShopReportRenderer.render(Fixtures.report(), Locale.SIMPLIFIED_CHINESE, Fixtures.links());
        for (String doc : new String[] {zh.html(), zh.text(), pdfText(zh)}) {
            assertFalse(doc.contains("客户预警"), doc);
        }
    }

    static String pdfText(RenderedReport report) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(report.pdf())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
