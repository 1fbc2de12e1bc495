package org.dealerplatform.deployment.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dealerplatform.devstack.OidcTokens;

/** Test fixtures in the real Keycloak: tokens for users, and users made for a test. */
public final class Keycloak {

    public static final String REALM = "dealer-platform";
    private static final Map<String, String> PASSWORDS = new ConcurrentHashMap<>(Map.of(
            "assoc", "assoc", "group-a", "group-a", "group-b", "group-b", "shop-a1", "shop-a1",
            "judge1", "judge1", "judge2", "judge2", "judge3", "judge3"));

    private Keycloak() {
    }

    public static String url() {
        return PlatformStack.keycloak().url();
    }

    /** A fresh access token for a user of the realm (password grant through platform-cli). */
    public static String token(String username) {
        String password = PASSWORDS.get(username);
        if (password == null) {
            throw new IllegalArgumentException("unknown test user " + username);
        }
        return OidcTokens.passwordGrant(url(), REALM, "platform-cli", username, password);
    }

    public static String token(String realm, String clientId, String username, String password) {
        return OidcTokens.passwordGrant(url(), realm, clientId, username, password);
    }

    private static Http admin() {
        return Http.anonymous(url() + "/admin/realms/").as(PlatformStack.keycloak().adminToken());
    }

    /**
     * A user with the given realm role and optional tenant/shop attributes; idempotent. Its
     * password equals its username, and it can then get tokens through {@link #token(String)}.
     */
    public static void ensureUser(String username, String role, String tenant, String shop) {
        Http admin = admin();
        JsonObjectBuilder attributes = Json.createObjectBuilder();
        if (tenant != null) {
            attributes.add("tenant", Json.createArrayBuilder().add(tenant));
        }
        if (shop != null) {
            attributes.add("shop", Json.createArrayBuilder().add(shop));
        }
        JsonObject user = Json.createObjectBuilder().add("username", username).add("enabled", true)
                .add("email", username + "@test.example.com").add("emailVerified", true)
                .add("firstName", "Test").add("lastName", username)
                .add("attributes", attributes)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", username).add("temporary", false)))
                .build();
        int status = admin.post(REALM + "/users", user).status();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("cannot create test user " + username + ": " + status);
        }
        String id = users(username).getJsonObject(0).getString("id");
        if (role != null) {
            JsonObject roleJson = admin.get(REALM + "/roles/" + role).json();
            admin.post(REALM + "/users/" + id + "/role-mappings/realm", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("id", roleJson.getString("id")).add("name", role)).build());
        }
        PASSWORDS.put(username, username);
    }

    public static JsonArray users(String username) {
        return Json.createReader(new java.io.StringReader(
                admin().get(REALM + "/users?exact=true&briefRepresentation=false&username=" + username).body())).readArray();
    }

    public static JsonArray groups(String name) {
        return Json.createReader(new java.io.StringReader(
                admin().get(REALM + "/groups?exact=true&search=" + name).body())).readArray();
    }

    /** A client for test-only token shapes, e.g. one whose tokens expire within seconds. */
    public static void ensureClient(JsonObject client) {
        int status = admin().post(REALM + "/clients", client).status();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("cannot create client: " + status);
        }
    }

    public static List<String> usernames(JsonArray users) {
        return users.getValuesAs(JsonObject.class).stream().map(u -> u.getString("username")).toList();
    }
}
