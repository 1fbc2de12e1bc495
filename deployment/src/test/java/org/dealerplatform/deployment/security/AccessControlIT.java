package org.dealerplatform.deployment.security;

import org.dealerplatform.deployment.support.SharedPlatform;
import org.dealerplatform.deployment.support.PlatformWar;
import org.dealerplatform.deployment.support.PlatformUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.dealerplatform.deployment.support.DemoTenants;
import org.dealerplatform.deployment.support.Deployments;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may call what: the role matrix, forged tokens, suspended tenants and disabled modules. */
@ExtendWith(SharedPlatform.class)
class AccessControlIT {

    static final String ASSOC = "assoc";
    static final String GROUP = "group-a";
    static final String SHOP = "shop-a1";
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @PlatformWar
    static WebArchive platform() {
        return Deployments.platform();
    }

    @PlatformUrl
    URL deployed;

    Http api;
    String shopId;
    String advisorId;
    String tenantId;

    record Endpoint(String method, String path, Supplier<JsonValue> body, Set<String> allowed) {
    }

    @BeforeEach
    void fixtures() {
        api = Http.anonymous(Deployments.base(deployed));
        DemoTenants.ensure(api);
        Http groupA = api.as(Keycloak.token(GROUP));
        shopId = DemoTenants.ensureShop(groupA, "A1", "上海浦东丰田4S店");
        Http.Answer advisor = groupA.post("/api/v1/shops/" + shopId + "/advisors",
                Json.createObjectBuilder().add("name", "王顾问").add("employeeNo", "ROLE-1").build());
        advisorId = advisor.status() == 201 ? advisor.json().getString("id")
                : groupA.get("/api/v1/shops/" + shopId + "/advisors?size=200").items().getValuesAs(JsonObject.class)
                        .stream().filter(a -> a.getString("employeeNo").equals("ROLE-1")).findFirst().orElseThrow().getString("id");
        tenantId = api.as(Keycloak.token(ASSOC)).get("/api/v1/tenants?size=200").items().getValuesAs(JsonObject.class)
                .stream().filter(t -> t.getString("code").equals("demo-group-a")).findFirst().orElseThrow().getString("id");
    }

    List<Endpoint> endpoints() {
        String shop = "/api/v1/shops/" + shopId;
        return List.of(
                new Endpoint("GET", "/api/v1/modules", null, Set.of(ASSOC, GROUP, SHOP)),
                new Endpoint("GET", "/api/v1/audit", null, Set.of(ASSOC)),
                new Endpoint("GET", "/api/v1/reference/brands", null, Set.of(ASSOC, GROUP, SHOP)),
                new Endpoint("GET", "/api/v1/reference/provinces", null, Set.of(ASSOC, GROUP, SHOP)),
                new Endpoint("POST", "/api/v1/tenants", () -> Json.createObjectBuilder()
                        .add("code", "role-matrix-" + SEQUENCE.incrementAndGet()).add("name", "角色测试")
                        .add("contactEmail", "role" + SEQUENCE.get() + "@matrix.example.com").build(), Set.of(ASSOC)),
                new Endpoint("GET", "/api/v1/tenants", null, Set.of(ASSOC)),
                new Endpoint("GET", "/api/v1/tenants/" + tenantId, null, Set.of(ASSOC)),
                new Endpoint("PATCH", "/api/v1/tenants/" + tenantId,
                        () -> Json.createObjectBuilder().add("name", "华东汽车服务集团").build(), Set.of(ASSOC)),
                new Endpoint("POST", "/api/v1/shops", () -> Json.createObjectBuilder()
                        .add("code", "R" + SEQUENCE.incrementAndGet()).add("name", "角色测试店").add("brand", "BYD")
                        .add("province", "44").add("city", "深圳").add("address", "南山区科技园").build(), Set.of(GROUP)),
                new Endpoint("GET", "/api/v1/shops", null, Set.of(GROUP, SHOP)),
                new Endpoint("GET", shop, null, Set.of(GROUP, SHOP)),
                new Endpoint("PATCH", shop, () -> Json.createObjectBuilder().add("city", "上海").build(), Set.of(GROUP)),
                new Endpoint("POST", shop + "/advisors", () -> Json.createObjectBuilder().add("name", "李顾问")
                        .add("employeeNo", "R-" + SEQUENCE.incrementAndGet()).build(), Set.of(GROUP)),
                new Endpoint("GET", shop + "/advisors", null, Set.of(GROUP, SHOP)),
                new Endpoint("GET", shop + "/advisors/" + advisorId, null, Set.of(GROUP, SHOP)),
                new Endpoint("PATCH", shop + "/advisors/" + advisorId,
                        () -> Json.createObjectBuilder().add("name", "王顾问").build(), Set.of(GROUP)));
    }

