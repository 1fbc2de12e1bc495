package org.dealerplatform.core.audit;

import java.util.Optional;
import java.util.Set;
import org.dealerplatform.core.security.Caller;
import org.dealerplatform.core.security.Roles;

/**
 * Who an audit entry names: the user, the one role that best says in what capacity they acted,
 * and their dealer group (none for the association). Without a verified caller it is
 * {@code anonymous} inside a request (a public page) and {@code system} outside one (start-up, jobs).
 */
public record Actor(String username, String role, String tenantId) {

    public static final Actor SYSTEM = new Actor("system", null, null);
    public static final Actor ANONYMOUS = new Actor("anonymous", null, null);

    public static Actor of(Caller caller) {
        String name = caller.username() == null || caller.username().isBlank() ? caller.subject() : caller.username();
        return new Actor(name == null ? "unknown" : name, mostSignificantRole(caller.roles()).orElse(null),
                caller.tenantId());
    }

    /**
     * association-admin, then group-admin, then shop-manager; of other (module-declared) roles the
     * first by name, so the choice never depends on the order of the token's claim.
     */
    public static Optional<String> mostSignificantRole(Set<String> roles) {
        for (String role : new String[] {Roles.ASSOCIATION_ADMIN, Roles.GROUP_ADMIN, Roles.SHOP_MANAGER}) {
            if (roles.contains(role)) {
                return Optional.of(role);
            }
        }
        return roles.stream().filter(r -> r != null && !r.isBlank()).sorted().findFirst();
    }
}
