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
 * means the object is already there. Then, once, a season of survey samples (six months, a few
 * thousand, some flagged by screening) goes straight into the database and the rollups are rebuilt
 * through the API, so every dashboard has something to show on the first run.
 */
public final class DemoData {

    private static final String REALM = "dealer-platform";
    private static final String CLIENT = "platform-cli";

    private static final int SAMPLES_PER_SHOP_MONTH = 110;

    private final String platformUrl;
    private final String keycloakUrl;
    private final EmbeddedDatabase database;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, int[]> counts = new HashMap<>();

    public DemoData(String platformUrl, String keycloakUrl, EmbeddedDatabase database) {
        this.platformUrl = platformUrl;
        this.keycloakUrl = keycloakUrl;
        this.database = database;
    }

    /** Creates what is missing and returns a one-line summary. */
    public String load() {
        String association = token(DemoCatalog.ASSOCIATION_LOGIN);
        for (Group group : DemoCatalog.GROUPS) {
            JsonArrayBuilder modules = Json.createArrayBuilder().add("tenants").add("surveys");
            create("tenants", association, "/api/v1/tenants", Json.createObjectBuilder()
                    .add("code", group.code()).add("name", group.name())
                    .add("contactEmail", group.contactEmail()).add("modules", modules).build());
        }
        enableModules(association);
        int shopIndex = 0;
        List<SampleLoader.ShopTarget> targets = new java.util.ArrayList<>();
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
                // asking for the QR code creates the shop's survey link
                get(admin, "/api/v1/shops/" + shopId + "/qr.svg");
                targets.add(new SampleLoader.ShopTarget(group.code(), shopId, shop.name(), shop.brand(),
                        shop.province(), null, ids(get(admin, "/api/v1/shops/" + shopId + "/advisors?size=200")),
                        6.6 + 0.55 * (shopIndex % 5)));
            }
        }
        return "Demo data: " + summary("tenants") + ", " + summary("shops") + ", " + summary("advisors") + ", "
                + samples(association, targets);
    }

    /** Groups created by an earlier version of the demo get the survey module switched on. */
    private void enableModules(String association) {
        for (JsonValue tenant : Json.createReader(new StringReader(get(association, "/api/v1/tenants?size=200")))
                .readObject().getJsonArray("items")) {
            String id = tenant.asJsonObject().getString("id");
            send(request("/api/v1/tenants/" + id, association).header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"modules\":[\"tenants\",\"surveys\"]}"))
                    .build());
        }
    }

    private String samples(String association, List<SampleLoader.ShopTarget> shops) {
        try (SampleLoader loader = new SampleLoader(database.jdbcUrl(), database.user(), database.password(), 2026,
                true)) {
            long existing = loader.count("select count(*) from survey_response");
            if (existing > 0) {
                return "survey samples " + existing + " existing";
            }
            List<SampleLoader.ShopTarget> withLinks = shops.stream().map(s -> new SampleLoader.ShopTarget(s.tenantId(),
                    s.shopId(), s.shopName(), s.brandCode(), s.provinceCode(), linkOf(loader, s.shopId()),
                    s.advisorIds(), s.quality())).toList();
            java.time.YearMonth now = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"));
            long written = loader.load(withLinks, now.minusMonths(5), now, SAMPLES_PER_SHOP_MONTH);
            send(request("/api/v1/scores/rollups/rebuild", association)
                    .POST(HttpRequest.BodyPublishers.noBody()).build());
            return "survey samples " + written + " created";
        }
    }

    private static String linkOf(SampleLoader loader, String shopId) {
        return loader.text("select token from survey_link where shop_id = ? and current_for is not null", shopId);
    }

    private String get(String token, String path) {
        HttpResponse<String> response = send(request(path, token).GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static List<String> ids(String page) {
        try (JsonReader reader = Json.createReader(new StringReader(page))) {
            return reader.readObject().getJsonArray("items").stream().map(v -> text(v.asJsonObject().get("id")))
                    .toList();
        }
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