    @Test
    void roleMatrix() {
        Map<String, String> tokens = Map.of(ASSOC, Keycloak.token(ASSOC), GROUP, Keycloak.token(GROUP), SHOP, Keycloak.token(SHOP));
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            JsonValue body = e.body() == null ? null : e.body().get();
            Http.Answer anonymous = api.send(e.method(), e.path(), body);
            if (anonymous.status() != 401 || !anonymous.header("WWW-Authenticate").isPresent()) {
                wrong.add("no token " + e.method() + " " + e.path() + " -> " + anonymous.status());
            }
            for (var user : tokens.entrySet()) {
                Http.Answer answer = api.as(user.getValue()).send(e.method(), e.path(), e.body() == null ? null : e.body().get());
                boolean allowed = e.allowed().contains(user.getKey());
                boolean ok = allowed ? answer.status() / 100 == 2 : answer.status() == 403;
                if (!ok) {
                    wrong.add(user.getKey() + " " + e.method() + " " + e.path() + " -> " + answer);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void forgedAndForeignTokensAre401() throws Exception {
        String real = Keycloak.token(GROUP);
        String[] parts = real.split("\\.");
        String path = "/api/v1/shops";
        assertEquals(200, api.as(real).get(path).status());

        String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        assertUnauthorized(api.as(none).get(path));

        JsonObject header = json(parts[0]);
        PrivateKey stranger = KeyPairGenerator.getInstance("RSA").genKeyPair().getPrivate();
        assertUnauthorized(api.as(sign(parts[0] + "." + parts[1], stranger)).get(path));

        JsonObject claims = json(parts[1]);
        String otherTenant = b64(Json.createObjectBuilder(claims).add("tenant", "demo-group-b").build().toString());
        assertUnauthorized(api.as(parts[0] + "." + otherTenant + "." + parts[2]).get(path));

        String masterToken = Keycloak.token("master", "admin-cli", "admin", "admin");
        assertUnauthorized(api.as(masterToken).get(path));

        String noAudience = Keycloak.token(Keycloak.REALM, "admin-cli", GROUP, GROUP);
        assertFalse(json(noAudience.split("\\.")[1]).toString().contains("\"dealer-platform\""));
        assertUnauthorized(api.as(noAudience).get(path));

        Keycloak.ensureClient(Json.createObjectBuilder().add("clientId", "short-lived-cli").add("publicClient", true)
                .add("directAccessGrantsEnabled", true).add("standardFlowEnabled", false)
                .add("attributes", Json.createObjectBuilder().add("access.token.lifespan", "2"))
                .add("protocolMappers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "aud").add("protocol", "openid-connect").add("protocolMapper", "oidc-audience-mapper")
                        .add("config", Json.createObjectBuilder().add("included.custom.audience", "dealer-platform")
                                .add("access.token.claim", "true"))))
                .build());
        String shortLived = Keycloak.token(Keycloak.REALM, "short-lived-cli", GROUP, GROUP);
        Thread.sleep(3500);
        assertUnauthorized(api.as(shortLived).get(path));

        assertUnauthorized(api.as("not-a-jwt").get(path));
        assertTrue(header.containsKey("kid"), "the forged tokens above reuse the realm's key id");
    }

    @Test
    void suspendedTenantIsRefusedEverywhereUntilReactivated() {
        Http assoc = api.as(Keycloak.token(ASSOC));
        DemoTenants.ensureTenant(assoc, "suspend-me", "暂停测试集团", "ops@suspend-me.example.com");
        Keycloak.ensureUser("suspend-admin", "group-admin", "suspend-me", null);
        Http admin = api.as(Keycloak.token("suspend-admin"));
        assertEquals(200, admin.get("/api/v1/shops").status());
        String id = assoc.get("/api/v1/tenants?size=200").items().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals("suspend-me")).findFirst().orElseThrow().getString("id");

        assoc.patch("/api/v1/tenants/" + id, Json.createObjectBuilder().add("status", "SUSPENDED").build());
        for (String path : List.of("/api/v1/shops", "/api/v1/modules", "/api/v1/reference/brands")) {
            Http.Answer refused = admin.get(path);
            assertEquals(403, refused.status(), path);
            assertTrue(refused.body().contains("suspended"), refused.body());
        }
        assertEquals(403, admin.post("/api/v1/shops", Json.createObjectBuilder().add("code", "S1").add("name", "x")
                .add("brand", "BYD").add("province", "44").add("city", "深圳").add("address", "x").build()).status());

        assoc.patch("/api/v1/tenants/" + id, Json.createObjectBuilder().add("status", "ACTIVE").build());
        assertEquals(200, admin.get("/api/v1/shops").status());
    }

    @Test
    void moduleNotEnabledForTenantIs403() {
        Http assoc = api.as(Keycloak.token(ASSOC));
        Http.Answer created = assoc.post("/api/v1/tenants", Json.createObjectBuilder().add("code", "no-modules")
                .add("name", "未开通集团").add("contactEmail", "ops@no-modules.example.com")
                .add("modules", Json.createArrayBuilder()).build());
        assertTrue(created.status() == 201 || created.status() == 409, created.body());
        Keycloak.ensureUser("no-modules-user", "group-admin", "no-modules", null);
        Http admin = api.as(Keycloak.token("no-modules-user"));
        Http.Answer shops = admin.get("/api/v1/shops");
        assertEquals(403, shops.status());
        assertTrue(shops.body().contains("not enabled"), shops.body());
        Http.Answer modules = admin.get("/api/v1/modules");
        assertEquals(200, modules.status());
        assertFalse(modules.items().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("id").equals("tenants")).findFirst().orElseThrow().getBoolean("enabled"));
    }

    @Test
    void tenantRoleWithoutKnownTenantIsRefused() {
        Keycloak.ensureUser("no-tenant-admin", "group-admin", null, null);
        assertEquals(403, api.as(Keycloak.token("no-tenant-admin")).get("/api/v1/shops").status());
        Keycloak.ensureUser("ghost-admin", "group-admin", "ghost-group", null);
        assertEquals(403, api.as(Keycloak.token("ghost-admin")).get("/api/v1/shops").status());
        Keycloak.ensureUser("shopless-manager", "shop-manager", "demo-group-a", null);
        assertEquals(403, api.as(Keycloak.token("shopless-manager")).get("/api/v1/shops").status());
    }

    static void assertUnauthorized(Http.Answer answer) {
        assertEquals(401, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"));
    }

    static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static JsonObject json(String part) {
        return Json.createReader(new java.io.StringReader(
                new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8))).readObject();
    }

    static String sign(String input, PrivateKey key) throws Exception {
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    }
}
