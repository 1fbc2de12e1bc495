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
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A group admin's shops and advisors: uniqueness per tenant and per shop, changes, bad input. */
@ExtendWith(SharedPlatform.class)
class ShopsAndAdvisorsIT {

    @PlatformWar
    static WebArchive platform() {
        return Deployments.platform();
    }

    @PlatformUrl
    URL deployed;

    Http groupA;
    Http groupB;

    @BeforeEach
    void tenants() {
        Http api = Http.anonymous(Deployments.base(deployed));
        DemoTenants.ensure(api);
        groupA = api.as(Keycloak.token("group-a"));
        groupB = api.as(Keycloak.token("group-b"));
    }

    static JsonObject shop(String code) {
        return Json.createObjectBuilder().add("code", code).add("name", "宁波鄞州本田4S店").add("brand", "HONDA")
                .add("province", "33").add("city", "宁波").add("address", "鄞州区天童南路 9 号").build();
    }

    @Test
    void shopCodeIsUniqueWithinTheGroupOnly() {
        Http.Answer created = groupA.post("/api/v1/shops", shop("nb1"));
        assertEquals(201, created.status(), created.body());
        assertEquals("NB1", created.json().getString("code"), "codes are stored upper-case");
        assertTrue(created.header("Location").orElseThrow().endsWith("/api/v1/shops/" + created.json().getString("id")));

        Http.Answer duplicate = groupA.post("/api/v1/shops", shop("NB1"));
        assertEquals(409, duplicate.status());
        assertEquals(List.of("code"), duplicate.fieldErrors());
        assertEquals(201, groupB.post("/api/v1/shops", shop("NB1")).status(), "another group may use the same code");
    }

    @Test
    void changeAndDeactivateButNeverRecode() {
        String id = groupA.post("/api/v1/shops", shop("NB2")).json().getString("id");
        groupA.post("/api/v1/shops", shop("NB3"));
        Http.Answer changed = groupA.patch("/api/v1/shops/" + id, Json.createObjectBuilder()
                .add("name", "宁波鄞州本田4S店（新址）").add("address", "鄞州区首南路 1 号").add("active", false).build());
        assertEquals(200, changed.status(), changed.body());
        assertEquals("宁波鄞州本田4S店（新址）", changed.json().getString("name"));
        assertFalse(changed.json().getBoolean("active"));
        assertEquals("宁波", changed.json().getString("city"), "fields left out are unchanged");
        assertTrue(groupA.get("/api/v1/shops?active=false&size=200").itemIds().contains(id));
        assertFalse(groupA.get("/api/v1/shops?active=true&size=200").itemIds().contains(id));

        assertInvalid(groupA.patch("/api/v1/shops/" + id, Json.createObjectBuilder().add("code", "NB9").build()), "code");
        assertEquals("NB2", groupA.patch("/api/v1/shops/" + id, Json.createObjectBuilder().add("code", "nb2").build())
                .json().getString("code"), "the same code, in any case, is no change");
    }

    @Test
    void employeeNumberIsUniqueWithinTheShopOnly() {
        String first = groupA.post("/api/v1/shops", shop("NB4")).json().getString("id");
        String second = groupA.post("/api/v1/shops", shop("NB5")).json().getString("id");
        JsonObject advisor = Json.createObjectBuilder().add("name", "周丽").add("employeeNo", "SA100").build();
        Http.Answer hired = groupA.post("/api/v1/shops/" + first + "/advisors", advisor);
        assertEquals(201, hired.status(), hired.body());
        assertTrue(hired.json().getBoolean("active"));
        Http.Answer again = groupA.post("/api/v1/shops/" + first + "/advisors", advisor);
        assertEquals(409, again.status());
        assertEquals(List.of("employeeNo"), again.fieldErrors());
        assertEquals(201, groupA.post("/api/v1/shops/" + second + "/advisors", advisor).status());

        String advisorId = hired.json().getString("id");
        Http.Answer left = groupA.patch("/api/v1/shops/" + first + "/advisors/" + advisorId,
                Json.createObjectBuilder().add("active", false).build());
        assertFalse(left.json().getBoolean("active"));
        assertEquals(1, groupA.get("/api/v1/shops/" + first + "/advisors").json().getJsonNumber("total").intValue());
        assertEquals(404, groupA.get("/api/v1/shops/" + second + "/advisors/" + advisorId).status(),
                "an advisor is addressed through its own shop");
    }

