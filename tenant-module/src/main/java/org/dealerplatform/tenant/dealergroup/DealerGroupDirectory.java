package org.dealerplatform.tenant.dealergroup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.dealerplatform.core.caching.ShortLived;
import org.dealerplatform.core.tenancy.TenantDirectory;
import org.dealerplatform.core.tenancy.TenantStanding;

/**
 * Tells core whether a dealer group may use the platform and which modules it has enabled. Asked
 * on every request of a tenant user and every survey answer, so the answer is remembered for five
 * seconds; a change on this node is seen at once (after it commits), on other nodes within five
 * seconds.
 */
@ApplicationScoped
public class DealerGroupDirectory implements TenantDirectory {

    @Inject
    DealerGroups groups;

    private final ShortLived<String, TenantStanding> standings = new ShortLived<>(Duration.ofSeconds(5));

    @Override
    public Optional<TenantStanding> standing(String tenantId) {
        return standings.get(tenantId, code -> groups.byCode(code)
                .map(g -> new TenantStanding(g.code(), g.name(), g.active(), g.modules())));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) DealerGroupChanged change) {
        standings.forget(change.code());
    }
}
