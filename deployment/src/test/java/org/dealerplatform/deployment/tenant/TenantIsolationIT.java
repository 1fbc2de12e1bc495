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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dealerplatform.deployment.support.DemoTenants;
import org.dealerplatform.deployment.support.Deployments;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant A's shops and advisors, seen from tenant B and from a shop manager: every endpoint and
 * method answers 404 for foreign objects, exactly as for missing ones, and lists never leak.
 */
@ExtendWith(SharedPlatform.class)
class TenantIsolationIT {

    @PlatformWar
    static WebArchive platform() {
        return Deployments.platform();
    }

    @PlatformUrl
    URL deployed;

    Http groupA;
    Http groupB;
    Http shopA1;
    String shopA1Id;
    String shopA2Id;
    String shopB1Id;
    String advisorA1;
    String advisorA2;
    String advisorB1;

    @BeforeEach
    void twoTenantsWithShopsAndAdvisors() {
        Http api = Http.anonymous(Deployments.base(deployed));
        DemoTenants.ensure(api);
        groupA = api.as(Keycloak.token("group-a"));
        groupB = api.as(Keycloak.token("group-b"));
        shopA1 = api.as(Keycloak.token("shop-a1"));
        shopA1Id = DemoTenants.ensureShop(groupA, "A1", "上海浦东丰田4S店");
        shopA2Id = DemoTenants.ensureShop(groupA, "A2", "苏州园区丰田4S店");
        shopB1Id = DemoTenants.ensureShop(groupB, "B1", "广州天河丰田4S店");
        advisorA1 = advisor(groupA, shopA1Id, "SA-A1");
        advisorA2 = advisor(groupA, shopA2Id, "SA-A2");
        advisorB1 = advisor(groupB, shopB1Id, "SA-B1");
    }

