package org.dealerplatform.deployment.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.dealerplatform.deployment.support.Deployments;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.dealerplatform.deployment.support.PlatformStack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The association onboards and manages dealer groups; each becomes a Keycloak group with a first admin. */
@ExtendWith({PlatformStack.class, ArquillianExtension.class})
class DealerGroupsIT {

    @Deployment(testable = false)
    static WebArchive platform() {
        return Deployments.platform();
    }

    @ArquillianResource
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

    static void assertInvalid(Http.Answer answer, String field) {
        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        if (field != null) {
            assertTrue(answer.fieldErrors().contains(field), "expected a field error on " + field + ": " + answer.body());
        }
    }
}
