package org.dealerplatform.core.tenancy;

import java.util.Set;

/** What core needs to know about a dealer group to let its users in. */
public record TenantStanding(String tenantId, String name, boolean active, Set<String> modules) {

    public TenantStanding {
        modules = Set.copyOf(modules);
    }
}
