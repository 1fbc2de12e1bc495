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
import org.dealerplatform.deployment.support.Deployments;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.dealerplatform.deployment.support.PlatformStack;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Onboarding a dealer group while Keycloak is unreachable: a clear 503, no tenant, and a retry that
 * succeeds once Keycloak is back, without a second user. The platform reaches Keycloak through a
 * proxy the test cuts; the real Keycloak keeps running, so tokens stay valid.
 */
@ExtendWith(SharedPlatform.class)
class ProvisioningIT {

    @PlatformWar
    static WebArchive platform() {
        return Deployments.platform();
    }

    @PlatformUrl
    URL deployed;

    @AfterEach
    void keycloakBack() {
        PlatformStack.keycloakLink().enable();
    }

    static JsonObject tenant(String code) {
        return Json.createObjectBuilder().add("code", code).add("name", "离线测试集团")
                .add("contactEmail", "ops@" + code + ".example.com").build();
    }

    @Test
    void keycloakDownMeansNoTenantAndRetrySucceedsOnce() {
        Http assoc = Http.anonymous(Deployments.base(deployed)).as(Keycloak.token("assoc"));
        assertEquals(200, assoc.get("/api/v1/tenants").status(), "the platform has the realm's keys");

        PlatformStack.keycloakLink().disable();
        Http.Answer refused = assoc.post("/api/v1/tenants", tenant("offline-group"));
        assertEquals(503, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertTrue(refused.json().getString("detail").contains("Keycloak"), refused.body());
        assertTrue(refused.header("Retry-After").isPresent());
        assertFalse(assoc.get("/api/v1/tenants?size=200").body().contains("offline-group"), "no half-made tenant");

        PlatformStack.keycloakLink().enable();
        assertEquals(0, Keycloak.users("offline-group-admin").size());
        Http.Answer retried = assoc.post("/api/v1/tenants", tenant("offline-group"));
        assertEquals(201, retried.status(), retried.body());
        assertEquals(1, Keycloak.users("offline-group-admin").size());
        assertEquals(409, assoc.post("/api/v1/tenants", tenant("offline-group")).status());
        assertEquals(1, Keycloak.users("offline-group-admin").size(), "retrying never makes a second user");
    }

    @Test
    void leftoversOfAnInterruptedAttemptAreReusedNotDuplicated() {
        // as if an earlier attempt had created the admin in Keycloak and then lost the platform
        Keycloak.ensureUser("halfway-admin", null, "halfway", null);
        Http assoc = Http.anonymous(Deployments.base(deployed)).as(Keycloak.token("assoc"));
        Http.Answer created = assoc.post("/api/v1/tenants", tenant("halfway"));
        assertEquals(201, created.status(), created.body());
        assertEquals("halfway-admin", created.json().getJsonObject("initialAdmin").getString("username"));
        assertEquals(1, Keycloak.users("halfway-admin").size());
        assertEquals(1, Keycloak.groups("halfway").size());
    }

    @Test
    void usernameOwnedByAnotherTenantIsAConflict() {
        Keycloak.ensureUser("squatted-admin", null, "someone-else", null);
        Http assoc = Http.anonymous(Deployments.base(deployed)).as(Keycloak.token("assoc"));
        Http.Answer refused = assoc.post("/api/v1/tenants", tenant("squatted"));
        assertEquals(409, refused.status(), refused.body());
        assertFalse(assoc.get("/api/v1/tenants?size=200").body().contains("\"squatted\""));
    }
}
