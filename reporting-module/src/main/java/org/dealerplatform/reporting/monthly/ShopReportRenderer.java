package org.dealerplatform.reporting.monthly;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dealerplatform.reporting.render.InlineImage;
import org.dealerplatform.reporting.render.ReportPdf;
import org.dealerplatform.reporting.render.ReportTemplates;

/**
 * The monthly shop report in every format one recipient needs, in their language (Chinese unless
 * {@code locale} is English). Stateless and thread-safe; charts and the PDF take most of the time
 * (a few hundred milliseconds per report).
 */
public final class ShopReportRenderer {

    static final String EMAIL_HTML = "templates/reports/monthly-email.html.vm";
    static final String EMAIL_TEXT = "templates/reports/monthly-email.txt.vm";
    static final String PDF_XHTML = "templates/reports/monthly-pdf.xhtml.vm";

    private ShopReportRenderer() {
    }

    public static RenderedReport render(ShopMonthReport report, Locale locale, Links links) {
        ReportTexts texts = new ReportTexts(locale);
        InlineImage trend = MonthlyCharts.trend(report, texts);
        InlineImage dimensions = MonthlyCharts.dimensions(report, texts);
        MonthlyReportView view = MonthlyReportView.of(report, texts, links, trend, dimensions);
        Map<String, Object> model = Map.of("v", view, "t", texts);
        return new RenderedReport(view.subject(), ReportTemplates.markup(EMAIL_HTML, model),
                ReportTemplates.plain(EMAIL_TEXT, model), List.of(trend, dimensions),
                ReportPdf.render(pdfXhtml(view, texts)));
    }

    /** The XHTML the PDF is made of; public so the integrator (and tests) can look at it. */
    public static String pdfXhtml(MonthlyReportView view, ReportTexts texts) {
        return ReportTemplates.markup(PDF_XHTML, Map.of("v", view, "t", texts));
    }
}
