package org.dealerplatform.core.standings;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Published by the competition module; absent when it is not installed. Cross-tenant by design:
 * it answers for any shop, and the caller decides who may read the answer (the monthly report goes
 * to the shop itself). Must run inside a transaction; it joins the caller's.
 */
public interface StandingReader {

    /**
     * The standings of the named shops that are ranked in a season running in {@code month} (its
     * collection months include it and its standings are not yet final). Shops not entered, not
     * ranked, or with no such season are left out. Several shops at once because a season's
     * standings are computed as a whole: a monthly run asks once for all its shops.
     */
    Map<String, ShopStanding> standingsOf(Collection<String> shopIds, YearMonth month);

    default Optional<ShopStanding> standingOf(String shopId, YearMonth month) {
        return Optional.ofNullable(standingsOf(List.of(shopId), month).get(shopId));
    }
}
