package org.dealerplatform.devstack;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dealerplatform.devstack.DemoCatalog.Advisor;
import org.dealerplatform.devstack.DemoCatalog.Group;
import org.dealerplatform.devstack.DemoCatalog.Shop;

/**
 * Loads the demo dealer groups, shops and advisors through the public API, as the demo users
 * themselves would, so the demo also exercises the API's rules. Safe to run on every start: 409
 * means the object is already there.
 */
public final class DemoData {

    private static final String REALM = "dealer-platform";
    private static final String CLIENT = "platform-cli";

    private final String platformUrl;
    private final String keycloakUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, int[]> counts = new HashMap<>();

    public DemoData(String platformUrl, String keycloakUrl) {
        this.platformUrl = platformUrl;
        this.keycloakUrl = keycloakUrl;
    }

    /** Creates what is missing and returns a one-line summary. */
    public String load() {
        String association = token(DemoCatalog.ASSOCIATION_LOGIN);
        for (Group group : DemoCatalog.GROUPS) {
            JsonArrayBuilder modules = Json.createArrayBuilder().add("tenants");
            create("tenants", association, "/api/v1/tenants", Json.createObjectBuilder()
                    .add("code", group.code()).add("name", group.name())
                    .add("contactEmail", group.contactEmail()).add("modules", modules).build());
        }
        int shopIndex = 0;
        for (Group group : DemoCatalog.GROUPS) {
            String admin = token(group.adminLogin());
            for (Shop shop : group.shops()) {
                create("shops", admin, "/api/v1/shops", Json.createObjectBuilder()
                        .add("code", shop.code()).add("name", shop.name()).add("brand", shop.brand())
                        .add("province", shop.province()).add("city", shop.city())
                        .add("address", shop.address()).build());
            }
            Map<String, String> shopIds = shopIdsByCode(admin);
            for (Shop shop : group.shops()) {
                String shopId = shopIds.get(shop.code());
                if (shopId == null) {
                    throw new IllegalStateException("shop " + shop.code() + " missing from GET /api/v1/shops");
                }
                for (Advisor advisor : DemoCatalog.advisorsOf(shopIndex++)) {
                    create("advisors", admin, "/api/v1/shops/" + shopId + "/advisors", Json.createObjectBuilder()
                            .add("name", advisor.name()).add("employeeNo", advisor.employeeNo()).build());
                }
            }
        }
        return "Demo data: " + summary("tenants") + ", " + summary("shops") + ", " + summary("advisors");
    }

    private String token(String login) {
        return OidcTokens.passwordGrant(keycloakUrl, REALM, CLIENT, login, login);
    }

    private void create(String kind, String token, String path, JsonObject body) {
        HttpResponse<String> response = send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build());
        int[] createdExisting = counts.computeIfAbsent(kind, k -> new int[2]);
        if (response.statusCode() == 201 || response.statusCode() == 200) {
            createdExisting[0]++;
        } else if (response.statusCode() == 409) {
            createdExisting[1]++;
        } else {
            throw new IllegalStateException("POST " + path + " " + body + " answered "
                    + response.statusCode() + ": " + response.body());
        }
    }

    private Map<String, String> shopIdsByCode(String token) {
        HttpResponse<String> response = send(request("/api/v1/shops?size=200", token).GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/v1/shops answered " + response.statusCode() + ": " + response.body());
        }
        Map<String, String> ids = new HashMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            List<JsonValue> items = reader.readObject().getJsonArray("items");
            items.stream().map(JsonValue::asJsonObject)
                    .forEach(item -> ids.put(item.getString("code"), text(item.get("id"))));
        }
        return ids;
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : String.valueOf(value);
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(platformUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling " + request.uri(), e);
        }
    }

    private String summary(String kind) {
        int[] createdExisting = counts.getOrDefault(kind, new int[2]);
        return kind + " " + createdExisting[0] + " created/" + createdExisting[1] + " existing";
    }
}
