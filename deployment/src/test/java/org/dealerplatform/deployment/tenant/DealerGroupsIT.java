package org.dealerplatform.deployment.tenant;

import org.dealerplatform.deployment.support.SharedPlatform;
import org.dealerplatform.deployment.support.PlatformWar;
import org.dealerplatform.deployment.support.PlatformUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.dealerplatform.deployment.support.DemoTenants;
import org.dealerplatform.deployment.support.Deployments;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.dealerplatform.deployment.support.Surveys;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The association onboards and manages dealer groups; each becomes a Keycloak group with a first admin. */
@ExtendWith(SharedPlatform.class)
class DealerGroupsIT {

    @PlatformWar
    static WebArchive platform() {
        return Deployments.platform();
    }

    @PlatformUrl
    URL deployed;

    Http assoc() {
        return Http.anonymous(Deployments.base(deployed)).as(Keycloak.token("assoc"));
    }

    static JsonObject tenant(String code, String email) {
        return Json.createObjectBuilder().add("code", code).add("name", "测试集团 " + code).add("contactEmail", email)
                .add("modules", Json.createArrayBuilder().add("tenants")).build();
    }

    @Test
    void onboardingCreatesTenantAndProvisionsItsFirstAdminInKeycloak() {
        Http.Answer created = assoc().post("/api/v1/tenants", tenant("north-auto", "ops@north-auto.example.com"));
        assertEquals(201, created.status(), created.body());
        JsonObject body = created.json();
        String id = body.getString("id");
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/v1/tenants/" + id));
        assertEquals("ACTIVE", body.getString("status"));
        assertEquals(List.of("tenants"), body.getJsonArray("modules").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("north-auto-admin", body.getJsonObject("initialAdmin").getString("username"));
        assertTrue(body.getJsonObject("initialAdmin").getString("temporaryPassword").length() >= 12);

        var users = Keycloak.users("north-auto-admin");
        assertEquals(1, users.size());
        JsonObject admin = users.getJsonObject(0);
        assertEquals("north-auto", admin.getJsonObject("attributes").getJsonArray("tenant").getString(0));
        assertTrue(admin.getJsonArray("requiredActions").toString().contains("UPDATE_PASSWORD"),
                "the one-time password must be changed at first login");
        assertEquals(1, Keycloak.groups("north-auto").size());

        Http.Answer fetched = assoc().get("/api/v1/tenants/" + id);
        assertEquals(200, fetched.status());
        assertFalse(fetched.json().containsKey("initialAdmin"), "the password is shown once, at creation");
    }

    @Test
    void duplicateCodeIsConflictAndMakesNoSecondUser() {
        assertEquals(201, assoc().post("/api/v1/tenants", tenant("west-auto", "ops@west-auto.example.com")).status());
        Http.Answer again = assoc().post("/api/v1/tenants", tenant("west-auto", "other@west-auto.example.com"));
        assertEquals(409, again.status());
        assertEquals(List.of("code"), again.fieldErrors());
        assertEquals(1, Keycloak.users("west-auto-admin").size());
    }

    @Test
    void renameSuspendReactivateAndChangeModules() {
        String id = assoc().post("/api/v1/tenants", tenant("east-auto", "ops@east-auto.example.com")).json().getString("id");
        Http.Answer renamed = assoc().patch("/api/v1/tenants/" + id, Json.createObjectBuilder().add("name", "华东新名称").build());
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("华东新名称", renamed.json().getString("name"));

        Http.Answer suspended = assoc().patch("/api/v1/tenants/" + id, Json.createObjectBuilder().add("status", "SUSPENDED").build());
        assertEquals("SUSPENDED", suspended.json().getString("status"));
        assertTrue(assoc().get("/api/v1/tenants?status=SUSPENDED&size=200").itemIds().contains(id));

        Http.Answer active = assoc().patch("/api/v1/tenants/" + id, Json.createObjectBuilder().add("status", "ACTIVE").build());
        assertEquals("ACTIVE", active.json().getString("status"));

        Http.Answer none = assoc().patch("/api/v1/tenants/" + id,
                Json.createObjectBuilder().add("modules", Json.createArrayBuilder()).build());
        assertEquals(0, none.json().getJsonArray("modules").size());
    }

    @Test
    void listIsPagedAndUnknownIdIs404() {
        assoc().post("/api/v1/tenants", tenant("page-one", "a@page-one.example.com"));
        assoc().post("/api/v1/tenants", tenant("page-two", "a@page-two.example.com"));
        Http.Answer first = assoc().get("/api/v1/tenants?page=0&size=1");
        assertEquals(200, first.status());
        assertEquals(1, first.items().size());
        assertTrue(first.json().getJsonNumber("total").longValue() >= 2);
        Http.Answer second = assoc().get("/api/v1/tenants?page=1&size=1");
        assertFalse(first.itemIds().equals(second.itemIds()));
        assertEquals(400, assoc().get("/api/v1/tenants?size=201").status());
        assertEquals(400, assoc().get("/api/v1/tenants?page=abc").status(), "a bad parameter is 400, not 404");
        assertEquals(404, assoc().get("/api/v1/tenants/no-such-id").status());
        assertEquals(404, assoc().patch("/api/v1/tenants/no-such-id", Json.createObjectBuilder().add("name", "x").build()).status());
    }

    @Test
    void badInputIsRefusedWithFieldErrorsAndWritesNothing() {
        String existing = anyTenantId();
        long before = assoc().get("/api/v1/tenants").json().getJsonNumber("total").longValue();
        assertInvalid(assoc().postRaw("/api/v1/tenants", "{}"), "code");
        assertInvalid(assoc().post("/api/v1/tenants", Json.createObjectBuilder().add("code", "bad").add("name", "x").build()),
                "contactEmail");
        assertInvalid(assoc().post("/api/v1/tenants", tenant("x".repeat(41), "a@b.example.com")), "code");
        assertInvalid(assoc().post("/api/v1/tenants", tenant("UPPER-case", "a@b.example.com")), "code");
        assertInvalid(assoc().post("/api/v1/tenants", tenant("good-code", "not-an-email")), "contactEmail");
        assertInvalid(assoc().post("/api/v1/tenants", Json.createObjectBuilder(tenant("good-code", "a@b.example.com"))
                .add("name", "名".repeat(101)).build()), "name");
        assertInvalid(assoc().post("/api/v1/tenants", Json.createObjectBuilder(tenant("good-code", "a@b.example.com"))
                .add("modules", Json.createArrayBuilder().add("no-such-module")).build()), "modules");
        assertInvalid(assoc().postRaw("/api/v1/tenants",
                "{\"code\":\"good-code\",\"name\":\"n\",\"contactEmail\":\"a@b.example.com\",\"colour\":\"red\"}"), "colour");
        assertInvalid(assoc().postRaw("/api/v1/tenants",
                "{\"code\":\"good-code\",\"name\":\"n\",\"contactEmail\":\"a@b.example.com\",\"modules\":\"tenants\"}"), "modules");
        assertInvalid(assoc().postRaw("/api/v1/tenants", "{\"code\": \"good-code\", "), "body");
        assertInvalid(assoc().postRaw("/api/v1/tenants", "[1,2]"), null);
        Http.Answer huge = assoc().postRaw("/api/v1/tenants", "{\"code\":\"good-code\",\"name\":\"" + "x".repeat(70_000) + "\"}");
        assertEquals(413, huge.status(), "bodies over 64 KiB are refused before they are read");
        assertTrue(huge.contentType().startsWith("application/problem+json"));
        assertInvalid(assoc().patch("/api/v1/tenants/" + existing,
                Json.createObjectBuilder().add("status", "CLOSED").build()), "status");
        assertEquals(before, assoc().get("/api/v1/tenants").json().getJsonNumber("total").longValue(),
                "refused requests wrote nothing");
        assertEquals(0, Keycloak.users("good-code-admin").size(), "nor provisioned anyone");
    }

    private String anyTenantId() {
        assoc().post("/api/v1/tenants", tenant("patch-target", "a@patch-target.example.com"));
        return assoc().get("/api/v1/tenants?size=200").items().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals("patch-target")).findFirst().orElseThrow().getString("id");
    }

