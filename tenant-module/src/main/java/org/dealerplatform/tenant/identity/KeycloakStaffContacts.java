package org.dealerplatform.tenant.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.dealerplatform.core.directory.StaffContact;
import org.dealerplatform.core.directory.StaffContacts;
import org.dealerplatform.core.directory.StaffContactsUnavailable;
import org.dealerplatform.core.security.Roles;

/**
 * Staff addresses straight from Keycloak (the platform keeps none): the members of a realm role,
 * paged through the admin API with the provisioner's service account ({@code view-realm} to see
 * the role, {@code query-users} and {@code view-users} to list its members), then filtered by the
 * {@code tenant} and {@code shop} attributes. A role's members are kept for a minute, so a month's
 * run over many shops asks once per role, not once per shop. After a failure, callers are told
 * "unavailable" for a few seconds without another attempt, so a run over many shops does not wait
 * for Keycloak's timeout shop after shop.
 */
@ApplicationScoped
public class KeycloakStaffContacts implements StaffContacts {

    static final Duration FRESH = Duration.ofMinutes(1);
    static final Duration QUIET_AFTER_FAILURE = Duration.ofSeconds(10);
    static final int PAGE = 100;

    @Inject
    ProvisionerAccount account;

    private record Snapshot(Instant at, List<RoleMember> members) {
    }

    private final Map<String, Snapshot> byRole = new ConcurrentHashMap<>();
    private volatile Instant failedAt;

    @Override
    public List<StaffContact> shopManagers(String tenantId, String shopCode) {
        return contacts(Roles.SHOP_MANAGER, m -> tenantId.equals(m.tenant()) && shopCode.equals(m.shop()));
    }

    @Override
    public List<StaffContact> groupAdmins(String tenantId) {
        return contacts(Roles.GROUP_ADMIN, m -> tenantId.equals(m.tenant()));
    }

    @Override
    public List<StaffContact> associationAdmins() {
        return contacts(Roles.ASSOCIATION_ADMIN, m -> true);
    }

    private List<StaffContact> contacts(String role, Predicate<RoleMember> whose) {
        return members(role).stream().filter(whose).map(RoleMember::contact).flatMap(Optional::stream).toList();
    }

    private List<RoleMember> members(String role) {
        Instant now = Instant.now();
        Snapshot known = byRole.get(role);
        if (known != null && known.at().plus(FRESH).isAfter(now)) {
            return known.members();
        }
        Instant failed = failedAt;
        if (failed != null && failed.plus(QUIET_AFTER_FAILURE).isAfter(now)) {
            throw new StaffContactsUnavailable("Keycloak failed a moment ago; asking again shortly", null);
        }
        try {
            List<RoleMember> read = read(role);
            byRole.put(role, new Snapshot(now, read));
            failedAt = null;
            return read;
        } catch (IdentityUnavailableException e) {
            failedAt = now;
            throw new StaffContactsUnavailable("cannot list the users with role " + role + ": " + e.getMessage(), e);
        }
    }

    private List<RoleMember> read(String role) {
        KeycloakAdminClient keycloak = account.client();
        String token = keycloak.token();
        List<RoleMember> members = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            KeycloakAdminClient.Answer page = keycloak.get(token, "/roles/" + KeycloakAdminClient.enc(role)
                    + "/users?briefRepresentation=false&first=" + first + "&max=" + PAGE);
            if (page.status() != 200) {
                throw new IdentityUnavailableException("Keycloak could not list the role's users (HTTP "
                        + page.status() + ")", null);
            }
            JsonArray users = page.array();
            users.getValuesAs(JsonObject.class).forEach(u -> members.add(RoleMember.of(u)));
            if (users.size() < PAGE) {
                return List.copyOf(members);
            }
        }
    }
}
