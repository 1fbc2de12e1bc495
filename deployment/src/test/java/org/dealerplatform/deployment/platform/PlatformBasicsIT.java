package org.dealerplatform.deployment.platform;

import org.dealerplatform.deployment.support.SharedPlatform;
import org.dealerplatform.deployment.support.PlatformWar;
import org.dealerplatform.deployment.support.PlatformUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.dealerplatform.deployment.support.Deployments;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The assembled platform starts, migrates, and describes itself. */
@ExtendWith(SharedPlatform.class)
class PlatformBasicsIT {

    @PlatformWar
    static WebArchive platform() {
        return Deployments.platform();
    }

    @PlatformUrl
    URL deployed;

    @Test
    void isReadyAfterMigrations() {
        Http.Answer ready = Http.anonymous(Deployments.base(deployed)).get("/health/ready");
        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.body().contains("\"migrations\":\"true\""), ready.body());
        assertEquals(200, Http.anonymous(Deployments.base(deployed)).get("/health/live").status());
    }

    /**
     * Java's HttpClient asks every plain connection to become HTTP/2 ("Upgrade: h2c"); Grizzly's
     * upgrade path could deadlock two request threads and leave the connection unanswered for
     * good. The pre-boot commands switch HTTP/2 off on the plain listener: the server must stay on
     * HTTP/1.1, over many requests on one client (it reuses the connection).
     */
    @Test
    void answersAClientAskingForHttp2InHttp11() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2)
                .connectTimeout(Duration.ofSeconds(2)).build();
        for (int i = 0; i < 20; i++) {
            String path = i % 2 == 0 ? "/health/ready" : "/no-such-page-" + i;
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(Deployments.base(deployed) + path))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(HttpClient.Version.HTTP_1_1, answer.version(), path + " answered over " + answer.version());
            assertEquals(i % 2 == 0 ? 200 : 404, answer.statusCode(), path);
        }
    }

    @Test
    void publishesOpenApi() {
        Http.Answer openapi = Http.anonymous(Deployments.base(deployed)).get("/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/shops"), "OpenAPI lists the shop endpoints");
        assertTrue(openapi.body().contains("/api/v1/tenants"));
        assertEquals(404, Http.anonymous(Deployments.base(deployed)).get("/application.wadl").status(),
                "no second, unauthenticated API description");
    }

    @Test
    void listsInstalledModulesForAnyRole() {
        Http api = Http.anonymous(Deployments.base(deployed));
        Http.Answer modules = api.as(Keycloak.token("assoc")).get("/api/v1/modules");
        assertEquals(200, modules.status(), modules.body());
        JsonObject tenants = modules.items().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("id").equals("tenants")).findFirst().orElseThrow();
        assertEquals("经销商集团与门店", tenants.getString("name"));
        assertEquals(401, api.get("/api/v1/modules").status());
    }
}
