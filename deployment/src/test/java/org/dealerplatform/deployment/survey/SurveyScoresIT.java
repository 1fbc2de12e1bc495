package org.dealerplatform.deployment.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dealerplatform.deployment.support.Database;
import org.dealerplatform.deployment.support.DemoTenants;
import org.dealerplatform.deployment.support.Deployments;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.dealerplatform.deployment.support.PlatformStack;
import org.dealerplatform.deployment.support.Surveys;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scores, review and questionnaire versions across tenants: tenant B cannot reach tenant A's codes,
 * posters or scores; the rollups equal a recomputation from the raw samples after a mixed,
 * concurrent load with review decisions; a published questionnaire cannot be edited.
 */
@ExtendWith({PlatformStack.class, ArquillianExtension.class})
class SurveyScoresIT {

    @Deployment(testable = false)
    static WebArchive platform() {
        return Deployments.platform();
    }

    @ArquillianResource
    URL deployed;

    Http api;
    Http assoc;
    Http groupA;
    Http groupB;
    Http shopA1;
    String base;
    String shopA1Id;
    String shopA2Id;
    String shopB1Id;

    @BeforeEach
    void twoGroupsWithShops() {
        base = Deployments.base(deployed);
        api = Http.anonymous(base);
        DemoTenants.ensure(api);
        assoc = api.as(Keycloak.token("assoc"));
        groupA = api.as(Keycloak.token("group-a"));
        groupB = api.as(Keycloak.token("group-b"));
        shopA1 = api.as(Keycloak.token("shop-a1"));
        shopA1Id = DemoTenants.ensureShop(groupA, "A1", "上海浦东丰田4S店");
        shopA2Id = DemoTenants.ensureShop(groupA, "A2", "苏州园区丰田4S店");
        shopB1Id = DemoTenants.ensureShop(groupB, "B1", "广州天河丰田4S店");
    }

    String tokenOf(String bearer, String shopId) {
        return Surveys.token(Surveys.scanShopCode(base, bearer, shopId));
    }

    @Test
    void anotherGroupCannotReachAShopsCodesPosterOrScores() {
        String tokenB = Keycloak.token("group-b");
        for (String path : List.of("/qr.png", "/qr.svg", "/poster", "/scores")) {
            assertEquals(404, Surveys.fetch(base + "/api/v1/shops/" + shopA1Id + path, tokenB).statusCode(), path);
            assertEquals(404, Surveys.fetch(base + "/api/v1/shops/" + shopA2Id + path, Keycloak.token("shop-a1"))
                    .statusCode(), "a shop manager sees only their shop: " + path);
            assertEquals(200, Surveys.fetch(base + "/api/v1/shops/" + shopA1Id + path, Keycloak.token("shop-a1"))
                    .statusCode(), "their own shop: " + path);
        }
        String before = tokenOf(Keycloak.token("group-a"), shopA1Id);
        assertEquals(404, groupB.post("/api/v1/shops/" + shopA1Id + "/qr-token/rotate", Json.createObjectBuilder().build())
                .status());
        assertEquals(403, shopA1.post("/api/v1/shops/" + shopA1Id + "/qr-token/rotate", Json.createObjectBuilder().build())
                .status(), "shop managers cannot revoke posters");
        assertEquals(before, tokenOf(Keycloak.token("group-a"), shopA1Id), "the code did not change");

        Http.Answer tenantB = groupB.get("/api/v1/scores/tenant");
        assertEquals(200, tenantB.status(), tenantB.body());
        assertFalse(tenantB.body().contains(shopA1Id), "no shop of group A in group B's view");
        assertFalse(tenantB.body().contains("demo-group-a"), "other groups are anonymous");
        assertEquals(403, groupA.get("/api/v1/scores/national").status());
        assertEquals(403, groupA.get("/api/v1/review/responses").status());
        assertEquals(403, groupA.post("/api/v1/scores/rollups/rebuild", Json.createObjectBuilder().build()).status());
        assertEquals(401, api.get("/api/v1/scores/tenant").status());
        assertEquals(401, Surveys.fetch(base + "/api/v1/shops/" + shopA1Id + "/qr.png", null).statusCode());
    }

