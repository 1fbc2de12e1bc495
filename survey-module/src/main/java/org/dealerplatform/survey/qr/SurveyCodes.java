package org.dealerplatform.survey.qr;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.Optional;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.security.IdentitySettings;
import org.dealerplatform.core.shops.AdvisorProfile;
import org.dealerplatform.core.shops.ShopCatalog;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.core.web.ApiException;

/**
 * A shop's survey code as its managers see it: the shop must be visible to the caller (another
 * group's shop is 404, like a missing one), then its current link and the absolute survey URL
 * ({@code PUBLIC_BASE_URL}, or the address the request came in on).
 */
@ApplicationScoped
public class SurveyCodes {

    @Inject
    Instance<ShopCatalog> catalogs;

    @Inject
    SurveyLinks links;

    @Inject
    IdentitySettings settings;

    public record ShopCode(ShopProfile shop, AdvisorProfile advisor, SurveyLink link, String url) {
    }

    @Transactional
    public ShopCode of(String shopId, String advisorId, URI requestBase) {
        ShopProfile shop = visible(shopId);
        AdvisorProfile advisor = advisorId == null || advisorId.isBlank() ? null : advisorOf(shop, advisorId)
                .orElseThrow(() -> ApiException.invalid("advisor", "is not an advisor of this shop"));
        SurveyLink link = links.current(shop, advisor == null ? null : advisor.id());
        return new ShopCode(shop, advisor, link, url(link, requestBase));
    }

    @Transactional
    public ShopCode rotate(String shopId, URI requestBase) {
        ShopProfile shop = visible(shopId);
        SurveyLink link = links.rotate(shop);
        return new ShopCode(shop, null, link, url(link, requestBase));
    }

    /** The shop for dashboards and codes, with the owner module's visibility rules. */
    @Transactional
    public ShopProfile visible(String shopId) {
        if (!catalogs.isResolvable()) {
            throw new NotFound("shop");
        }
        return catalogs.get().visibleShop(shopId).orElseThrow(() -> new NotFound("shop"));
    }

    private Optional<AdvisorProfile> advisorOf(ShopProfile shop, String advisorId) {
        return catalogs.get().advisorsOfTenant(shop.tenantId(), shop.id()).stream()
                .filter(a -> a.id().equals(advisorId)).findFirst();
    }

    private String url(SurveyLink link, URI requestBase) {
        return settings.publicBaseUrl(requestBase) + "/s/" + link.token();
    }
}
