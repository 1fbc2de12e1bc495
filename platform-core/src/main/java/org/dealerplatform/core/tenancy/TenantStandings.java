package org.dealerplatform.core.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A dealer group's standing, looked up once per request however many parts of the request ask
 * (access gate, navigation, module list). With no {@link TenantDirectory} installed every tenant
 * is unknown, so tenant users are refused.
 */
@RequestScoped
public class TenantStandings {

    @Inject
    Instance<TenantDirectory> directories;

    private final Map<String, Optional<TenantStanding>> seen = new HashMap<>();

    public Optional<TenantStanding> of(String tenantId) {
        return seen.computeIfAbsent(tenantId,
                t -> directories.stream().findFirst().flatMap(directory -> directory.standing(t)));
    }

    /** The modules a tenant has enabled; none for an unknown tenant. */
    public Set<String> modules(Optional<String> tenantId) {
        return tenantId.flatMap(this::of).map(TenantStanding::modules).orElse(Set.of());
    }
}
