package org.dealerplatform.core.security;

import java.util.Set;

/** The platform's three realm roles, as Keycloak puts them into the {@code groups} claim. */
public final class Roles {
    public static final String ASSOCIATION_ADMIN = "association-admin";
    public static final String GROUP_ADMIN = "group-admin";
    public static final String SHOP_MANAGER = "shop-manager";

    public static final Set<String> ALL = Set.of(ASSOCIATION_ADMIN, GROUP_ADMIN, SHOP_MANAGER);

    private Roles() {
    }
}
