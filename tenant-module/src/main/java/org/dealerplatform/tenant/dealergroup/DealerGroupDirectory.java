package org.dealerplatform.tenant.dealergroup;

import org.dealerplatform.core.caching.SharedCaches;
import jakarta.annotation.PostConstruct;
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
 * seconds; a change is seen on every node at once after it commits ({@link SharedCaches}).
 */
@ApplicationScoped
public class DealerGroupDirectory implements TenantDirectory {

    @Inject
    DealerGroups groups;

    private final ShortLived<String, TenantStanding> standings = new ShortLived<>(Duration.ofSeconds(5));

    @Inject
    SharedCaches caches;

    @PostConstruct
    void share() {
        caches.register(SharedCaches.STANDINGS, standings);
    }

    @Override
    public Optional<TenantStanding> standing(String tenantId) {
        return standings.get(tenantId, code -> groups.byCode(code)
                .map(g -> new TenantStanding(g.code(), g.name(), g.active(), g.modules())));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) DealerGroupChanged change) {
        caches.changed(SharedCaches.STANDINGS);
    }
}
