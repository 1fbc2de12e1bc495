package org.dealerplatform.reporting.archive;

import jakarta.enterprise.inject.Instance;
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
import java.time.Instant;
import java.util.HexFormat;
import java.security.SecureRandom;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.mail.InvalidMailAddress;
import org.dealerplatform.core.mail.MailAddress;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.shops.ShopCatalog;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.Input;
import org.dealerplatform.core.web.Page;
import org.dealerplatform.reporting.module.ReportsModule;
import org.dealerplatform.reporting.outbox.OutboxKey;
import org.dealerplatform.reporting.outbox.OutboxStore;
import org.dealerplatform.reporting.runs.ReportSettings;

/**
 * The report archive: a shop's manager and its group's admin open every report sent (HTML as in
 * the mail, and the PDF); the group admin can send one again to one address. Every lookup goes
 * through the caller's tenant and the shops the caller may see, so another group gets 404.
 */
@Path("api/v1")
@RequiresModule(ReportsModule.ID)
public class ArchiveResource {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ReportArchive archive;

    @Inject
    OutboxStore outbox;

    @Inject
    Instance<ShopCatalog> catalog;

    @Inject
    CallerContext caller;

    @Inject
    ReportSettings settings;

    public record ReportEntry(String id, String kind, String month, String locale, String subject, String createdAt,
                              String html, String pdf) {
    }

    public record Resend(String email) {
    }

    public record Queued(String reportId, String email, boolean queued) {
    }

    @GET
    @Path("shops/{id}/reports")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public Page<ReportEntry> list(@PathParam("id") String shopId) {
        ShopProfile shop = visibleShop(shopId);
        var entries = archive.ofShop(shop.tenantId(), shop.id()).stream().map(e -> new ReportEntry(e.id(),
                e.kind().name(), e.month().toString(), e.locale(), e.subject(), e.createdAt().toString(),
                "/api/v1/reports/" + e.id(), "/api/v1/reports/" + e.id() + ".pdf")).toList();
        return new Page<>(entries, entries.size());
    }

    @GET
    @Path("reports/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    @AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public Response html(@PathParam("id") String id) {
        ArchivedReport report = visibleReport(id);
        String html = report.htmlFor("#");
        // the mail shows its charts as inline parts (cid:); a browser needs them in the page
        for (var image : report.images()) {
            html = html.replace("cid:" + image.contentId(), image.dataUri());
        }
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    @GET
    @Path("reports/{id}.pdf")
    @Produces("application/pdf")
    @Transactional
    @AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public Response pdf(@PathParam("id") String id) {
        ArchivedReport report = visibleReport(id);
        return Response.ok(report.pdf(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"report-" + report.month() + ".pdf\"").build();
    }

    /** A new outbox row with a key suffix of its own: a resend is a new message, not a retry of the old one. */
    @POST
    @Path("reports/{id}/resend")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @AllowedRoles(Roles.GROUP_ADMIN)
    public Response resend(@PathParam("id") String id, Resend body, @Context UriInfo uri) {
        Input.check(body).required("email", body.email(), 254).orRefuse();
        ArchivedReport report = visibleReport(id);
        MailAddress to;
        try {
            to = MailAddress.of(body.email());
        } catch (InvalidMailAddress e) {
            throw ApiException.invalid("email", e.getMessage());
        }
        String suffix = "r" + HexFormat.of().formatHex(bytes());
        String base = settings.publicBaseUrl()
                .orElse(uri.getBaseUri().getScheme() + "://" + uri.getBaseUri().getRawAuthority());
        boolean queued = outbox.queue(new OutboxStore.Mail(null, new OutboxKey(report.kind(), report.month(),
                report.shopId() + "-" + suffix, to), report.shopId(), report.tenantId(), report.locale(), suffix,
                report.id(), base), Instant.now());
        return Response.accepted(new Queued(report.id(), to.value(), queued)).build();
    }

    private static byte[] bytes() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return b;
    }

    private ArchivedReport visibleReport(String id) {
        ArchivedReport report = archive.ofTenant(caller.requiredTenant(), id).orElseThrow(() -> new NotFound("report"));
        visibleShop(report.shopId());    // a shop manager sees only their own shop's reports
        return report;
    }

    private ShopProfile visibleShop(String shopId) {
        if (!catalog.isResolvable()) {
            throw new NotFound("shop");
        }
        return catalog.get().visibleShop(shopId).orElseThrow(() -> new NotFound("shop"));
    }
}