    static String advisor(Http admin, String shopId, String employeeNo) {
        Http.Answer created = admin.post("/api/v1/shops/" + shopId + "/advisors",
                Json.createObjectBuilder().add("name", "顾问 " + employeeNo).add("employeeNo", employeeNo).build());
        if (created.status() == 201) {
            return created.json().getString("id");
        }
        return admin.get("/api/v1/shops/" + shopId + "/advisors?size=200").items().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("employeeNo").equals(employeeNo)).findFirst().orElseThrow().getString("id");
    }

    @Test
    void otherTenantGets404OnEveryShopAndAdvisorEndpoint() {
        JsonObject rename = Json.createObjectBuilder().add("name", "被篡改").build();
        JsonObject newAdvisor = Json.createObjectBuilder().add("name", "入侵者").add("employeeNo", "X1").build();
        assertEquals(404, groupB.get("/api/v1/shops/" + shopA1Id).status());
        assertEquals(404, groupB.patch("/api/v1/shops/" + shopA1Id, rename).status());
        assertEquals(404, groupB.patch("/api/v1/shops/" + shopA1Id,
                Json.createObjectBuilder().add("active", false).build()).status());
        assertEquals(404, groupB.get("/api/v1/shops/" + shopA1Id + "/advisors").status());
        assertEquals(404, groupB.post("/api/v1/shops/" + shopA1Id + "/advisors", newAdvisor).status());
        assertEquals(404, groupB.get("/api/v1/shops/" + shopA1Id + "/advisors/" + advisorA1).status());
        assertEquals(404, groupB.patch("/api/v1/shops/" + shopA1Id + "/advisors/" + advisorA1, rename).status());
        // own shop id with a foreign advisor id
        assertEquals(404, groupB.get("/api/v1/shops/" + shopB1Id + "/advisors/" + advisorA1).status());
        assertEquals(404, groupB.patch("/api/v1/shops/" + shopB1Id + "/advisors/" + advisorA1, rename).status());
        // the same answer as for an object that does not exist at all
        assertEquals(groupB.get("/api/v1/shops/" + shopA1Id).body().replace(shopA1Id, "ID"),
                groupB.get("/api/v1/shops/00000000-0000-0000-0000-000000000000").body().replace("00000000-0000-0000-0000-000000000000", "ID"));

        JsonObject a1 = groupA.get("/api/v1/shops/" + shopA1Id).json();
        assertEquals("上海浦东丰田4S店", a1.getString("name"), "tenant A's shop is unchanged");
        assertTrue(a1.getBoolean("active"));
        assertFalse(groupA.get("/api/v1/shops/" + shopA1Id + "/advisors?size=200").body().contains("X1"));
        assertEquals("顾问 SA-A1", groupA.get("/api/v1/shops/" + shopA1Id + "/advisors/" + advisorA1).json().getString("name"));
    }

    @Test
    void listsNeverContainForeignRows() {
        List<String> bShops = groupB.get("/api/v1/shops?size=200").itemIds();
        assertTrue(bShops.contains(shopB1Id));
        assertFalse(bShops.contains(shopA1Id) || bShops.contains(shopA2Id));
        assertFalse(groupB.get("/api/v1/shops?q=A1&size=200").itemIds().contains(shopA1Id));
        assertFalse(groupB.get("/api/v1/shops?size=200").body().contains("demo-group-a"));
        List<String> aShops = groupA.get("/api/v1/shops?size=200").itemIds();
        assertFalse(aShops.contains(shopB1Id));
        assertEquals(List.of(advisorB1), groupB.get("/api/v1/shops/" + shopB1Id + "/advisors?size=200").itemIds()
                .stream().filter(id -> id.equals(advisorB1) || id.equals(advisorA1) || id.equals(advisorA2)).toList());
    }

    @Test
    void shopManagerSeesOnlyOwnShop() {
        assertEquals(List.of(shopA1Id), shopA1.get("/api/v1/shops?size=200").itemIds());
        assertEquals(1, shopA1.get("/api/v1/shops").json().getJsonNumber("total").longValue());
        assertEquals(200, shopA1.get("/api/v1/shops/" + shopA1Id).status());
        assertEquals(200, shopA1.get("/api/v1/shops/" + shopA1Id + "/advisors").status());
        assertEquals(200, shopA1.get("/api/v1/shops/" + shopA1Id + "/advisors/" + advisorA1).status());
        assertEquals(404, shopA1.get("/api/v1/shops/" + shopA2Id).status(), "another shop of the same group");
        assertEquals(404, shopA1.get("/api/v1/shops/" + shopA2Id + "/advisors").status());
        assertEquals(404, shopA1.get("/api/v1/shops/" + shopA2Id + "/advisors/" + advisorA2).status());
        assertEquals(404, shopA1.get("/api/v1/shops/" + shopB1Id).status(), "a shop of another group");
        assertEquals(403, shopA1.patch("/api/v1/shops/" + shopA1Id, Json.createObjectBuilder().add("name", "x").build()).status());
        assertEquals(403, shopA1.post("/api/v1/shops/" + shopA1Id + "/advisors",
                Json.createObjectBuilder().add("name", "x").add("employeeNo", "Y1").build()).status());
    }

    @Test
    void twoTenantsHammeringTheSameEndpointsNeverSeeEachOther() throws Exception {
        Set<String> aShops = Set.copyOf(groupA.get("/api/v1/shops?size=200").itemIds());
        Set<String> bShops = Set.copyOf(groupB.get("/api/v1/shops?size=200").itemIds());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> work = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            work.add(() -> round(groupA, shopA1Id, shopB1Id, aShops, "A", n, failures));
            work.add(() -> round(groupB, shopB1Id, shopA1Id, bShops, "B", n, failures));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(List.of(), failures);
        assertFalse(groupA.get("/api/v1/shops/" + shopA1Id + "/advisors?size=200").body().contains("LOAD-B"));
        assertFalse(groupB.get("/api/v1/shops/" + shopB1Id + "/advisors?size=200").body().contains("LOAD-A"));
    }

    private static Void round(Http admin, String ownShop, String foreignShop, Set<String> ownShops, String tenant, int n,
                              List<String> failures) {
        switch (n % 4) {
            case 0 -> {
                List<String> seen = admin.get("/api/v1/shops?size=200").itemIds();
                if (!ownShops.containsAll(seen) || seen.isEmpty()) {
                    failures.add(tenant + " listed " + seen);
                }
            }
            case 1 -> {
                Http.Answer own = admin.get("/api/v1/shops/" + ownShop);
                if (own.status() != 200 || !own.json().getString("id").equals(ownShop)) {
                    failures.add(tenant + " own shop " + own);
                }
            }
            case 2 -> {
                int status = admin.get("/api/v1/shops/" + foreignShop).status();
                if (status != 404) {
                    failures.add(tenant + " saw foreign shop: " + status);
                }
            }
            default -> {
                Http.Answer hired = admin.post("/api/v1/shops/" + ownShop + "/advisors", Json.createObjectBuilder()
                        .add("name", "压测顾问").add("employeeNo", "LOAD-" + tenant + "-" + n).build());
                if (hired.status() != 201 && hired.status() != 409) {
                    failures.add(tenant + " hire " + hired);
                }
                Http.Answer advisors = admin.get("/api/v1/shops/" + ownShop + "/advisors?size=200");
                if (advisors.body().contains("LOAD-" + (tenant.equals("A") ? "B" : "A"))) {
                    failures.add(tenant + " saw the other tenant's advisors");
                }
            }
        }
        return null;
    }
}
