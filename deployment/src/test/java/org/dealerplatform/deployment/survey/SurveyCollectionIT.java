package org.dealerplatform.deployment.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.dealerplatform.survey.questionnaire.Questionnaire;
import org.dealerplatform.survey.scoring.SampleScore;
import org.dealerplatform.survey.scoring.Scoring;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Submitting answers over the JSON API and the HTML form: scoring, idempotency, concurrent
 * duplicates, bad input that writes nothing, revoked codes, and screening that needs the database.
 */
@ExtendWith({PlatformStack.class, ArquillianExtension.class})
class SurveyCollectionIT {

    @Deployment(testable = false)
    static WebArchive platform() {
        return Deployments.platform();
    }

    @ArquillianResource
    URL deployed;

    Http api;
    Http groupA;
    String base;
    String shopId;
    String token;

    @BeforeEach
    void shopWithSurveyCode() {
        base = Deployments.base(deployed);
        api = Http.anonymous(base);
        DemoTenants.ensure(api);
        String groupToken = Keycloak.token("group-a");
        groupA = api.as(groupToken);
        shopId = DemoTenants.ensureShop(groupA, "S-COLLECT", "上海徐汇丰田4S店");
        String url = Surveys.scanShopCode(base, groupToken, shopId);
        assertTrue(url.startsWith(base + "/s/"), url);
        token = Surveys.token(url);
    }

    long samples() {
        return Database.count("select count(*) from survey_response where shop_id = ?", shopId);
    }

    JsonObject shopScores() {
        Http.Answer scores = groupA.get("/api/v1/shops/" + shopId + "/scores");
        assertEquals(200, scores.status(), scores.body());
        return scores.json().getJsonObject("score");
    }

    @Test
    void theCurrentQuestionnaireIsPublicAndTheNationalVersion() {
        Http.Answer current = api.get("/api/v1/questionnaires/current");
        assertEquals(200, current.status(), current.body());
        assertTrue(current.json().getInt("version") >= 1);
        assertTrue(current.json().getJsonArray("items").size() >= 5);
        double weights = current.json().getJsonObject("weights").values().stream()
                .mapToDouble(w -> ((jakarta.json.JsonNumber) w).doubleValue()).sum();
        assertEquals(1.0, weights, 1e-6);
        assertEquals(10, current.json().getJsonObject("scale").getInt("max"));
    }

    @Test
    void aJsonSubmissionIsStoredScoredAndCounted() {
        long before = shopScores().getJsonNumber("validSamples").longValue();
        JsonObject survey = api.get("/api/v1/public/surveys/" + token).json();
        Map<String, Integer> ratings = new LinkedHashMap<>();
        int[] given = {9, 8, 10, 7, 9, 10, 8, 6, 7, 9, 8};
        String[] codes = {"A1", "A2", "A3", "T1", "T2", "Q1", "Q2", "P1", "P2", "F1", "F2"};
        for (int i = 0; i < codes.length; i++) {
            ratings.put(codes[i], given[i]);
        }
        JsonObject body = Json.createObjectBuilder(Surveys.withAnswers(ratings, 9))
                .add("ticket", survey.getString("ticket")).add("comment", "服务很好，下次还来")
                .add("questionnaireVersion", 1).build();
        Http.Answer sent = Surveys.submit(api, token, body);
        assertEquals(201, sent.status(), sent.body());
        assertEquals("VALID", sent.json().getString("status"), sent.body());
        assertEquals(0, sent.json().getJsonArray("reasons").size());

        SampleScore expected = Scoring.score(Questionnaire.national(), ratings, 9);
        Map<String, Object> stored = Database.rows("select score_overall, status, nps, comment_text, phone_hash"
                + " from survey_response where id = ?", sent.json().getString("id")).get(0);
        assertEquals(expected.overall(), ((Number) stored.get("score_overall")).doubleValue(), 1e-9);
        assertEquals("服务很好，下次还来", stored.get("comment_text"));
        JsonObject after = shopScores();
        assertEquals(before + 1, after.getJsonNumber("validSamples").longValue());
    }

    @Test
    void aRetryWithTheSameKeyCountsOnceAndAnotherBodyWithThatKeyIs422() {
        String key = UUID.randomUUID().toString();
        JsonObject body = Surveys.answers(8, 8).build();
        Http.Answer first = Surveys.submit(api, token, key, body);
        Http.Answer again = Surveys.submit(api, token, key, body);
        assertEquals(201, first.status(), first.body());
        assertEquals(201, again.status(), again.body());
        assertEquals(first.json(), again.json());
        assertEquals("true", again.header("Idempotent-Replayed").orElse(""));
        assertEquals(1, Database.count("select count(*) from survey_response where idempotency_key = ?", key));

        Http.Answer other = Surveys.submit(api, token, key, Surveys.answers(3, 2).build());
        assertEquals(422, other.status(), other.body());
        assertEquals(1, Database.count("select count(*) from survey_response where idempotency_key = ?", key));
    }

