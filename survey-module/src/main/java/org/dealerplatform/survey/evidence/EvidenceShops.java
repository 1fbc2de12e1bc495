package org.dealerplatform.survey.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import org.dealerplatform.core.directory.ShopDirectory;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.shops.ShopCatalog;
import org.dealerplatform.core.shops.ShopProfile;

/**
 * The shop whose evidence or networks are asked for, with who may ask: the association any shop
 * (through the cross-tenant {@link ShopDirectory}), a group admin only the group's own shops
 * (through {@link ShopCatalog}'s visible lookup); anything else is 404, like a missing shop.
 */
@ApplicationScoped
public class EvidenceShops {

    @Inject
    Instance<ShopCatalog> catalogs;

    @Inject
    Instance<ShopDirectory> directories;

    @Inject
    CallerContext callers;

    @jakarta.transaction.Transactional
    public ShopProfile shop(String shopId) {
        if (shopId == null || shopId.length() > 36) {
            throw new NotFound("shop");
        }
        if (callers.required().isAssociationAdmin()) {
            if (!directories.isResolvable()) {
                throw new NotFound("shop");
            }
            return directories.get().shops(List.of(shopId)).stream().findFirst()
                    .orElseThrow(() -> new NotFound("shop"));
        }
        if (!catalogs.isResolvable()) {
            throw new NotFound("shop");
        }
        return catalogs.get().visibleShop(shopId).orElseThrow(() -> new NotFound("shop"));
    }
}
