package org.dealerplatform.deployment.modules;

import org.dealerplatform.deployment.support.SharedPlatform;
import org.dealerplatform.deployment.support.PlatformWar;
import org.dealerplatform.deployment.support.PlatformUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.dealerplatform.deployment.support.DemoTenants;
import org.dealerplatform.deployment.support.Deployments;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shipped WAR with the competition module's jar taken out: the platform must still start and
 * serve dealer groups, shops and surveys, and simply not know about competitions: a shop's monthly
 * report renders without a standing, and there is no standings export. Its group has not enabled the
 * alerts module either: the dashboard, the shop report and the group report show no alert figures.
 */
@ExtendWith(SharedPlatform.class)
@Order(SharedPlatform.OWN_WAR)
class WithoutCompetitionModuleIT {

    @PlatformWar
    static WebArchive platformWithoutCompetitions() {
        WebArchive war = Deployments.platform();
        ArchivePath jar = war.getContent(path -> path.get().startsWith("/WEB-INF/lib/competition-module"))
                .keySet().stream().findFirst().orElseThrow(() -> new IllegalStateException("no competition jar"));
        war.delete(jar);
        return war;
    }

    @PlatformUrl
    URL deployed;

    @Test
    void thePlatformWorksWithoutTheModuleAndNoLongerOffersIt() throws InterruptedException {
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
                .add("modules", Json.createArrayBuilder().add("tenants").add("surveys").add("reports")).build());
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

        String reader = "nocomp-" + Long.toString(System.nanoTime(), 36) + "@reports.example";
        assertEquals(200, groupA.put("/api/v1/shops/" + shop + "/report-recipients", Json.createObjectBuilder()
                .add("emails", Json.createArrayBuilder().add(reader))
                .add("locales", Json.createObjectBuilder().add(reader, "en")).build()).status());
        // a month no other test class runs (a month's run is made once and reused)
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(15);
        try {
            Http.Answer run = assoc.post("/api/v1/reports/runs", Json.createObjectBuilder().add("kind", "SHOP_MONTHLY")
                    .add("month", month.toString()).build());
            assertEquals(202, run.status(), run.toString());
            long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (!"DONE".equals(assoc.get("/api/v1/reports/runs/" + run.json().getString("id")).json()
                    .getString("status"))) {
                assertTrue(System.nanoTime() < end, "the run completes");
                Thread.sleep(500);
            }
        } finally {
            // other classes count the shops a month's run reports on: this shop leaves the list as it found it
            groupA.put("/api/v1/shops/" + shop + "/report-recipients", Json.createObjectBuilder()
                    .add("emails", Json.createArrayBuilder()).build());
        }
        String reportId = groupA.get("/api/v1/shops/" + shop + "/reports").items().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("month").equals(month.toString())).findFirst().orElseThrow().getString("id");
        Http.Answer report = groupA.getPage("/api/v1/reports/" + reportId);
        assertEquals(200, report.status(), report.toString());
        assertTrue(report.body().contains("南京新街口丰田4S店"), "the report renders");
        assertFalse(report.body().contains("Competition standing"), "and has no standing section");
        // the group has not enabled the alerts module: no alert figures anywhere, and nothing breaks
        assertFalse(report.body().contains("Hot alerts"), "no alert section in the report");
        assertEquals(403, groupA.get("/api/v1/alerts/figures").status());
        Http.Answer dashboard = groupA.getPage("/console/scores");
        assertEquals(200, dashboard.status(), dashboard.body());
        assertFalse(dashboard.body().contains("id=\"alert-figures\""), "no alert section on the dashboard");
        Http.Answer groupReport = groupA.getPage("/console/reports/group?month=" + month);
        assertEquals(200, groupReport.status(), groupReport.body());
        assertFalse(groupReport.body().contains("id=\"alert-figures\""), "nor in the group report");
        assertEquals(404, groupA.get("/api/v1/exports/standings.csv?season=" + UUID.randomUUID() + "&level=SHOP")
                .status(), "no standings to export");
    }
}