    @Test
    void qrCodesComeInTheRequestedFormsAndAnAdvisorCodePreselectsTheAdvisor() {
        String tokenA = Keycloak.token("group-a");
        var png = Surveys.fetch(base + "/api/v1/shops/" + shopA2Id + "/qr.png?size=1024", tokenA);
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        assertTrue(Surveys.decode(png.body()).startsWith(base + "/s/"));
        assertEquals(400, Surveys.fetch(base + "/api/v1/shops/" + shopA2Id + "/qr.png?size=5000", tokenA).statusCode());
        assertEquals(400, Surveys.fetch(base + "/api/v1/shops/" + shopA2Id + "/qr.png?size=big", tokenA).statusCode());
        String svg = new String(Surveys.fetch(base + "/api/v1/shops/" + shopA2Id + "/qr.svg", tokenA).body());
        assertTrue(svg.startsWith("<svg") && svg.contains("<path"), svg);
        String poster = new String(Surveys.fetch(base + "/api/v1/shops/" + shopA2Id + "/poster", tokenA).body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(poster.contains("苏州园区丰田4S店") && poster.contains("扫码评价") && poster.contains("12cm"), poster);

        String advisor = groupA.post("/api/v1/shops/" + shopA2Id + "/advisors", Json.createObjectBuilder()
                .add("name", "赵六").add("employeeNo", "Q-" + UUID.randomUUID().toString().substring(0, 6)).build())
                .json().getString("id");
        String advisorUrl = Surveys.decode(Surveys.fetch(base + "/api/v1/shops/" + shopA2Id + "/qr.png?advisor=" + advisor,
                tokenA).body());
        String advisorToken = Surveys.token(advisorUrl);
        assertFalse(advisorToken.equals(tokenOf(tokenA, shopA2Id)));
        assertEquals(advisor, api.get("/api/v1/public/surveys/" + advisorToken).json().getString("preselectedAdvisorId"));
        Http.Answer sent = Surveys.submit(api, advisorToken, Surveys.answers(9, 9).build());
        assertEquals(advisor, Database.rows("select advisor_id from survey_response where id = ?",
                sent.json().getString("id")).get(0).get("advisor_id"));
    }

    @Test
    void rollupsEqualARecomputationFromRawSamplesAfterAMixedConcurrentLoad() throws Exception {
        String tokenA1 = tokenOf(Keycloak.token("group-a"), shopA1Id);
        String tokenA2 = tokenOf(Keycloak.token("group-a"), shopA2Id);
        String tokenB1 = tokenOf(Keycloak.token("group-b"), shopB1Id);
        String ticketA1 = api.get("/api/v1/public/surveys/" + tokenA1).json().getString("ticket");
        List<Callable<Http.Answer>> load = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int n = i;
            String token = n % 3 == 0 ? tokenA1 : n % 3 == 1 ? tokenA2 : tokenB1;
            load.add(() -> {
                var body = Surveys.answers(1 + n % 10, n % 11);
                if (n % 7 == 0) {
                    body.add("repairOrderNo", "MIX-" + (n % 2)); // repeats: SUSPECT
                }
                if (n % 5 == 0 && token.equals(tokenA1)) {
                    body.add("ticket", ticketA1);
                }
                return Surveys.submit(api, token, body.build());
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Http.Answer> f : pool.invokeAll(load)) {
                assertEquals(201, f.get().status(), f.get().body());
            }
        } finally {
            pool.shutdownNow();
        }
        // a revoked code (INVALID), and review decisions moving samples between statuses
        JsonObject rotated = groupA.post("/api/v1/shops/" + shopA2Id + "/qr-token/rotate", Json.createObjectBuilder().build())
                .json();
        assertEquals("INVALID", Surveys.submit(api, tokenA2, Surveys.answers(5, 5).build()).json().getString("status"));
        assertNotNull(rotated.getString("url"));
        List<JsonObject> open = assoc.get("/api/v1/review/responses?status=SUSPECT&size=200").items()
                .getValuesAs(JsonObject.class);
        assertTrue(open.size() >= 2, "the load produced samples to review");
        decide(open.get(0).getString("id"), "ACCEPT", 200);
        decide(open.get(1).getString("id"), "REJECT", 200);

        List<Map<String, Object>> incremental = rollups();
        Http.Answer rebuilt = assoc.post("/api/v1/scores/rollups/rebuild", Json.createObjectBuilder().build());
        assertEquals(200, rebuilt.status(), rebuilt.body());
        List<Map<String, Object>> recomputed = rollups();
        assertEquals(recomputed.size(), incremental.size());
        for (int i = 0; i < recomputed.size(); i++) {
            for (String column : recomputed.get(i).keySet()) {
                Object expected = recomputed.get(i).get(column);
                Object actual = incremental.get(i).get(column);
                if (expected instanceof Number e && actual instanceof Number a) {
                    assertEquals(e.doubleValue(), a.doubleValue(), 1e-6, column + " of " + recomputed.get(i));
                } else {
                    assertEquals(expected, actual, column);
                }
            }
        }
        // and the API's shop score is the mean of the shop's valid samples
        double mean = ((Number) Database.rows("select avg(score_overall) m from survey_response where shop_id = ?"
                + " and status = 'VALID'", shopA1Id).get(0).get("m")).doubleValue();
        long valid = Database.count("select count(*) from survey_response where shop_id = ? and status = 'VALID'", shopA1Id);
        JsonObject score = groupA.get("/api/v1/shops/" + shopA1Id + "/scores?from=2020-01").json().getJsonObject("score");
        assertEquals(valid, score.getJsonNumber("validSamples").longValue());
        assertEquals(mean, score.getJsonNumber("overall").doubleValue(), 0.005);
    }

    @Test
    void theAssociationReviewsSuspectSamplesAndEachDecisionIsRecorded() {
        String token = tokenOf(Keycloak.token("group-b"), shopB1Id);
        String order = "RV-" + UUID.randomUUID().toString().substring(0, 8);
        Surveys.submitTimed(api, token, Surveys.answers(8, 9).add("repairOrderNo", order));
        Http.Answer suspect = Surveys.submitTimed(api, token, Surveys.answers(6, 9).add("repairOrderNo", order));
        String id = suspect.json().getString("id");
        assertEquals("SUSPECT", suspect.json().getString("status"));
        long validBefore = groupB.get("/api/v1/shops/" + shopB1Id + "/scores").json().getJsonObject("score")
                .getJsonNumber("validSamples").longValue();

        Http.Answer queue = assoc.get("/api/v1/review/responses?status=SUSPECT&size=200");
        assertTrue(queue.itemIds().contains(id), queue.body());
        assertEquals(400, assoc.post("/api/v1/review/responses/" + id + "/decision", Json.createObjectBuilder()
                .add("decision", "ACCEPT").build()).status(), "a decision needs a reason");
        assertEquals(400, assoc.post("/api/v1/review/responses/" + id + "/decision", Json.createObjectBuilder()
                .add("decision", "MAYBE").add("reason", "x").build()).status());
        Http.Answer accepted = decide(id, "ACCEPT", 200);
        assertEquals("ACCEPTED", accepted.json().getString("state"));
        assertEquals("assoc", accepted.json().getString("decidedBy"));
        assertEquals("工单号录入错误，已与门店核实", accepted.json().getString("decisionNote"));
        assertNotNull(accepted.json().getString("decidedAt"));
        decide(id, "REJECT", 409);
        assertEquals(404, assoc.post("/api/v1/review/responses/" + UUID.randomUUID() + "/decision", Json
                .createObjectBuilder().add("decision", "ACCEPT").add("reason", "x").build()).status());

        assertEquals("VALID", Database.rows("select status from survey_response where id = ?", id).get(0).get("status"));
        assertEquals(validBefore + 1, groupB.get("/api/v1/shops/" + shopB1Id + "/scores").json().getJsonObject("score")
                .getJsonNumber("validSamples").longValue());
        assertTrue(assoc.get("/api/v1/review/responses?status=ACCEPTED&size=200").itemIds().contains(id));
        assertFalse(assoc.get("/api/v1/review/responses?status=SUSPECT&size=200").itemIds().contains(id));
    }

    @Test
    void theNationalAndGroupViewsAddUpAndRankGroupsAnonymously() {
        Surveys.submitTimed(api, tokenOf(Keycloak.token("group-a"), shopA1Id), Surveys.answers(9, 10));
        Surveys.submitTimed(api, tokenOf(Keycloak.token("group-b"), shopB1Id), Surveys.answers(4, 3));
        JsonObject national = assoc.get("/api/v1/scores/national").json();
        JsonObject tenantA = groupA.get("/api/v1/scores/tenant").json();
        JsonObject tenantB = groupB.get("/api/v1/scores/tenant").json();
        long all = Database.count("select count(*) from survey_response where status = 'VALID'");
        assertEquals(all, national.getJsonNumber("validSamples").longValue());
        assertEquals(all, tenantA.getJsonObject("national").getJsonNumber("validSamples").longValue());
        assertTrue(national.getJsonNumber("shops").longValue() >= 2);
        assertEquals(national.getJsonArray("byBrand").getJsonObject(0).getJsonObject("score")
                .getJsonNumber("validSamples").longValue(), all, "all demo shops sell one brand");
        assertEquals(12, national.getJsonArray("months").size());
        assertEquals(tenantB.getJsonObject("tenant").getJsonNumber("validSamples").longValue(),
                Database.count("select count(*) from survey_response where tenant_id = ? and status = 'VALID'",
                        "demo-group-b"));

        // groups are ranked by the fair ranking method, and only with 50 valid samples in the period
        assertEquals(50, tenantA.getInt("rankMinimum"));
        topUp(tokenOf(Keycloak.token("group-a"), shopA1Id), "demo-group-a", 9);
        tenantA = groupA.get("/api/v1/scores/tenant").json();
        assertTrue(tenantA.getInt("rank") >= 1, tenantA.toString());
        tenantB = groupB.get("/api/v1/scores/tenant").json();
        if (tenantB.getJsonObject("tenant").getJsonNumber("validSamples").longValue() < 50) {
            // as when this class runs alone; in a full run other classes may have filled group B already
            assertTrue(absent(tenantB, "rank"), tenantB.toString());
            assertEquals("TOO_FEW_SAMPLES", tenantB.getString("notRanked"));
            JsonObject ownRow = own(tenantB);
            assertTrue(absent(ownRow, "position") && absent(ownRow, "score"), ownRow.toString());
        }
        topUp(tokenOf(Keycloak.token("group-b"), shopB1Id), "demo-group-b", 4);
        tenantA = groupA.get("/api/v1/scores/tenant").json();
        tenantB = groupB.get("/api/v1/scores/tenant").json();
        int groups = tenantA.getInt("rankedGroups");
        assertTrue(groups >= 2);
        assertEquals(groups, tenantB.getInt("rankedGroups"));
        assertTrue(absent(tenantA, "notRanked"), tenantA.toString());
        assertEquals(tenantA.getInt("rank"), own(tenantA).getInt("position"));
        assertNotEquals(tenantA.getInt("rank"), tenantB.getInt("rank"));
        assertFalse(tenantB.toString().contains("demo-group-a"), "other groups stay anonymous");
        assertEquals(400, assoc.get("/api/v1/scores/national?from=2026-13").status());
        assertEquals(400, assoc.get("/api/v1/scores/national?from=2026-05&to=2026-01").status());
    }

    @Test
    void aPublishedQuestionnaireCannotBeEditedAndAnswersKeepTheirVersion() {
        JsonObject current = api.get("/api/v1/questionnaires/current").json();
        JsonObject definition = Json.createObjectBuilder(current).remove("version").remove("scale")
                .add("weights", Json.createObjectBuilder().add("ADVISOR", 0.2).add("TIME", 0.2).add("QUALITY", 0.2)
                        .add("PRICE", 0.2).add("FACILITIES", 0.2))
                .add("title", "全国问卷（测试版本）").build();
        Http.Answer draft = assoc.post("/api/v1/questionnaires", definition);
        assertEquals(201, draft.status(), draft.body());
        String id = draft.json().getString("id");
        int version = draft.json().getInt("version");
        assertEquals(400, assoc.send("PUT", "/api/v1/questionnaires/" + id, Json.createObjectBuilder(definition)
                .add("weights", Json.createObjectBuilder().add("ADVISOR", 0.9)).build()).status(),
                "weights must cover five dimensions and add up to 1");
        assertEquals(403, groupA.post("/api/v1/questionnaires", definition).status());
        Http.Answer published = assoc.post("/api/v1/questionnaires/" + id + "/publish", Json.createObjectBuilder().build());
        assertEquals(200, published.status(), published.body());
        assertEquals(version, api.get("/api/v1/questionnaires/current").json().getInt("version"));
        assertEquals(409, assoc.send("PUT", "/api/v1/questionnaires/" + id, definition).status());
        assertEquals(409, assoc.post("/api/v1/questionnaires/" + id + "/publish", Json.createObjectBuilder().build())
                .status());

        String token = tokenOf(Keycloak.token("group-a"), shopA2Id);
        Http.Answer old = Surveys.submit(api, token, Surveys.answers(8, 8).add("questionnaireVersion", 1).build());
        Http.Answer fresh = Surveys.submit(api, token, Surveys.answers(8, 8).build());
        assertEquals(1, ((Number) Database.rows("select questionnaire_version v from survey_response where id = ?",
                old.json().getString("id")).get(0).get("v")).intValue());
        assertEquals(version, ((Number) Database.rows("select questionnaire_version v from survey_response where id = ?",
                fresh.json().getString("id")).get(0).get("v")).intValue());
    }

    /** Timed answers (VALID under the test settings) until the group has 50 valid samples. */
    void topUp(String token, String tenantId, int rating) {
        long valid = Database.count("select count(*) from survey_response where tenant_id = ? and status = 'VALID'",
                tenantId);
        for (long i = valid; i < 50; i++) {
            assertEquals("VALID", Surveys.submitTimed(api, token, Surveys.answers(rating, rating)).json()
                    .getString("status"));
        }
    }

    static JsonObject own(JsonObject tenantScores) {
        List<JsonObject> own = tenantScores.getJsonArray("ranking").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getBoolean("own")).toList();
        assertEquals(1, own.size(), tenantScores.toString());
        return own.get(0);
    }

    /** JSON-B leaves nulls out. */
    static boolean absent(JsonObject object, String name) {
        return !object.containsKey(name) || object.isNull(name);
    }

    Http.Answer decide(String id, String decision, int expected) {
        Http.Answer answer = assoc.post("/api/v1/review/responses/" + id + "/decision", Json.createObjectBuilder()
                .add("decision", decision).add("reason", "工单号录入错误，已与门店核实").build());
        assertEquals(expected, answer.status(), answer.body());
        return answer;
    }

    static List<Map<String, Object>> rollups() {
        return Database.rows("select * from score_rollup"
                + " order by shop_id, advisor_id, month, brand_code, province_code, questionnaire_version");
    }
}
