package org.dealerplatform.survey.collection;

import org.dealerplatform.core.caching.SharedCaches;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.dealerplatform.core.caching.ShortLived;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.modules.ModuleRegistry;
import org.dealerplatform.core.shops.ShopCatalog;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.core.tenancy.TenantStandings;
import org.dealerplatform.survey.module.SurveysModule;

/**
 * The shop behind a survey link, as the survey page and the submission pipeline need it (name,
 * brand, province, open or closed). Remembered for ten seconds; the tenant module tells
 * {@link SharedCaches} when a shop changes, so a shop closed in the console stops collecting valid
 * answers on every node at once.
 */
@ApplicationScoped
public class SurveyedShops {

    @Inject
    Instance<ShopCatalog> catalogs;

    @Inject
    TenantStandings standings;

    @Inject
    ModuleRegistry modules;

    private record Key(String tenantId, String shopId) {
    }

    private final ShortLived<Key, ShopProfile> recent = new ShortLived<>(Duration.ofSeconds(10));

    @Inject
    SharedCaches caches;

    @PostConstruct
    void share() {
        caches.register(SharedCaches.SHOPS, recent);
    }

    /** Call inside a transaction (the catalog reads the tenant's data). */
    public Optional<ShopProfile> of(String tenantId, String shopId) {
        return recent.get(new Key(tenantId, shopId), k -> catalog().shopOfTenant(k.tenantId(), k.shopId()));
    }

    /** Whether answers for this shop count at all: the shop is open and its group active and subscribed. */
    public boolean collecting(ShopProfile shop) {
        return shop.active() && standings.of(shop.tenantId())
                .map(s -> s.active() && modules.enabledFor(SurveysModule.ID, s.modules())).orElse(false);
    }

    public ShopCatalog catalog() {
        if (!catalogs.isResolvable()) {
            throw new NotFound("survey");
        }
        return catalogs.get();
    }
}
