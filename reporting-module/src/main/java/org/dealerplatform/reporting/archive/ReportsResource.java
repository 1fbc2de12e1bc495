package org.dealerplatform.reporting.archive;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.dealerplatform.core.mail.InvalidMailAddress;
import org.dealerplatform.core.mail.MailAddress;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.web.Page;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.Input;
import org.dealerplatform.reporting.module.ReportsModule;

/**
 * One archived report: a shop's manager and its group's admin open it (HTML as in the mail, and
 * the PDF), a group admin their group's group reports, the association the national reports;
 * the group admin can send a shop or group report again to one address. Every lookup goes through
 * {@link VisibleReports}, so another group gets 404.
 */
@Path("api/v1/reports")
@RequiresModule(ReportsModule.ID)
public class ReportsResource {

    @Inject
    Resends resends;

    @Inject
    VisibleReports visible;

    public record Resend(String email) {
    }

    public record Queued(String reportId, String email, boolean queued) {
    }

    /** The caller's archived group reports (a group admin) or national reports (the association). */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @AllowedRoles({Roles.GROUP_ADMIN, Roles.ASSOCIATION_ADMIN})
    public Page<ShopReportsResource.ReportEntry> overviews() {
        var entries = visible.overviews().stream().map(ShopReportsResource::entry).toList();
        return new Page<>(entries, entries.size());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    @AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER, Roles.ASSOCIATION_ADMIN})
    public Response html(@PathParam("id") String id) {
        return Response.ok(visible.report(id).browserHtml(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    @GET
    @Path("{id}.pdf")
    @Produces("application/pdf")
    @Transactional
    @AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER, Roles.ASSOCIATION_ADMIN})
    public Response pdf(@PathParam("id") String id) {
        return pdfOf(visible.report(id));
    }

    /** The report's PDF as the API and the console hand it out: shown inline, never cached by others. */
    static Response pdfOf(ArchivedReport report) {
        return Response.ok(report.pdf(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"report-" + report.month() + ".pdf\"")
                .header("Cache-Control", "private, no-store").build();
    }

    /** A new message to one address ({@link Resends}): 202 once queued. */
    @POST
    @Path("{id}/resend")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @AllowedRoles(Roles.GROUP_ADMIN)
    public Response resend(@PathParam("id") String id, Resend body, @Context UriInfo uri) {
        Input.check(body).required("email", body.email(), 254).orRefuse();
        ArchivedReport report = visible.report(id);
        MailAddress to;
        try {
            to = MailAddress.of(body.email());
        } catch (InvalidMailAddress e) {
            throw ApiException.invalid("email", e.getMessage());
        }
        boolean queued = resends.queue(report, to, uri.getBaseUri());
        return Response.accepted(new Queued(report.id(), to.value(), queued)).build();
    }
}
