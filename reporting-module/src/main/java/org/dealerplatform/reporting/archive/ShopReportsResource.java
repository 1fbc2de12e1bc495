package org.dealerplatform.reporting.archive;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dealerplatform.core.modules.RequiresModule;
import org.dealerplatform.core.security.AllowedRoles;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.core.web.Page;
import org.dealerplatform.reporting.module.ReportsModule;

/**
 * A shop's archived reports. A class of its own at the full path: JAX-RS picks the root resource
 * with the longest path first, and the tenant module owns {@code api/v1/shops}.
 */
@Path("api/v1/shops/{id}/reports")
@Produces(MediaType.APPLICATION_JSON)
@RequiresModule(ReportsModule.ID)
public class ShopReportsResource {

    @Inject
    ReportArchive archive;

    @Inject
    VisibleReports visible;

    public record ReportEntry(String id, String kind, String month, String locale, String subject, String createdAt,
                              String html, String pdf) {
    }

    @GET
    @Transactional
    @AllowedRoles({Roles.GROUP_ADMIN, Roles.SHOP_MANAGER})
    public Page<ReportEntry> list(@PathParam("id") String shopId) {
        ShopProfile shop = visible.shop(shopId);
        var entries = archive.ofShop(shop.tenantId(), shop.id()).stream().map(ShopReportsResource::entry).toList();
        return new Page<>(entries, entries.size());
    }

    static ReportEntry entry(ArchivedReport.Entry e) {
        return new ReportEntry(e.id(), e.kind().name(), e.month().toString(), e.locale(), e.subject(),
                e.createdAt().toString(), "/api/v1/reports/" + e.id(), "/api/v1/reports/" + e.id() + ".pdf");
    }
}
