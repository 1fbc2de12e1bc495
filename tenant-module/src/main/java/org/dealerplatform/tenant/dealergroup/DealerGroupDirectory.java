package org.dealerplatform.tenant.dealergroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.dealerplatform.core.tenancy.TenantDirectory;
import org.dealerplatform.core.tenancy.TenantStanding;

/** Tells core whether a dealer group may use the platform and which modules it has enabled. */
@ApplicationScoped
public class DealerGroupDirectory implements TenantDirectory {

    @Inject
    DealerGroups groups;

    @Override
    public Optional<TenantStanding> standing(String tenantId) {
        return groups.byCode(tenantId)
                .map(g -> new TenantStanding(g.code(), g.name(), g.active(), g.modules()));
    }
}
