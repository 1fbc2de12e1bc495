package org.dealerplatform.core.shops;

import java.util.Locale;

/** A shop as other modules see it: identity, where it is, what it sells, whether it is open. */
public record ShopProfile(String id, String tenantId, String code, String name, String brandCode,
                          String brandNameZh, String brandNameEn, String provinceCode, String city, boolean active) {

    public String brandName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? brandNameEn : brandNameZh;
    }
}
