package org.dealerplatform.competition.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dealerplatform.competition.enrolment.Entry;
import org.dealerplatform.core.directory.ShopDirectory;
import org.dealerplatform.core.shops.AdvisorProfile;
import org.dealerplatform.core.shops.ShopCatalog;
import org.dealerplatform.core.shops.ShopProfile;

/**
 * Entries with the names people know them by. The association's rows are named through core's
 * cross-group {@link ShopDirectory}; a group admin's own rows through the {@link ShopCatalog}'s
 * lookups for the signed-in caller, so a group page never reads another group's shops.
 */
@ApplicationScoped
public class EntryRows {

    @Inject
    Instance<ShopDirectory> directory;

    @Inject
    Instance<ShopCatalog> catalog;

    public record Row(String id, String shopId, String shopCode, String shopName, String tenant, String groupName,
                      String status, List<String> advisors, String enrolledBy, Instant enrolledAt, String decidedBy,
                      String decisionReason, String withdrawReason) {

        public boolean pending() {
            return "PENDING".equals(status);
        }

        /** Withdrawal is possible for entries not already out of the season. */
        public boolean withdrawable() {
            return "PENDING".equals(status) || "APPROVED".equals(status);
        }
    }

    /** Every entry named, across groups: for the association. */
    @Transactional
    public List<Row> named(List<Entry> entries) {
        if (!directory.isResolvable()) {
            return entries.stream().map(e -> row(e, null, Map.of(), Map.of())).toList();
        }
        ShopDirectory d = directory.get();
        Map<String, ShopProfile> shops = d.shops(entries.stream().map(Entry::shopId).toList()).stream()
                .collect(Collectors.toMap(ShopProfile::id, Function.identity(), (a, b) -> a));
        Set<String> advisorIds = new HashSet<>();
        entries.forEach(e -> advisorIds.addAll(e.advisorIds()));
        Map<String, String> advisors = advisorIds.isEmpty() ? Map.of() : d.advisors(advisorIds).stream()
                .collect(Collectors.toMap(AdvisorProfile::id, AdvisorProfile::name, (a, b) -> a));
        Map<String, String> groups = d.groupNames();
        return entries.stream().map(e -> row(e, shops.get(e.shopId()), advisors, groups)).toList();
    }

    /** The caller's own group's entries, named through the caller's own view of their shops. */
    @Transactional
    public List<Row> own(List<Entry> entries, String tenant) {
        if (!catalog.isResolvable()) {
            return entries.stream().map(e -> row(e, null, Map.of(), Map.of())).toList();
        }
        ShopCatalog c = catalog.get();
        Map<String, ShopProfile> shops = c.visibleShops().stream()
                .collect(Collectors.toMap(ShopProfile::id, Function.identity(), (a, b) -> a));
        Map<String, String> advisors = new HashMap<>();
        for (String shopId : entries.stream().map(Entry::shopId).collect(Collectors.toSet())) {
            c.advisorsOfTenant(tenant, shopId).forEach(a -> advisors.put(a.id(), a.name()));
        }
        return entries.stream().map(e -> row(e, shops.get(e.shopId()), advisors, Map.of())).toList();
    }

    /** The caller's shops that are open (a group admin: every shop of the group). */
    @Transactional
    public List<ShopProfile> openShops() {
        return catalog.isResolvable() ? catalog.get().visibleShops().stream().filter(ShopProfile::active).toList()
                : List.of();
    }

    /** The active advisors of one of the caller's shops; empty for a shop the caller cannot see. */
    @Transactional
    public List<AdvisorProfile> activeAdvisors(String tenant, String shopId) {
        if (!catalog.isResolvable() || catalog.get().visibleShop(shopId).isEmpty()) {
            return List.of();
        }
        return catalog.get().advisorsOfTenant(tenant, shopId).stream().filter(AdvisorProfile::active).toList();
    }

    private static Row row(Entry e, ShopProfile shop, Map<String, String> advisors, Map<String, String> groups) {
        List<String> names = e.advisorIds().stream().map(a -> advisors.getOrDefault(a, a)).sorted().toList();
        return new Row(e.id(), e.shopId(), shop == null ? null : shop.code(), shop == null ? e.shopId() : shop.name(),
                e.tenantId(), groups.getOrDefault(e.tenantId(), e.tenantId()), e.status().name(), names,
                e.enrolledBy(), e.createdAt(), e.decidedBy(), e.decisionReason(), e.withdrawReason());
    }
}
