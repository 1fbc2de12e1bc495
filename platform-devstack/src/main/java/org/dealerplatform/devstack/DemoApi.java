package org.dealerplatform.devstack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform's JSON API as the demo users call it: a token per login from the demo realm
 * (password grant, renewed before it expires), one HTTP/1.1 client, answers as status and body.
 */
final class DemoApi {

    private static final String CLIENT = "platform-cli";
    private static final Duration TOKEN_LIFE = Duration.ofMinutes(4);

    record Answer(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;    // 202: a report run accepted for the worker
        }

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    private record Token(String value, Instant expires) {
    }

    private final String platformUrl;
    private final String keycloakUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> tokens = new HashMap<>();
    private final Map<String, String> passwords = new HashMap<>();

    DemoApi(String platformUrl, String keycloakUrl) {
        this.platformUrl = platformUrl;
        this.keycloakUrl = keycloakUrl;
    }

    String platformUrl() {
        return platformUrl;
    }

    String keycloakUrl() {
        return keycloakUrl;
    }

    /** Demo logins have their name as password unless told otherwise. */
    void password(String login, String password) {
        passwords.put(login, password);
        tokens.remove(login);
    }

    String token(String login) {
        Token token = tokens.get(login);
        if (token == null || Instant.now().isAfter(token.expires())) {
            token = new Token(OidcTokens.passwordGrant(keycloakUrl, KeycloakServer.REALM, CLIENT, login,
                    passwords.getOrDefault(login, login)), Instant.now().plus(TOKEN_LIFE));
            tokens.put(login, token);
        }
        return token.value();
    }

    /** Whether the login can sign in with its demo password. */
    boolean canSignIn(String login) {
        try {
            token(login);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    Answer send(String method, String path, String login, JsonStructure body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platformUrl + path))
                .timeout(Duration.ofMinutes(5)).header("Accept", "application/json");
        if (login != null) {
            request.header("Authorization", "Bearer " + token(login));
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        return send(request.build());
    }

    /** A call that must succeed (any 2xx). */
    JsonObject call(String method, String path, String login, JsonStructure body) {
        Answer answer = send(method, path, login, body);
        if (!answer.ok()) {
            throw new IllegalStateException(method + " " + path + (body == null ? "" : " " + body) + " as " + login
                    + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.body().isBlank() ? JsonValue.EMPTY_JSON_OBJECT : answer.json();
    }

    JsonObject get(String login, String path) {
        return call("GET", path, login, null);
    }

    JsonObject post(String login, String path, JsonStructure body) {
        return call("POST", path, login, body);
    }

    /** GET of a non-JSON resource; returns the status. */
    int fetch(String login, String path) {
        return send("GET", path, login, null).status();
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling " + request.uri(), e);
        }
    }

    /**
     * Gives a user of the platform realm a permanent password through Keycloak's admin API (the
     * local server's bootstrap admin): for the admin onboarding created, whose one-time password
     * would otherwise need a browser sign-in first. False if the user does not exist.
     */
    boolean setPermanentPassword(String username, String password) {
        String admin = OidcTokens.passwordGrant(keycloakUrl, "master", "admin-cli", KeycloakServer.ADMIN_USER,
                KeycloakServer.ADMIN_PASSWORD);
        String users = keycloakUrl + "/admin/realms/" + KeycloakServer.REALM + "/users";
        Answer found = send(HttpRequest.newBuilder(URI.create(users + "?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + admin)
                .GET().build());
        if (found.status() != 200) {
            throw new IllegalStateException("Keycloak user lookup answered " + found.status() + ": " + found.body());
        }
        List<JsonValue> list;
        try (JsonReader reader = Json.createReader(new StringReader(found.body()))) {
            list = reader.readArray();
        }
        if (list.isEmpty()) {
            return false;
        }
        JsonObject user = list.get(0).asJsonObject();
        String id = ((JsonString) user.get("id")).getString();
        // the whole representation back, without the one-time password's required action
        JsonObject updated = Json.createObjectBuilder(user).add("requiredActions", Json.createArrayBuilder())
                .add("emailVerified", true).build();
        Answer reset = send(HttpRequest.newBuilder(URI.create(users + "/" + id + "/reset-password"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("type", "password")
                        .add("value", password).add("temporary", false).build().toString())).build());
        Answer actions = send(HttpRequest.newBuilder(URI.create(users + "/" + id))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(updated.toString(), StandardCharsets.UTF_8)).build());
        if (reset.status() != 204 || actions.status() != 204) {
            throw new IllegalStateException("Keycloak password reset for " + username + " answered " + reset.status()
                    + "/" + actions.status());
        }
        tokens.remove(username);
        return true;
    }

    static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : String.valueOf(value);
    }
}
