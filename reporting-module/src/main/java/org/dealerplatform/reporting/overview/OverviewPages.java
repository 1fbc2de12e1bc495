package org.dealerplatform.reporting.overview;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dealerplatform.core.console.ConsoleView;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.reporting.module.ReportsModule;
import org.dealerplatform.reporting.monthly.ReportTexts;
import org.dealerplatform.reporting.render.ReportPdf;
import org.dealerplatform.reporting.render.ReportTemplates;

/**
 * The group report for group admins and the national report for the association, each as a
 * console page and as a PDF of the same figures. Next to the report archive under
 * {@code /console/reports} (the literal paths win over the archive's {@code {id}}).
 */
@Path("console/reports")
@RequiresModule(ReportsModule.ID)
public class OverviewPages {

    static final String GROUP_PAGE = "templates/reports/group-console.vm";
    static final String GROUP_PDF = "templates/reports/group-pdf.xhtml.vm";
    static final String NATIONAL_PAGE = "templates/reports/national-console.vm";
    static final String NATIONAL_PDF = "templates/reports/national-pdf.xhtml.vm";

    @Inject
    OverviewSources sources;

    @Inject
    Pages pages;

    @Inject
    ConsoleView view;

    Clock clock = Clock.systemUTC();

    @GET
    @Path("group")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    @AllowedRoles(Roles.GROUP_ADMIN)
    public Response group(@QueryParam("month") String month) {
        ReportTexts texts = texts();
        GroupReport report = GroupReport.of(sources.group(ReportMonth.parse(month, clock)), texts);
        return pages.page(GROUP_PAGE, "overview.group.title", model(texts, report));
    }

    @GET
    @Path("group.pdf")
    @Produces("application/pdf")
    @Transactional
    @AllowedRoles(Roles.GROUP_ADMIN)
    public Response groupPdf(@QueryParam("month") String month) {
        ReportTexts texts = texts();
        GroupReport report = GroupReport.of(sources.group(ReportMonth.parse(month, clock)), texts);
        return pdf(renderGroupPdf(report, texts), "group-" + report.monthCode() + ".pdf");
    }

    @GET
    @Path("national")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response national(@QueryParam("month") String month) {
        ReportTexts texts = texts();
        NationalReport report = national(ReportMonth.parse(month, clock), texts);
        Map<String, Object> model = model(texts, report);
        model.put("histogram", OverviewCharts.histogram(report.histogram(), texts).dataUri());
        return pages.page(NATIONAL_PAGE, "overview.national.title", model);
    }

    @GET
    @Path("national.pdf")
    @Produces("application/pdf")
    @Transactional
    @AllowedRoles(Roles.ASSOCIATION_ADMIN)
    public Response nationalPdf(@QueryParam("month") String month) {
        ReportTexts texts = texts();
        NationalReport report = national(ReportMonth.parse(month, clock), texts);
        return pdf(renderNationalPdf(report, texts), "national-" + report.monthCode() + ".pdf");
    }

    static byte[] renderGroupPdf(GroupReport report, ReportTexts texts) {
        return ReportPdf.render(ReportTemplates.markup(GROUP_PDF, model(texts, report)));
    }

    static byte[] renderNationalPdf(NationalReport report, ReportTexts texts) {
        Map<String, Object> model = model(texts, report);
        model.put("histogram", OverviewCharts.histogram(report.histogram(), texts).dataUri());
        return ReportPdf.render(ReportTemplates.markup(NATIONAL_PDF, model));
    }

    private NationalReport national(YearMonth month, ReportTexts texts) {
        OverviewSources.NationalSources s = sources.national(month);
        return NationalReport.of(month, s.shops(), s.byShop(), sources.provinceNames(texts.locale()), texts);
    }

    private ReportTexts texts() {
        return new ReportTexts(view.locale());
    }

    /** The model both the page and the PDF read: the report as {@code r}, texts, dimension labels. */
    static Map<String, Object> model(ReportTexts texts, Object report) {
        Map<String, Object> model = new HashMap<>();
        model.put("r", report);
        model.put("t", texts);
        model.put("lang", texts.htmlLanguage());
        model.put("minimum", NationalReport.HISTOGRAM_MIN_SAMPLES);
        model.put("dimensions", List.of(Dimension.values()).stream().map(d -> d.label(texts.locale())).toList());
        return model;
    }

    private static Response pdf(byte[] pdf, String fileName) {
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .header("Cache-Control", "private, no-store").build();
    }
}
