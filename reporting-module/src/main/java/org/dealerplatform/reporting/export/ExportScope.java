package org.dealerplatform.reporting.export;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.directory.ShopDirectory;
import org.dealerplatform.core.security.Caller;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.shops.ShopCatalog;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.core.web.ApiException;

/**
 * Which shops the caller may export, decided once before a row is read: a group admin their own
 * group's shops (through the catalog's visible lookups, the tenant taken from the token), the
 * association every group's or one group's. Every export is recorded in the audit trail: it takes
 * customers' comments out of the platform.
 */
@RequestScoped
public class ExportScope {

    @Inject
    CallerContext callers;

    @Inject
    Instance<ShopCatalog> catalog;

    @Inject
    Instance<ShopDirectory> directory;

    @Inject
    AuditTrail audit;

    /**
     * @param tenant the association's optional choice of one dealer group; a group admin may only
     *               name their own
     */
    @Transactional
    public List<ShopProfile> shops(String what, ExportPeriod period, String tenant) {
        Caller caller = callers.required();
        List<ShopProfile> shops = caller.isAssociationAdmin() ? everyGroups(tenant) : ownGroups(tenant);
        audit.record("export." + what, "export", what, shops.size() + " shops, " + period.from() + " to "
                + period.to() + (tenant == null || tenant.isBlank() ? "" : ", group " + tenant), null);
        return shops;
    }

    /**
     * The same decision for an export that runs later, without the caller: whose shops it may read
     * (the group admin's own group, from the token; the association's optional choice of a group),
     * kept with the job and applied by {@link ShopsInReach} when the worker runs it. Audited now,
     * when the caller asks.
     */
    @Transactional
    public Reach reach(ExportKind what, ExportPeriod period, String tenant) {
        Caller caller = callers.required();
        String group = tenant == null || tenant.isBlank() ? null : tenant.strip();
        Reach reach;
        if (caller.isAssociationAdmin()) {
            reach = new Reach(null, group);
        } else {
            String own = callers.requiredTenant();
            if (group != null && !group.equals(own)) {
                throw ApiException.invalid("tenant", "only the association chooses a dealer group");
            }
            reach = new Reach(own, null);
        }
        audit.record("export." + what.asciiName(), "export", what.asciiName(), "background export, " + period.from()
                + " to " + period.to() + (group == null ? "" : ", group " + group), null);
        return reach;
    }

    /**
     * Whose shops an export reads: {@code tenant} is the group admin's own group (null for the
     * association's exports), {@code group} the association's choice of one group (null: all).
     */
    public record Reach(String tenant, String group) {

        public boolean association() {
            return tenant == null;
        }

        /** The one group the export is limited to, if any. */
        public String onlyGroup() {
            return tenant != null ? tenant : group;
        }
    }

    private List<ShopProfile> everyGroups(String tenant) {
        if (!directory.isResolvable()) {
            return List.of();
        }
        List<ShopProfile> all = directory.get().allShops();
        return tenant == null || tenant.isBlank() ? all
                : all.stream().filter(shop -> tenant.strip().equals(shop.tenantId())).toList();
    }

    private List<ShopProfile> ownGroups(String tenant) {
        String own = callers.requiredTenant();
        if (tenant != null && !tenant.isBlank() && !tenant.strip().equals(own)) {
            throw ApiException.invalid("tenant", "only the association chooses a dealer group");
        }
        if (!catalog.isResolvable()) {
            return List.of();
        }
        // the catalog already limits a group admin to their tenant; the filter keeps that true here too
        return catalog.get().visibleShops().stream().filter(shop -> own.equals(shop.tenantId())).toList();
    }
}
