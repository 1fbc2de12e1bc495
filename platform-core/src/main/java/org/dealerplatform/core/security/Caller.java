package org.dealerplatform.core.security;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * A verified caller. {@code tenantId} is the dealer group's code from the token's {@code tenant}
 * claim; {@code shopCode} the {@code shop} claim of a shop manager. Both are null for the
 * association, which belongs to no tenant. Serializable: a console login travels in the HTTP
 * session, which the data grid keeps for every node.
 */
public record Caller(String subject, String username, Set<String> roles, String tenantId, String shopCode)
        implements Serializable {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isAssociationAdmin() {
        return hasRole(Roles.ASSOCIATION_ADMIN);
    }

    public Optional<String> tenant() {
        return Optional.ofNullable(tenantId);
    }

    /**
     * A tenant role without a tenant claim (or a shop manager without a shop) must never reach
     * tenant data: such a token is refused rather than guessed at.
     */
    public Optional<String> inconsistency() {
        boolean tenantRole = hasRole(Roles.GROUP_ADMIN) || hasRole(Roles.SHOP_MANAGER);
        if (tenantRole && (tenantId == null || tenantId.isBlank())) {
            return Optional.of("token has a dealer-group role but no tenant claim");
        }
        if (hasRole(Roles.SHOP_MANAGER) && !hasRole(Roles.GROUP_ADMIN) && (shopCode == null || shopCode.isBlank())) {
            return Optional.of("token has the shop-manager role but no shop claim");
        }
        return Optional.empty();
    }

    /** A shop manager who is not also a group admin sees only the shop named in the token. */
    public boolean isLimitedToOwnShop() {
        return hasRole(Roles.SHOP_MANAGER) && !hasRole(Roles.GROUP_ADMIN);
    }
}
