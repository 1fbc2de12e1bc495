package org.dealerplatform.deployment.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import jakarta.json.Json;
import org.dealerplatform.deployment.support.DemoTenants;
import org.dealerplatform.deployment.support.Deployments;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.dealerplatform.deployment.support.PlatformStack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shipped WAR with the competition module's jar taken out: the platform must still start and
 * serve dealer groups, shops and surveys, and simply not know about competitions.
 */
@ExtendWith({PlatformStack.class, ArquillianExtension.class})
class WithoutCompetitionModuleIT {

    @Deployment(testable = false)
    static WebArchive platformWithoutCompetitions() {
        WebArchive war = Deployments.platform();
        ArchivePath jar = war.getContent(path -> path.get().startsWith("/WEB-INF/lib/competition-module"))
                .keySet().stream().findFirst().orElseThrow(() -> new IllegalStateException("no competition jar"));
        war.delete(jar);
        return war;
    }

    @ArquillianResource
    URL deployed;

    @Test
    void thePlatformWorksWithoutTheModuleAndNoLongerOffersIt() {
        String base = Deployments.base(deployed);
        Http api = Http.anonymous(base);
        assertEquals(200, api.get("/health/ready").status());
        Http assoc = api.as(Keycloak.token("assoc"));
        Http.Answer refused = assoc.post("/api/v1/tenants", Json.createObjectBuilder().add("code", "no-such-module")
                .add("name", "未安装模块的集团").add("contactEmail", "x@example.com")
                .add("modules", Json.createArrayBuilder().add("tenants").add("competitions")).build());
        assertEquals(400, refused.status(), "a module that is not installed cannot be subscribed");
        // a group of its own: the demo groups of the other test classes (same database) subscribe
        // to competitions, which this WAR does not have
        Http.Answer created = assoc.post("/api/v1/tenants", Json.createObjectBuilder().add("code", "no-competitions")
                .add("name", "未参赛集团").add("contactEmail", "admin@no-competitions.example.com")
                .add("modules", Json.createArrayBuilder().add("tenants").add("surveys")).build());
        assertTrue(created.status() == 201 || created.status() == 409, created.toString());
        Keycloak.ensureUser("nocomp-user", "group-admin", "no-competitions", null);
        Http groupA = api.as(Keycloak.token("nocomp-user"));
        String shop = DemoTenants.ensureShop(groupA, "N1", "南京新街口丰田4S店");
        assertEquals(200, groupA.get("/api/v1/shops/" + shop).status());
        assertEquals(200, groupA.get("/api/v1/shops/" + shop + "/scores").status());
        Http.Answer modules = groupA.get("/api/v1/modules");
        assertEquals(200, modules.status());
        assertFalse(modules.body().contains("competitions"), modules.body());
        assertTrue(modules.body().contains("surveys"));
        assertEquals(404, groupA.get("/api/v1/seasons").status());
        assertEquals(404, api.getPage("/results/2025").status());
    }
}
