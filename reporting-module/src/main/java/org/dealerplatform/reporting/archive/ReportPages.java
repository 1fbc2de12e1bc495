package org.dealerplatform.reporting.archive;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dealerplatform.core.console.Pages;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.reporting.module.ReportsModule;

/**
 * The report archive in the console, where the mail's "view in the console" link leads: the
 * caller's reports newest first (a shop manager: their shop's; a group admin: every shop of the
 * group and the group's group reports; the association: the national reports), each opened as
 * the mail showed it, or as its PDF. Another group's report is 404.
 */
@Path("console/reports")
@RequiresModule(ReportsModule.ID)
public class ReportPages {

    /** The report is the mail's own document: inline styles and data-URI charts, nothing else. */
    static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
            + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Inject
    VisibleReports visible;

    @Inject
    Pages pages;

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
    public Response report(@PathParam("id") String id) {
        return Response.ok(visible.report(id).browserHtml(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Security-Policy", REPORT_POLICY)
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
