package org.dealerplatform.core.shops;

import java.util.List;
import java.util.Optional;

/**
 * Published by the module that owns shops. Two kinds of lookup:
 * <ul>
 * <li>{@code visible...}: for the signed-in caller, with the owner's rules (own tenant only, a shop
 * manager only their shop); anything else is empty, exactly like a missing shop;</li>
 * <li>{@code ...OfTenant}: for work that established the tenant itself (a survey token, an
 * association decision); the caller is not consulted.</li>
 * </ul>
 * All methods must run inside a transaction; they use {@code TenantTransaction}.
 */
public interface ShopCatalog {

    Optional<ShopProfile> visibleShop(String shopId);

    /** Every shop of the caller's dealer group (a shop manager: just theirs), by code. */
    List<ShopProfile> visibleShops();

    Optional<ShopProfile> shopOfTenant(String tenantId, String shopId);

    /** The shop's advisors, active and former, by name. */
    List<AdvisorProfile> advisorsOfTenant(String tenantId, String shopId);

    /** One advisor of this tenant's shop; empty when the advisor is unknown or works in another shop. */
    Optional<AdvisorProfile> advisorOfTenant(String tenantId, String shopId, String advisorId);

    /** Display names of the reference lists the owner keeps; the code itself when unknown. */
    String brandName(String brandCode, java.util.Locale locale);

    String provinceName(String provinceCode, java.util.Locale locale);
}
