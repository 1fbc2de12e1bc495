package org.dealerplatform.tenant.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.tenant.dealergroup.DealerGroup;

/**
 * Creates a dealer group's Keycloak group and its first group admin. Idempotent by design: each
 * step finds what an earlier, interrupted attempt left behind and reuses it, so retrying never
 * makes a second user. The tenant row is written only after this succeeds, so a Keycloak failure
 * leaves no half-made tenant on our side; what it may leave in Keycloak is exactly what the retry
 * picks up.
 */
@ApplicationScoped
public class TenantProvisioning {

    private static final Logger LOG = Logger.getLogger(TenantProvisioning.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    @Inject
    ProvisionerAccount account;

    public InitialAdmin provision(String tenantCode, String groupName, String contactEmail) {
        KeycloakAdminClient keycloak = account.client();
        String token = keycloak.token();
        String groupId = ensureGroup(keycloak, token, tenantCode, groupName);
        String username = DealerGroup.firstAdminUsername(tenantCode);
        String password = temporaryPassword();
        String userId = ensureUser(keycloak, token, tenantCode, username, contactEmail, password);
        expect(keycloak.put(token, "/users/" + userId + "/groups/" + groupId, null), "add the admin to the group", 204);
        grantGroupAdmin(keycloak, token, userId);
        LOG.info(() -> "provisioned dealer group " + tenantCode + " in Keycloak with first admin " + username);
        return new InitialAdmin(username, password);
    }

    private String ensureGroup(KeycloakAdminClient keycloak, String token, String code, String name) {
        Optional<JsonObject> existing = findGroup(keycloak, token, code);
        if (existing.isPresent()) {
            // reuse only what an earlier attempt for this very tenant left behind
            JsonObject attributes = existing.get().getJsonObject("attributes");
            String owner = attributes != null && attributes.containsKey("tenant")
                    ? attributes.getJsonArray("tenant").getString(0) : "";
            if (!code.equals(owner)) {
                throw Conflict.duplicate("code", "a Keycloak group named " + code + " exists and belongs to someone else");
            }
            return existing.get().getString("id");
        }
        JsonObject group = Json.createObjectBuilder().add("name", code)
                .add("attributes", Json.createObjectBuilder()
                        .add("tenant", Json.createArrayBuilder().add(code))
                        .add("displayName", Json.createArrayBuilder().add(name)))
                .build();
        var created = keycloak.post(token, "/groups", group);
        if (created.status() != 201 && created.status() != 409) {
            throw failed("create the group", created.status());
        }
        return findGroup(keycloak, token, code).orElseThrow(() -> failed("find the new group", 404)).getString("id");
    }

    private Optional<JsonObject> findGroup(KeycloakAdminClient keycloak, String token, String code) {
        var found = expect(keycloak.get(token, "/groups?exact=true&briefRepresentation=false&search="
                + KeycloakAdminClient.enc(code)), "look up the group", 200);
        return found.array().getValuesAs(JsonObject.class).stream()
                .filter(g -> code.equals(g.getString("name", ""))).findFirst();
    }

    private String ensureUser(KeycloakAdminClient keycloak, String token, String tenant, String username, String email,
                              String password) {
        Optional<JsonObject> existing = findUser(keycloak, token, username);
        if (existing.isEmpty()) {
            JsonObject user = Json.createObjectBuilder()
                    .add("username", username).add("email", email).add("enabled", true).add("emailVerified", false)
                    .add("attributes", Json.createObjectBuilder().add("tenant", Json.createArrayBuilder().add(tenant)))
                    .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"))
                    .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("type", "password").add("value", password).add("temporary", true)))
                    .build();
            var created = keycloak.post(token, "/users", user);
            if (created.status() == 409) {
                existing = findUser(keycloak, token, username);
                if (existing.isEmpty()) {
                    throw Conflict.duplicate("contactEmail", "this contact email already belongs to another user");
                }
            } else if (created.status() != 201) {
                throw failed("create the first admin", created.status());
            } else {
                return findUser(keycloak, token, username).orElseThrow(() -> failed("find the new admin", 404)).getString("id");
            }
        }
        JsonObject user = existing.get();
        String owner = user.containsKey("attributes") && user.getJsonObject("attributes").containsKey("tenant")
                ? user.getJsonObject("attributes").getJsonArray("tenant").getString(0) : "";
        if (!tenant.equals(owner)) {
            throw Conflict.duplicate("code", "the username " + username + " is taken in Keycloak by someone else");
        }
        // Left by an attempt whose password nobody ever saw: give it a fresh one-time password.
        expect(keycloak.put(token, "/users/" + user.getString("id") + "/reset-password", Json.createObjectBuilder()
                .add("type", "password").add("value", password).add("temporary", true).build()), "reset the password", 204);
        return user.getString("id");
    }

    private Optional<JsonObject> findUser(KeycloakAdminClient keycloak, String token, String username) {
        var found = expect(keycloak.get(token, "/users?exact=true&briefRepresentation=false&username="
                + KeycloakAdminClient.enc(username)), "look up the admin", 200);
        return found.array().getValuesAs(JsonObject.class).stream()
                .filter(u -> username.equalsIgnoreCase(u.getString("username", ""))).findFirst();
    }

    private void grantGroupAdmin(KeycloakAdminClient keycloak, String token, String userId) {
        JsonObject role = expect(keycloak.get(token, "/roles/" + Roles.GROUP_ADMIN), "read the group-admin role", 200).object();
        expect(keycloak.post(token, "/users/" + userId + "/role-mappings/realm", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("id", role.getString("id")).add("name", role.getString("name")))
                .build()), "grant the group-admin role", 204);
    }

    private static KeycloakAdminClient.Answer expect(KeycloakAdminClient.Answer answer, String step, int status) {
        if (answer.status() != status) {
            throw failed(step, answer.status());
        }
        return answer;
    }

    private static IdentityUnavailableException failed(String step, int status) {
        return new IdentityUnavailableException("Keycloak could not " + step + " (HTTP " + status + ")", null);
    }

    static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
