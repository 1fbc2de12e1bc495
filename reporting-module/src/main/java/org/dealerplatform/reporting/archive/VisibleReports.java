package org.dealerplatform.reporting.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.shops.ShopCatalog;
import org.dealerplatform.core.shops.ShopProfile;

/**
 * The archive as the signed-in caller may see it: their own group's reports (tenant filtered by
 * hand) of shops the catalog shows them (a shop manager: only their shop). Anything else is 404,
 * exactly like a missing report. Call inside a transaction (the catalog needs one).
 */
@ApplicationScoped
public class VisibleReports {

    @Inject
    ReportArchive archive;

    @Inject
    Instance<ShopCatalog> catalog;

    @Inject
    CallerContext caller;

    public ArchivedReport report(String id) {
        ArchivedReport report = archive.ofTenant(caller.requiredTenant(), id).orElseThrow(() -> new NotFound("report"));
        shop(report.shopId());
        return report;
    }

    /** The shops the caller may see (a shop manager: their shop), for lists. */
    public java.util.List<ShopProfile> shops() {
        return catalog.isResolvable() ? catalog.get().visibleShops() : java.util.List.of();
    }

    /** The archived reports of the caller's visible shops, newest month first. */
    public java.util.List<ArchivedReport.Entry> entries() {
        String tenant = caller.requiredTenant();
        return shops().stream().flatMap(shop -> archive.ofShop(tenant, shop.id()).stream())
                .sorted(java.util.Comparator.comparing(ArchivedReport.Entry::month).reversed()
                        .thenComparing(ArchivedReport.Entry::shopId))
                .toList();
    }

    public ShopProfile shop(String shopId) {
        if (!catalog.isResolvable()) {
            throw new NotFound("shop");
        }
        return catalog.get().visibleShop(shopId).orElseThrow(() -> new NotFound("shop"));
    }
}
