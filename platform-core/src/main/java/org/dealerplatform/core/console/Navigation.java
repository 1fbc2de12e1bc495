package org.dealerplatform.core.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dealerplatform.core.tenancy.TenantStandings;
import org.dealerplatform.core.modules.LocalizedText;
import org.dealerplatform.core.modules.ModuleRegistry;
import org.dealerplatform.core.modules.NavigationEntry;
import org.dealerplatform.core.modules.PlatformModule;
import org.dealerplatform.core.security.Caller;
import org.dealerplatform.core.security.Roles;

/**
 * The console menu: core's own entries and those of the modules the caller's tenant has enabled,
 * for the caller's roles. Core is no module, so its pages (the audit trail) are listed here and
 * no subscription switches them off.
 */
@ApplicationScoped
public class Navigation {

    static final List<NavigationEntry> CORE = List.of(
            new NavigationEntry("/audit", new LocalizedText("审计日志", "Audit trail"),
                    Set.of(Roles.ASSOCIATION_ADMIN), 900));

    @Inject
    ModuleRegistry modules;

    @Inject
    TenantStandings standings;

    @Inject
    jakarta.enterprise.inject.Instance<MenuBadge> badges;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Navigation.class.getName());

    /** {@code count} is a module's {@link MenuBadge} (0: none), {@code countMeaning} what it counts. */
    public record Link(String href, String label, long count, String countMeaning) {

        public Link(String href, String label) {
            this(href, label, 0, null);
        }
    }

    /** A user with two roles may match two entries for one page; the first (lowest order) wins. */
    private static java.util.function.Predicate<Link> distinctHref(java.util.Set<String> seen) {
        return link -> seen.add(link.href());
    }

    public List<Link> entriesFor(Optional<Caller> caller, Locale locale) {
        if (caller.isEmpty()) {
            return List.of();
        }
        Set<String> subscribed = standings.modules(caller.get().tenant());
        boolean tenantUser = caller.get().tenant().isPresent();
        var ofModules = modules.installed().stream()
                .filter(m -> !tenantUser || modules.enabledFor(m.id(), subscribed))
                .map(PlatformModule::navigation).flatMap(List::stream);
        return java.util.stream.Stream.concat(ofModules, CORE.stream())
                .filter(e -> e.roles().stream().anyMatch(caller.get()::hasRole))
                .sorted(Comparator.comparingInt(NavigationEntry::order))
                .map(e -> new Link("/console" + e.path(), e.label().in(locale)))
                .filter(distinctHref(new java.util.HashSet<>()))
                .map(link -> withBadge(link, caller.get(), locale))
                .toList();
    }

    private Link withBadge(Link link, Caller caller, Locale locale) {
        for (MenuBadge badge : badges) {
            if (link.href().equals("/console" + badge.path())) {
                try {
                    return new Link(link.href(), link.label(), badge.count(caller), badge.meaning().in(locale));
                } catch (RuntimeException e) {
                    LOG.warning("menu badge " + badge.path() + " not counted: " + e);
                    return link;
                }
            }
        }
        return link;
    }
}
