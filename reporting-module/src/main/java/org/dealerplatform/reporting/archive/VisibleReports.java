package org.dealerplatform.reporting.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.security.Caller;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.core.shops.ShopCatalog;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.reporting.outbox.ReportKind;
import org.dealerplatform.reporting.outbox.ReportSubjects;

/**
 * The archive as the signed-in caller may see it ({@link ReportAccess}): their own group's
 * reports (tenant filtered by hand) of shops the catalog shows them (a shop manager: only their
 * shop), their group's group reports for a group admin, the national reports for the association.
 * Anything else is 404, exactly like a missing report. Call inside a transaction (the catalog needs one).
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
        Caller who = caller.required();
        // a group's people only ever read their group's rows; the association only rows of no group
        Optional<ArchivedReport> found = who.tenant().map(tenant -> archive.ofTenant(tenant, id))
                .orElseGet(() -> archive.byId(id).filter(r -> r.tenantId() == null));
        ArchivedReport report = found.filter(r -> ReportAccess.mayOpen(who, r.kind(), r.tenantId()))
                .orElseThrow(() -> new NotFound("report"));
        if (report.kind() == ReportKind.SHOP_MONTHLY) {
            shop(report.shopId());
        }
        return report;
    }

    /** The shops the caller may see (a shop manager: their shop; the association: none here), for lists. */
    public List<ShopProfile> shops() {
        return catalog.isResolvable() && caller.required().tenant().isPresent() ? catalog.get().visibleShops()
                : List.of();
    }

    /** The archived reports the caller may open, newest month first. */
    public List<ArchivedReport.Entry> entries() {
        Caller who = caller.required();
        List<ArchivedReport.Entry> entries = new ArrayList<>(overviews());
        who.tenant().ifPresent(tenant -> shops().forEach(shop -> entries.addAll(archive.ofShop(tenant, shop.id()))));
        entries.sort(Comparator.comparing(ArchivedReport.Entry::month).reversed()
                .thenComparing(e -> e.shopId() == null ? "" : e.shopId()));
        return entries;
    }

    /** The group reports of a group admin's group, or the national reports for the association. */
    public List<ArchivedReport.Entry> overviews() {
        Caller who = caller.required();
        if (who.isAssociationAdmin() && who.tenant().isEmpty()) {
            return archive.ofSubject(ReportKind.NATIONAL_MONTHLY, null, ReportSubjects.NATIONAL);
        }
        if (who.hasRole(Roles.GROUP_ADMIN) && who.tenant().isPresent()) {
            String tenant = who.tenant().get();
            return archive.ofSubject(ReportKind.GROUP_MONTHLY, tenant, tenant);
        }
        return List.of();
    }

    public ShopProfile shop(String shopId) {
        if (!catalog.isResolvable()) {
            throw new NotFound("shop");
        }
        return catalog.get().visibleShop(shopId).orElseThrow(() -> new NotFound("shop"));
    }
}
