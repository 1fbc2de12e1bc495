package org.dealerplatform.reporting.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.dealerplatform.core.directory.ShopDirectory;
import org.dealerplatform.core.shops.ShopProfile;

/**
 * The shops of a {@link ExportScope.Reach}, for a background export that has no caller: the
 * directory's shops of the one group the job is limited to (the group admin's own, taken from the
 * token when the job was asked for), or every group's. The same shops, in the same order (group,
 * then code), as the request's export reads.
 */
@ApplicationScoped
public class ShopsInReach {

    @Inject
    Instance<ShopDirectory> directory;

    @Transactional
    public List<ShopProfile> of(ExportScope.Reach reach) {
        if (!directory.isResolvable()) {
            return List.of();
        }
        List<ShopProfile> all = directory.get().allShops();
        String group = reach.onlyGroup();
        return group == null ? all : all.stream().filter(shop -> group.equals(shop.tenantId())).toList();
    }
}