    @Test
    void concurrentDuplicatesStoreOneSample() throws Exception {
        String key = UUID.randomUUID().toString();
        JsonObject body = Surveys.answers(7, 7).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Http.Answer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> Surveys.submit(api, token, key, body));
            }
            Set<String> ids = new HashSet<>();
            for (Future<Http.Answer> f : pool.invokeAll(calls)) {
                Http.Answer answer = f.get();
                assertEquals(201, answer.status(), answer.body());
                ids.add(answer.json().getString("id"));
            }
            assertEquals(1, ids.size());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Database.count("select count(*) from survey_response where idempotency_key = ?", key));
        Map<String, Object> rollup = Database.rows("select sum(valid_count) + sum(suspect_count) + sum(invalid_count) n"
                + " from score_rollup where shop_id = ? and advisor_id = '*'", shopId).get(0);
        assertEquals(samples(), ((Number) rollup.get("n")).longValue(), "each stored sample counted exactly once");
    }

    @Test
    void everyBadInputIsRefusedAndWritesNothing() {
        long samplesBefore = samples();
        long rollupBefore = Database.count("select coalesce(sum(valid_count + suspect_count + invalid_count), 0)"
                + " from score_rollup where shop_id = ?", shopId);
        String otherShop = DemoTenants.ensureShop(groupA, "S-OTHER", "杭州西湖丰田4S店");
        String otherAdvisor = groupA.post("/api/v1/shops/" + otherShop + "/advisors", Json.createObjectBuilder()
                .add("name", "李四").add("employeeNo", "X-" + UUID.randomUUID().toString().substring(0, 8)).build())
                .json().getString("id");
        JsonObject valid = Surveys.answers(8, 8).build();
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("no answers", Json.createObjectBuilder(valid).remove("answers").build().toString());
        cases.put("rating 11", Json.createObjectBuilder(valid).add("answers",
                Json.createObjectBuilder(valid.getJsonObject("answers")).add("A1", 11)).build().toString());
        cases.put("rating 0", Json.createObjectBuilder(valid).add("answers",
                Json.createObjectBuilder(valid.getJsonObject("answers")).add("T2", 0)).build().toString());
        cases.put("rating as text", Json.createObjectBuilder(valid).add("answers",
                Json.createObjectBuilder(valid.getJsonObject("answers")).add("A1", "9")).build().toString());
        cases.put("fractional rating", Json.createObjectBuilder(valid).add("answers",
                Json.createObjectBuilder(valid.getJsonObject("answers")).add("A1", 8.5)).build().toString());
        cases.put("missing item", Json.createObjectBuilder(valid).add("answers",
                Json.createObjectBuilder(valid.getJsonObject("answers")).remove("F2")).build().toString());
        cases.put("unknown item", Json.createObjectBuilder(valid).add("answers",
                Json.createObjectBuilder(valid.getJsonObject("answers")).add("Z9", 5)).build().toString());
        cases.put("recommend 11", Json.createObjectBuilder(valid).add("recommend", 11).build().toString());
        cases.put("no recommend", Json.createObjectBuilder(valid).remove("recommend").build().toString());
        cases.put("bad visit type", Json.createObjectBuilder(valid).add("visitType", "WASH").build().toString());
        cases.put("comment of 1001", Json.createObjectBuilder(valid).add("comment", "好".repeat(1001)).build().toString());
        cases.put("bad phone", Json.createObjectBuilder(valid).add("phone", "12345").build().toString());
        cases.put("bad repair order", Json.createObjectBuilder(valid).add("repairOrderNo", "RO 1; drop").build().toString());
        cases.put("advisor of another shop", Json.createObjectBuilder(valid).add("advisorId", otherAdvisor).build().toString());
        cases.put("unknown field", Json.createObjectBuilder(valid).add("score", 100).build().toString());
        cases.put("unknown version", Json.createObjectBuilder(valid).add("questionnaireVersion", 999).build().toString());
        cases.put("malformed json", "{\"answers\": {");
        cases.put("array body", "[1, 2, 3]");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Http.Answer answer = api.postWithHeader("/api/v1/public/surveys/" + token + "/responses", "Idempotency-Key",
                    UUID.randomUUID().toString(), c.getValue());
            assertEquals(400, answer.status(), c.getKey() + ": " + answer.body());
            assertTrue(answer.contentType().startsWith("application/problem+json"), c.getKey());
        }
        Http.Answer tooLarge = api.postWithHeader("/api/v1/public/surveys/" + token + "/responses", "Idempotency-Key",
                UUID.randomUUID().toString(), Json.createObjectBuilder(valid).add("comment", "x".repeat(17_000)).build()
                        .toString());
        assertEquals(413, tooLarge.status(), tooLarge.body());
        Http.Answer noKey = api.postWithHeader("/api/v1/public/surveys/" + token + "/responses", "Idempotency-Key", null,
                valid.toString());
        assertEquals(400, noKey.status(), noKey.body());
        assertEquals(List.of("Idempotency-Key"), noKey.fieldErrors());
        Http.Answer unknownToken = Surveys.submit(api, "AAAAAAAAAAAAAAAAAAAAAA", valid);
        assertEquals(404, unknownToken.status(), unknownToken.body());

        assertEquals(samplesBefore, samples(), "a refused submission stored nothing");
        assertEquals(rollupBefore, Database.count("select coalesce(sum(valid_count + suspect_count + invalid_count), 0)"
                + " from score_rollup where shop_id = ?", shopId));
    }

    @Test
    void theHtmlFormStoresTheSampleAndRedirectsToThanks() {
        String page = api.getPage("/s/" + token).body();
        String ticket = hidden(page, "ticket");
        String submission = hidden(page, "submission");
        StringBuilder form = new StringBuilder("ticket=" + enc(ticket) + "&submission=" + submission
                + "&questionnaireVersion=1&recommend=8&visitType=REPAIR&comment=" + enc("等待时间有点长 <b>"));
        for (String code : new String[] {"A1", "A2", "A3", "T1", "T2", "Q1", "Q2", "P1", "P2", "F1", "F2"}) {
            form.append("&q_").append(code).append("=7");
        }
        Http.Answer posted = api.postForm("/s/" + token, form.toString());
        assertEquals(303, posted.status(), posted.body());
        assertTrue(posted.header("Location").orElseThrow().endsWith("/s/" + token + "/thanks"));
        assertEquals(1, Database.count("select count(*) from survey_response where idempotency_key = ?", submission));
        assertEquals(200, api.getPage("/s/" + token + "/thanks").status());

        // the same form sent again (a double tap, a reload) is still one sample
        assertEquals(303, api.postForm("/s/" + token, form.toString()).status());
        assertEquals(1, Database.count("select count(*) from survey_response where idempotency_key = ?", submission));
    }

    @Test
    void whenTheDatabaseIsGoneTheFormComesBackReadyToSendAgainAndCountsOnce() {
        String page = api.getPage("/s/" + token).body();
        String submission = hidden(page, "submission");
        StringBuilder form = new StringBuilder("ticket=" + enc(hidden(page, "ticket")) + "&submission=" + submission
                + "&questionnaireVersion=1&recommend=9&visitType=MAINTENANCE&comment=" + enc("数据库断开时提交"));
        for (String code : new String[] {"A1", "A2", "A3", "T1", "T2", "Q1", "Q2", "P1", "P2", "F1", "F2"}) {
            form.append("&q_").append(code).append("=8");
        }
        PlatformStack.databaseLink().disable();
        Http.Answer failed;
        try {
            failed = api.postForm("/s/" + token, form.toString());
        } finally {
            PlatformStack.databaseLink().enable();
        }
        assertEquals(503, failed.status(), failed.body());
        assertTrue(failed.body().contains("id=\"retry\""), failed.body());
        assertTrue(failed.body().contains("name=\"q_A1\" value=\"8\""), "the answers are in the page");
        assertTrue(failed.body().contains("数据库断开时提交"));
        assertEquals(0, Database.count("select count(*) from survey_response where idempotency_key = ?", submission));

        // "send again" posts the same fields; the platform has its database back
        String again = failed.body().lines().filter(l -> l.startsWith("<input type=\"hidden\""))
                .map(l -> enc(attribute(l, "name")) + "=" + enc(attribute(l, "value")))
                .reduce((a, b) -> a + "&" + b).orElseThrow();
        Http.Answer retried = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            retried = api.postForm("/s/" + token, again);
            if (retried.status() == 303) {
                break;
            }
            sleep(500); // the pool reconnects
        }
        assertEquals(303, retried.status(), retried.body());
        assertEquals(1, Database.count("select count(*) from survey_response where idempotency_key = ?", submission));
    }

    static String attribute(String tag, String name) {
        String marker = name + "=\"";
        int at = tag.indexOf(marker) + marker.length();
        return tag.substring(at, tag.indexOf('"', at)).replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&#39;", "'").replace("&amp;", "&");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anIncompleteFormComesBackWithTheAnswersKeptAndTheGapsNamed() {
        long before = samples();
        String page = api.getPage("/s/" + token).body();
        String form = "ticket=" + enc(hidden(page, "ticket")) + "&submission=" + hidden(page, "submission")
                + "&q_A1=9&q_A2=4&visitType=OTHER&comment=" + enc("<script>alert(1)</script>");
        Http.Answer answer = api.postForm("/s/" + token, form);
        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("id=\"error-summary\""), answer.body());
        assertTrue(answer.body().contains("value=\"9\" checked"), "the given rating is kept");
        assertTrue(answer.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the comment is kept, escaped");
        assertTrue(!answer.body().contains("<script>alert(1)"), "never unescaped");
        assertEquals(before, samples());
    }

    @Test
    void aRotatedCodeShowsAFriendlyPageAndItsLateAnswersAreInvalid() {
        String oldToken = token;
        JsonObject ticket = api.get("/api/v1/public/surveys/" + oldToken).json();
        Http.Answer rotated = groupA.post("/api/v1/shops/" + shopId + "/qr-token/rotate", Json.createObjectBuilder().build());
        assertEquals(200, rotated.status(), rotated.body());
        String newToken = Surveys.token(rotated.json().getString("url"));
        assertTrue(!newToken.equals(oldToken));
        assertEquals(newToken, Surveys.token(Surveys.scanShopCode(base, Keycloak.token("group-a"), shopId)));

        Http.Answer page = api.getPage("/s/" + oldToken);
        assertEquals(410, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        assertTrue(page.body().contains("此二维码已停用"), page.body());
        assertEquals(410, api.get("/api/v1/public/surveys/" + oldToken).status());
        assertEquals(404, api.getPage("/s/doesNotExist000000000").status());

        long validBefore = shopScores().getJsonNumber("validSamples").longValue();
        Http.Answer late = Surveys.submit(api, oldToken, Json.createObjectBuilder(Surveys.answers(9, 9).build())
                .add("ticket", ticket.getString("ticket")).build());
        assertEquals(201, late.status(), late.body());
        assertEquals("INVALID", late.json().getString("status"));
        assertTrue(late.json().getJsonArray("reasons").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(r -> r.getString().equals("TOKEN_REVOKED")));
        assertEquals(validBefore, shopScores().getJsonNumber("validSamples").longValue());
        assertEquals(200, api.getPage("/s/" + newToken).status());
    }

    @Test
    void screeningFlagsARepeatedRepairOrderAndQuickTopScoresAndKeepsThemOutOfTheScores() {
        String order = "RO-" + UUID.randomUUID().toString().substring(0, 8);
        String ticket = api.get("/api/v1/public/surveys/" + token).json().getString("ticket");
        JsonObject withOrder = Surveys.answers(8, 9).add("repairOrderNo", order).add("ticket", ticket).build();
        Http.Answer first = Surveys.submit(api, token, withOrder);
        assertEquals("VALID", first.json().getString("status"), first.body());
        long valid = shopScores().getJsonNumber("validSamples").longValue();
        Http.Answer second = Surveys.submit(api, token, withOrder);
        assertEquals("SUSPECT", second.json().getString("status"), second.body());
        assertTrue(second.body().contains("REPEAT_REPAIR_ORDER"), second.body());

        Http.Answer allTop = Surveys.submit(api, token, Surveys.answers(10, 10).add("ticket", ticket).build());
        assertEquals("SUSPECT", allTop.json().getString("status"), allTop.body());
        assertTrue(allTop.body().contains("STRAIGHT_LINED_FAST"), allTop.body());

        Http.Answer untimed = Surveys.submit(api, token, Surveys.answers(6, 6).add("ticket", "123.forged").build());
        assertTrue(untimed.body().contains("NO_TIMING"), untimed.body());

        assertEquals(valid, shopScores().getJsonNumber("validSamples").longValue(), "suspect samples do not count");
        assertEquals(1, Database.count("select count(*) from screening_case where response_id = ?",
                second.json().getString("id")));

        // the same phone twice: the second is flagged; the number itself is stored nowhere
        JsonObject withPhone = Surveys.answers(7, 8).add("phone", "138 1234 5678").add("ticket", ticket).build();
        assertEquals("VALID", Surveys.submit(api, token, withPhone).json().getString("status"));
        Http.Answer again = Surveys.submit(api, token, withPhone);
        assertTrue(again.body().contains("REPEAT_PHONE"), again.body());
        Map<String, Object> row = Database.rows("select * from survey_response where id = ?",
                again.json().getString("id")).get(0);
        assertEquals(64, String.valueOf(row.get("phone_hash")).length());
        assertTrue(row.values().stream().noneMatch(v -> String.valueOf(v).contains("12345678")), row.toString());
    }

    static String hidden(String page, String name) {
        String marker = "name=\"" + name + "\" value=\"";
        int at = page.indexOf(marker);
        assertTrue(at > 0, "hidden field " + name);
        return page.substring(at + marker.length(), page.indexOf('"', at + marker.length()));
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