    /**
     * Actions through the API land in the audit trail with who, role, tenant, object, summary and
     * (for a review decision) the reason; refused requests leave nothing; only the association reads it.
     */
    @Test
    void actionsAreRecordedInTheAuditTrailForTheAssociationOnly() {
        String base = Deployments.base(deployed);
        Http api = Http.anonymous(base);
        DemoTenants.ensure(api);
        Http groupA = api.as(Keycloak.token("group-a"));

        // the association: onboard, rename, suspend, reactivate, change modules; a refused change
        String id = assoc().post("/api/v1/tenants", tenant("audit-auto", "ops@audit-auto.example.com")).json()
                .getString("id");
        assertEquals(200, assoc().patch("/api/v1/tenants/" + id, Json.createObjectBuilder().add("name", "华东汽车集团")
                .build()).status());
        assoc().patch("/api/v1/tenants/" + id, Json.createObjectBuilder().add("status", "SUSPENDED").build());
        assoc().patch("/api/v1/tenants/" + id, Json.createObjectBuilder().add("status", "ACTIVE").build());
        assoc().patch("/api/v1/tenants/" + id, Json.createObjectBuilder().add("modules", Json.createArrayBuilder()
                .add("surveys")).build());
        assertEquals(400, assoc().patch("/api/v1/tenants/" + id, Json.createObjectBuilder().add("status", "CLOSED")
                .build()).status());

        List<JsonObject> group = audit("objectId=" + id);
        assertEquals(List.of("tenant.modules-changed", "tenant.reactivated", "tenant.suspended", "tenant.renamed",
                "tenant.onboarded"), group.stream().map(e -> e.getString("action")).toList(), "newest first");
        for (JsonObject e : group) {
            assertEquals("assoc", e.getString("user"));
            assertEquals("association-admin", e.getString("role"));
            assertEquals("audit-auto", e.getString("tenant"), "the dealer group the action concerns");
            assertEquals("tenant", e.getString("objectType"));
            assertEquals(id, e.getString("objectId"));
            assertFalse(e.containsKey("reason"));
            assertTrue(java.time.OffsetDateTime.parse(e.getString("at")).isAfter(java.time.OffsetDateTime.now()
                    .minusMinutes(10)), e.toString());
        }
        assertEquals("name: 测试集团 audit-auto → 华东汽车集团", group.get(3).getString("summary"));
        assertEquals("status: SUSPENDED → ACTIVE", group.get(1).getString("summary"));
        assertEquals("modules: +surveys −tenants", group.get(0).getString("summary"));

        // a group admin: a shop, a change to it, an advisor, a new survey code
        String shopId = groupA.post("/api/v1/shops", Json.createObjectBuilder().add("code", "AUD1")
                .add("name", "审计测试4S店").add("brand", "TOYOTA").add("province", "31").add("city", "上海")
                .add("address", "浦东新区 1 号").build()).json().getString("id");
        assertEquals(200, groupA.patch("/api/v1/shops/" + shopId, Json.createObjectBuilder().add("city", "苏州")
                .add("province", "32").build()).status());
        String advisorId = groupA.post("/api/v1/shops/" + shopId + "/advisors", Json.createObjectBuilder()
                .add("name", "王审计").add("employeeNo", "AUD-01").build()).json().getString("id");
        assertEquals(200, groupA.post("/api/v1/shops/" + shopId + "/qr-token/rotate", Json.createObjectBuilder()
                .build()).status());

        List<JsonObject> shop = audit("objectId=" + shopId);
        assertEquals(List.of("survey-code.rotated", "shop.changed", "shop.created"),
                shop.stream().map(e -> e.getString("action")).toList());
        for (JsonObject e : shop) {
            assertEquals("group-a", e.getString("user"));
            assertEquals("group-admin", e.getString("role"));
            assertEquals("demo-group-a", e.getString("tenant"));
        }
        assertEquals("AUD1 · province: 31 → 32; city: 上海 → 苏州", shop.get(1).getString("summary"));
        JsonObject advisor = audit("objectId=" + advisorId).get(0);
        assertEquals("advisor.created", advisor.getString("action"));
        assertEquals("AUD-01 王审计 · shop AUD1", advisor.getString("summary"));

        // the association decides a suspect sample with a reason, and rebuilds the rollups
        String token = Surveys.token(Surveys.scanShopCode(base, Keycloak.token("group-a"), shopId));
        String order = "AUD-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Surveys.submitTimed(api, token, Surveys.answers(8, 9).add("repairOrderNo", order));
        String sampleId = Surveys.submitTimed(api, token, Surveys.answers(7, 9).add("repairOrderNo", order)).json()
                .getString("id"); // the repeated repair order makes it SUSPECT
        assertEquals(200, assoc().post("/api/v1/review/responses/" + sampleId + "/decision", Json.createObjectBuilder()
                .add("decision", "REJECT").add("reason", "同一工单重复提交，门店已确认").build()).status());
        assertEquals(200, assoc().post("/api/v1/scores/rollups/rebuild", Json.createObjectBuilder().build()).status());

        JsonObject decision = audit("objectId=" + sampleId).get(0);
        assertEquals("review.decided", decision.getString("action"));
        assertEquals("assoc", decision.getString("user"));
        assertEquals("association-admin", decision.getString("role"));
        assertEquals("demo-group-a", decision.getString("tenant"));
        assertEquals("sample", decision.getString("objectType"));
        assertEquals("同一工单重复提交，门店已确认", decision.getString("reason"));
        assertTrue(decision.getString("summary").startsWith("rejected · status: SUSPECT → INVALID · 审计测试4S店"),
                decision.toString());
        JsonObject rebuilt = audit("action=rollups.rebuilt").get(0);
        assertEquals("score_rollup", rebuilt.getString("objectId"));
        assertFalse(rebuilt.containsKey("tenant"), "a platform-wide action concerns no dealer group");

        // filters and paging
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String tomorrow = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
        assertEquals(5, audit("tenant=audit-auto&from=" + today + "&to=" + tomorrow).size());
        assertEquals(0, audit("tenant=audit-auto&to=2020-01-01").size());
        assertEquals(List.of("tenant.renamed"), audit("tenant=audit-auto&action=tenant.renamed").stream()
                .map(e -> e.getString("action")).toList());
        Http.Answer paged = assoc().get("/api/v1/audit?tenant=audit-auto&page=1&size=2");
        assertEquals(5, paged.json().getJsonNumber("total").longValue());
        assertEquals("tenant.suspended", paged.items().getJsonObject(0).getString("action"));

        // bad parameters, other roles, and no way to change the trail
        assertInvalid(assoc().get("/api/v1/audit?from=yesterday"), "from");
        assertInvalid(assoc().get("/api/v1/audit?from=2026-03-02&to=2026-03-01"), "to");
        assertInvalid(assoc().get("/api/v1/audit?size=201"), "size");
        assertEquals(403, groupA.get("/api/v1/audit").status());
        assertEquals(403, api.as(Keycloak.token("shop-a1")).get("/api/v1/audit").status());
        assertEquals(401, api.get("/api/v1/audit").status());
        for (String method : List.of("POST", "PUT", "PATCH")) {
            int status = assoc().send(method, "/api/v1/audit", Json.createObjectBuilder().build()).status();
            assertEquals(405, status, method + " /api/v1/audit");
        }
        assertEquals(5, audit("objectId=" + id).size(), "the trail is unchanged");
    }

    private List<JsonObject> audit(String query) {
        Http.Answer answer = assoc().get("/api/v1/audit?size=200&" + query);
        assertEquals(200, answer.status(), answer.body());
        return answer.items().getValuesAs(JsonObject.class);
    }

    static void assertInvalid(Http.Answer answer, String field) {
        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        if (field != null) {
            assertTrue(answer.fieldErrors().contains(field), "expected a field error on " + field + ": " + answer.body());
        }
    }
}
