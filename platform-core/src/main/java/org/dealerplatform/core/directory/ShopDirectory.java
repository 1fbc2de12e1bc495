package org.dealerplatform.core.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.dealerplatform.core.shops.AdvisorProfile;
import org.dealerplatform.core.shops.ShopProfile;

/**
 * Published by the module that owns shops (the tenant module). Cross-tenant by design: use it for
 * association views and for resolving ids a module stored itself; a group admin's own view must
 * keep going through {@link org.dealerplatform.core.shops.ShopCatalog}'s visible lookups.
 * Must run inside a transaction.
 */
public interface ShopDirectory {

    /** Every shop of every dealer group, active or not. */
    List<ShopProfile> allShops();

    /** The named shops that exist (unknown ids are left out). */
    List<ShopProfile> shops(Collection<String> shopIds);

    /** The advisors (active and former) of the named shops. */
    List<AdvisorProfile> advisorsOfShops(Collection<String> shopIds);

    /** The named advisors that exist. */
    List<AdvisorProfile> advisors(Collection<String> advisorIds);

    /** Dealer group names by tenant id. */
    Map<String, String> groupNames();
}
