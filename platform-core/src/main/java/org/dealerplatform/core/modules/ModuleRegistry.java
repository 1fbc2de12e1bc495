package org.dealerplatform.core.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The modules installed in this WAR, found as CDI beans. */
@ApplicationScoped
public class ModuleRegistry {

    @Inject
    Instance<PlatformModule> discovered;

    public List<PlatformModule> installed() {
        return discovered.stream().sorted(Comparator.comparing(PlatformModule::id)).toList();
    }

    public Optional<PlatformModule> byId(String id) {
        return installed().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Set<String> subscribableIds() {
        return installed().stream().filter(PlatformModule::subscribable).map(PlatformModule::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Core's roles and every role an installed module declares. */
    public Set<String> knownRoles() {
        Set<String> roles = new java.util.TreeSet<>(org.dealerplatform.core.security.Roles.ALL);
        installed().forEach(m -> roles.addAll(m.declaredRoles()));
        return Set.copyOf(roles);
    }

    /** Whether the module is usable by a tenant with the given subscription. */
    public boolean enabledFor(String moduleId, Set<String> subscribed) {
        return byId(moduleId).map(m -> !m.subscribable() || subscribed.contains(moduleId)).orElse(false);
    }
}
