package org.dealerplatform.tenant.identity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Thin HTTP access to one realm's admin REST API with a client-credentials token. Kept separate
 * from the provisioning steps so those read as the domain sequence they are.
 */
final class KeycloakAdminClient {

    record Answer(int status, String body, Optional<String> location) {
        JsonArray array() {
            if (parse(body) instanceof JsonArray array) {
                return array;
            }
            throw new IdentityUnavailableException("Keycloak answered an unexpected document", null);
        }

        JsonObject object() {
            if (parse(body) instanceof JsonObject object) {
                return object;
            }
            throw new IdentityUnavailableException("Keycloak answered an unexpected document", null);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String realm;
    private final String clientId;
    private final String secret;

    KeycloakAdminClient(String base, String realm, String clientId, String secret) {
        this.base = base;
        this.realm = realm;
        this.clientId = clientId;
        this.secret = secret;
    }

    String token() {
        String form = "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(secret);
        Answer answer = send(HttpRequest.newBuilder(URI.create(base + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (answer.status() != 200) {
            throw new IdentityUnavailableException("Keycloak refused the provisioning client (" + answer.status() + ")", null);
        }
        return answer.object().getString("access_token");
    }

    Answer get(String token, String path) {
        return send(admin(token, path).GET());
    }

    Answer post(String token, String path, JsonStructure body) {
        return send(admin(token, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    Answer put(String token, String path, JsonStructure body) {
        return send(admin(token, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body == null ? "" : body.toString())));
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder admin(String token, String path) {
        return HttpRequest.newBuilder(URI.create(base + "/admin/realms/" + realm + path))
                .header("Authorization", "Bearer " + token);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Location"));
        } catch (IOException e) {
            throw new IdentityUnavailableException("Keycloak is unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityUnavailableException("interrupted while calling Keycloak", e);
        }
    }

    private static JsonStructure parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        } catch (jakarta.json.JsonException e) {
            throw new IdentityUnavailableException("Keycloak answered something that is not JSON", e);
        }
    }
}