    @Test
    void theAssociationMaintainsTheBrandList() {
        Http assoc = Http.anonymous(Deployments.base(deployed)).as(Keycloak.token("assoc"));
        JsonObject brand = Json.createObjectBuilder().add("code", "test_motors").add("name", "测试汽车")
                .add("nameEn", "Test Motors").build();
        assertEquals(403, groupA.post("/api/v1/reference/brands", brand).status());
        Http.Answer added = assoc.post("/api/v1/reference/brands", brand);
        assertEquals(201, added.status(), added.body());
        assertEquals("TEST_MOTORS", added.json().getString("code"));
        assertEquals(409, assoc.post("/api/v1/reference/brands", brand).status());
        assertTrue(groupA.get("/api/v1/reference/brands").body().contains("TEST_MOTORS"));
        assertEquals(201, groupA.post("/api/v1/shops", Json.createObjectBuilder(shop("TM1")).add("brand", "TEST_MOTORS").build()).status());

        assertEquals(200, assoc.patch("/api/v1/reference/brands/TEST_MOTORS",
                Json.createObjectBuilder().add("active", false).build()).status());
        assertFalse(groupA.get("/api/v1/reference/brands").body().contains("TEST_MOTORS"));
        assertInvalid(groupA.post("/api/v1/shops", Json.createObjectBuilder(shop("TM2")).add("brand", "TEST_MOTORS").build()),
                "brand");
        assertEquals(404, assoc.patch("/api/v1/reference/brands/NOPE", Json.createObjectBuilder().add("active", true).build()).status());
    }

    @Test
    void badShopInputIsRefusedWithFieldErrorsAndWritesNothing() {
        long before = groupA.get("/api/v1/shops").json().getJsonNumber("total").longValue();
        assertInvalid(groupA.postRaw("/api/v1/shops", "{}"), "code", "name", "brand", "province", "city", "address");
        assertInvalid(groupA.post("/api/v1/shops", Json.createObjectBuilder(shop("X1")).add("brand", "NO_SUCH_BRAND").build()), "brand");
        assertInvalid(groupA.post("/api/v1/shops", Json.createObjectBuilder(shop("X1")).add("province", "99").build()), "province");
        assertInvalid(groupA.post("/api/v1/shops", Json.createObjectBuilder(shop("X1")).add("address", "路".repeat(201)).build()), "address");
        assertInvalid(groupA.post("/api/v1/shops", shop("bad code")), "code");
        assertInvalid(groupA.postRaw("/api/v1/shops", shop("X1").toString().replace("\"city\"", "\"town\"")), "town");
        assertInvalid(groupA.postRaw("/api/v1/shops", "{\"code\": 17, \"name\": [\"x\"]}"));
        assertInvalid(groupA.postRaw("/api/v1/shops", "not json"), "body");
        String id = groupA.post("/api/v1/shops", shop("X2")).json().getString("id");
        before++;
        assertInvalid(groupA.patchRaw("/api/v1/shops/" + id, "{\"active\": \"yes\"}"), "active");
        assertInvalid(groupA.patch("/api/v1/shops/" + id, Json.createObjectBuilder().add("name", " ").build()), "name");
        assertInvalid(groupA.post("/api/v1/shops/" + id + "/advisors", Json.createObjectBuilder().add("name", "").build()),
                "name", "employeeNo");
        assertEquals(before, groupA.get("/api/v1/shops").json().getJsonNumber("total").longValue());
        assertEquals("宁波鄞州本田4S店", groupA.get("/api/v1/shops/" + id).json().getString("name"));
        assertEquals(0, groupA.get("/api/v1/shops/" + id + "/advisors").json().getJsonNumber("total").intValue());
    }

    static void assertInvalid(Http.Answer answer, String... fields) {
        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"));
        for (String field : fields) {
            if (field != null) {
                assertTrue(answer.fieldErrors().contains(field), field + " in " + answer.body());
            }
        }
    }
}
