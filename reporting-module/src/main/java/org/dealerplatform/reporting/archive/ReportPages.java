package org.dealerplatform.reporting.archive;

import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.reporting.outbox.ReportKind;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dealerplatform.core.console.ConsoleView;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.directory.StaffContactsUnavailable;
import org.dealerplatform.core.mail.InvalidMailAddress;
import org.dealerplatform.core.mail.MailAddress;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.reporting.module.ReportsModule;
import org.dealerplatform.reporting.recipients.Recipients;

/**
 * The report archive in the console, where the mail's "view in the console" link leads: the
 * caller's reports newest first (a shop manager: their shop's; a group admin: every shop of the
 * group and the group's group reports; the association: the national reports), each opened as
 * the mail showed it, or as its PDF. Another group's report is 404.
 * A group admin also finds a small "send again" form above a shop report (the API's resend, with
 * the console's CSRF token); a refused address comes back as typed with the reason, a queued resend
 * comes back with a confirmation.
 */
@Path("console/reports")
@RequiresModule(ReportsModule.ID)
public class ReportPages {

    /** The report is the mail's own document: inline styles and data-URI charts, nothing else. */
    static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
            + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /** The same for a group admin, whose page also posts the resend form back to us. */
    static final String REPORT_WITH_FORM_POLICY = REPORT_POLICY.replace("form-action 'none'", "form-action 'self'");
    static final String RESEND_FORM = "templates/reports/resend-form.vm";
    /** An address is at most 254 characters; a longer entry is shown back cut, as the field allows. */
    private static final int MOST_ECHOED = 254;

    @Inject
    VisibleReports visible;

    @Inject
    Pages pages;

    @Inject
    ConsoleView view;

    @Inject
    Resends resends;

    @Inject
    Recipients recipients;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    @AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER, Roles.ASSOCIATION_ADMIN})
    public Response list() {
        Map<String, ShopProfile> shops = visible.shops().stream()
                .collect(Collectors.toMap(ShopProfile::id, Function.identity()));
        Map<String, Object> model = new HashMap<>();
        model.put("reports", visible.entries());
        model.put("shops", shops);
        return pages.page("templates/reports/console-reports.vm", "reports.console.title", model);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    @AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER, Roles.ASSOCIATION_ADMIN})
    public Response report(@PathParam("id") String id, @QueryParam("resent") String resent) {
        ArchivedReport report = visible.report(id);
        boolean groupAdmin = view.caller().map(c -> c.hasRole(Roles.GROUP_ADMIN)).orElse(false);
        // resending is for a shop's report (its recipients); group and national reports go to staff
        if (!groupAdmin || report.kind() != ReportKind.SHOP_MONTHLY) {
            return document(200, report.browserHtml(), REPORT_POLICY);
        }
        return withResendForm(200, report, "", null, "1".equals(resent));
    }

    @POST
    @Path("{id}/resend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    @AllowedRoles(Roles.GROUP_ADMIN)
    public Response resend(@PathParam("id") String id, @FormParam("_csrf") String csrf,
                           @FormParam("email") String email, @Context UriInfo uri) {
        view.checkCsrf(csrf);
        ArchivedReport report = visible.report(id);
        if (report.kind() != ReportKind.SHOP_MONTHLY) {
            throw ApiException.notFound("report");    // group and national reports are not resent from here
        }
        String typed = email == null ? "" : email.strip();
        if (typed.isEmpty()) {
            return withResendForm(400, report, "", "missing", false);
        }
        MailAddress to;
        try {
            to = MailAddress.of(typed);
        } catch (InvalidMailAddress e) {
            String shown = typed.length() > MOST_ECHOED ? typed.substring(0, MOST_ECHOED) : typed;
            return withResendForm(400, report, shown, "invalid", false);
        }
        resends.queue(report, to, uri.getBaseUri());
        return Response.seeOther(URI.create("/console/reports/" + URLEncoder.encode(report.id(),
                StandardCharsets.UTF_8) + "?resent=1")).build();
    }

    private Response withResendForm(int status, ArchivedReport report, String typed, String problem, boolean resent) {
        Map<String, Object> model = new HashMap<>();
        model.put("reportId", report.id());
        model.put("csrf", view.csrf());
        model.put("typed", typed);
        model.put("problem", problem);
        model.put("resent", resent);
        model.put("choices", currentRecipients(report));
        String form = pages.standalone(RESEND_FORM, view.locale(), model);
        return document(status, withForm(report.browserHtml(), form), REPORT_WITH_FORM_POLICY);
    }

    /** The addresses offered in the field; when Keycloak cannot name the managers, simply none. */
    private List<String> currentRecipients(ArchivedReport report) {
        try {
            return recipients.of(visible.shop(report.shopId())).recipients().stream()
                    .map(r -> r.address().value()).toList();
        } catch (StaffContactsUnavailable e) {
            return List.of();
        }
    }

    /** The form goes first in the body, so it is found without scrolling through the report. */
    static String withForm(String html, String form) {
        int body = html.indexOf("<body");
        int open = body < 0 ? -1 : html.indexOf('>', body);
        return open < 0 ? form + html : html.substring(0, open + 1) + "\n" + form + html.substring(open + 1);
    }

    private static Response document(int status, String html, String policy) {
        return Response.status(status).entity(html).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", policy)
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "private, no-store").build();
    }

    @GET
    @Path("{id}.pdf")
    @Produces("application/pdf")
    @Transactional
    @AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER, Roles.ASSOCIATION_ADMIN})
    public Response pdf(@PathParam("id") String id) {
        return ReportsResource.pdfOf(visible.report(id));
    }
}
