package org.dealerplatform.deployment.survey;

import org.dealerplatform.deployment.support.SharedPlatform;
import org.dealerplatform.deployment.support.PlatformWar;
import org.dealerplatform.deployment.support.PlatformUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Submitting answers over the JSON API and the HTML form: scoring, idempotency, concurrent
 * duplicates, bad input that writes nothing, revoked codes, and screening that needs the database.
 */
@ExtendWith(SharedPlatform.class)
class SurveyCollectionIT {

    /** The WAR as shipped; the test stack makes its workers and sweeps tick within seconds (PlatformStack). */
    @PlatformWar
    static WebArchive platform() {
        return Deployments.platform();
    }

    @PlatformUrl
    URL deployed;

    Http api;
    Http groupA;
    Http assoc;
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
        assoc = api.as(Keycloak.token("assoc"));
        shopId = DemoTenants.ensureShop(groupA, "S-COLLECT", "上海徐汇丰田4S店");
        String url = Surveys.scanShopCode(base, groupToken, shopId);
        assertTrue(url.startsWith(base + "/s/"), url);
        token = Surveys.token(url);
    }

    /** The anonymous client as a browser on the survey page posts: with the platform's own Origin. */
    Http browser() {
        return api.with("Origin", base);
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
        assertEquals(Set.of("id"), sent.json().keySet(), "the sender learns the id, nothing else");
        JsonObject reviewed = Surveys.reviewed(assoc, sent.json().getString("id"));
        assertEquals("VALID", reviewed.getString("status"), reviewed.toString());
        assertEquals(0, reviewed.getJsonArray("reasons").size());

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
        assertEquals(Set.of("id"), again.json().keySet(), "a replay tells nothing more");
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
        Http.Answer posted = browser().postForm("/s/" + token, form.toString());
        assertEquals(303, posted.status(), posted.body());
        assertTrue(posted.header("Location").orElseThrow().endsWith("/s/" + token + "/thanks"));
        assertEquals(1, Database.count("select count(*) from survey_response where idempotency_key = ?", submission));
        assertEquals(200, api.getPage("/s/" + token + "/thanks").status());

        // the same form sent again (a double tap, a reload) is still one sample
        assertEquals(303, browser().postForm("/s/" + token, form.toString()).status());
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
            failed = browser().postForm("/s/" + token, form.toString());
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
            retried = browser().postForm("/s/" + token, again);
            if (retried.status() == 303) {
                break;
            }
            sleep(500); // the pool reconnects
        }
        assertEquals(303, retried.status(), retried.body());
        assertEquals(1, Database.count("select count(*) from survey_response where idempotency_key = ?", submission));
    }

    /**
     * An operator's outage: the database's port cut (the test stack's proxy refuses connections
     * and cuts the pooled ones). Every API call and JSON submission answers 503 problem+json with
     * Retry-After within 2 s instead of hanging or answering 500, and once the port is back the
     * platform serves again on its own, the same submission key then storing exactly one sample.
     */
    @Test
    void whileTheDatabaseIsAwayTheApiAnswers503WithinTwoSecondsAndRecoversOnItsOwn() {
        String ticket = api.get("/api/v1/public/surveys/" + token).json().getString("ticket");
        JsonObject body = Json.createObjectBuilder(Surveys.answers(8, 9).build()).add("ticket", ticket).build();
        String key = "db-away-" + java.util.UUID.randomUUID();
        PlatformStack.databaseLink().disable();
        try {
            for (int round = 0; round < 3; round++) {
                assertQuickUnavailable(() -> groupA.get("/api/v1/shops"), "shops API");
                assertQuickUnavailable(() -> Surveys.submit(api, token, key, body), "JSON submission");
                assertQuickUnavailable(() -> assoc.get("/api/v1/scores/national"), "national scores");
            }
        } finally {
            PlatformStack.databaseLink().enable();
        }
        long back = System.nanoTime();
        Http.Answer shops = groupA.get("/api/v1/shops");
        while (shops.status() != 200 && System.nanoTime() - back < 10_000_000_000L) {
            sleep(100);
            shops = groupA.get("/api/v1/shops");
        }
        assertEquals(200, shops.status(), shops.body());
        System.out.printf("database back: the API served again after %.1f s%n", (System.nanoTime() - back) / 1e9);
        assertTrue(System.nanoTime() - back < 3_000_000_000L, "recovered within about a second");
        Http.Answer stored = Surveys.submit(api, token, key, body);
        assertEquals(201, stored.status(), stored.body());
        assertEquals(1, Database.count("select count(*) from survey_response where idempotency_key = ?", key));
    }

    static void assertQuickUnavailable(java.util.function.Supplier<Http.Answer> call, String what) {
        long start = System.nanoTime();
        Http.Answer answer = call.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("database away: %s answered %d in %d ms%n", what, answer.status(), millis);
        assertEquals(503, answer.status(), what + ": " + answer.body());
        assertTrue(answer.header("Retry-After").isPresent(), what + " says when to retry");
        assertTrue(answer.header("Content-Type").orElse("").startsWith("application/problem+json"), what);
        assertTrue(millis < 2_000, what + " answered within 2 s, not " + millis + " ms");
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
        Http.Answer answer = browser().postForm("/s/" + token, form);
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
        JsonObject lateReview = Surveys.reviewed(assoc, late.json().getString("id"));
        assertEquals("INVALID", lateReview.getString("status"));
        assertTrue(reasons(lateReview).contains("TOKEN_REVOKED"), lateReview.toString());
        assertEquals(validBefore, shopScores().getJsonNumber("validSamples").longValue());
        assertEquals(200, api.getPage("/s/" + newToken).status());
    }

    @Test
    void screeningFlagsARepeatedRepairOrderAndQuickTopScoresAndKeepsThemOutOfTheScores() {
        String order = "RO-" + UUID.randomUUID().toString().substring(0, 8);
        String ticket = api.get("/api/v1/public/surveys/" + token).json().getString("ticket");
        JsonObject withOrder = Surveys.answers(8, 9).add("repairOrderNo", order).add("ticket", ticket).build();
        Http.Answer first = Surveys.submit(api, token, withOrder);
        assertEquals("VALID", Surveys.statusOf(assoc, first));
        long valid = shopScores().getJsonNumber("validSamples").longValue();
        Http.Answer second = Surveys.submit(api, token, withOrder);
        JsonObject repeat = Surveys.reviewed(assoc, second.json().getString("id"));
        assertEquals("SUSPECT", repeat.getString("status"), repeat.toString());
        assertTrue(reasons(repeat).contains("REPEAT_REPAIR_ORDER"), repeat.toString());
        // the first sample of that repair order is not trusted by default either: both wait in one case
        JsonObject firstNow = Surveys.reviewed(assoc, first.json().getString("id"));
        assertEquals("SUSPECT", firstNow.getString("status"), firstNow.toString());
        assertEquals(List.of("REPEAT_REPAIR_ORDER"), reasons(firstNow));
        assertEquals(repeat.getString("caseId"), firstNow.getString("caseId"));

        Http.Answer allTop = Surveys.submit(api, token, Surveys.answers(10, 10).add("ticket", ticket).build());
        JsonObject straight = Surveys.reviewed(assoc, allTop.json().getString("id"));
        assertEquals("SUSPECT", straight.getString("status"), straight.toString());
        assertTrue(reasons(straight).contains("STRAIGHT_LINED_FAST"), straight.toString());
        assertTrue(straight.getJsonObject("facts").getBoolean("allTopScores"));

        Http.Answer untimed = Surveys.submit(api, token, Surveys.answers(6, 6).add("ticket", "123.forged").build());
        assertTrue(reasons(Surveys.reviewed(assoc, untimed.json().getString("id"))).contains("NO_TIMING"));

        assertEquals(valid - 1, shopScores().getJsonNumber("validSamples").longValue(),
                "suspect samples do not count, and the first of the repeated order left the scores");
        assertEquals(1, Database.count("select count(*) from screening_case where response_id = ?",
                second.json().getString("id")));

        // the same phone twice: the second is flagged; the number itself is stored nowhere
        JsonObject withPhone = Surveys.answers(7, 8).add("phone", "138 1234 5678")
                .add("ticket", api.get("/api/v1/public/surveys/" + token).json().getString("ticket")).build();
        Http.Answer firstPhone = Surveys.submit(api, token, withPhone);
        assertEquals("VALID", Surveys.statusOf(assoc, firstPhone));
        Http.Answer again = Surveys.submit(api, token, withPhone);
        JsonObject phoneRepeat = Surveys.reviewed(assoc, again.json().getString("id"));
        assertTrue(reasons(phoneRepeat).contains("REPEAT_PHONE"), phoneRepeat.toString());
        assertTrue(phoneRepeat.getJsonObject("facts").getBoolean("phone"));
        JsonObject firstPhoneNow = Surveys.reviewed(assoc, firstPhone.json().getString("id"));
        assertEquals(List.of("REPEAT_PHONE"), reasons(firstPhoneNow), "the first with that phone is flagged along");
        assertEquals(phoneRepeat.getString("caseId"), firstPhoneNow.getString("caseId"));
        Map<String, Object> row = Database.rows("select * from survey_response where id = ?",
                again.json().getString("id")).get(0);
        assertEquals(64, String.valueOf(row.get("phone_hash")).length());
        assertTrue(row.values().stream().noneMatch(v -> String.valueOf(v).contains("12345678")), row.toString());
    }

    /**
     * Phone hashes are keyed per dealer group (SURVEY_SECRET and the tenant): the same phone twice in
     * one group is still REPEAT_PHONE, while in another group it hashes differently, so one customer
     * cannot be linked across groups, and is not a repeat there.
     */
    @Test
    void phoneHashesAreKeyedPerDealerGroup() {
        String phone = "139" + (10_000_000 + new java.util.Random().nextInt(89_999_999));
        String groupBToken = Keycloak.token("group-b");
        String shopB = DemoTenants.ensureShop(api.as(groupBToken), "S-HASH-B", "广州天河本田4S店");
        String tokenB = Surveys.token(Surveys.scanShopCode(base, groupBToken, shopB));

        Map<String, Object> first = stored(Surveys.submitTimed(api, token, Surveys.answers(8, 9).add("phone", phone)));
        Map<String, Object> again = stored(Surveys.submitTimed(api, token, Surveys.answers(7, 8).add("phone", phone)));
        Map<String, Object> inB = stored(Surveys.submitTimed(api, tokenB, Surveys.answers(8, 9).add("phone", phone)));

        assertEquals(first.get("phone_hash"), again.get("phone_hash"), "same group, same hash");
        assertTrue(String.valueOf(again.get("reasons")).contains("REPEAT_PHONE"), again.toString());
        assertTrue(!first.get("phone_hash").equals(inB.get("phone_hash")), "another group, another hash");
        assertTrue(!String.valueOf(inB.get("reasons")).contains("REPEAT_PHONE"), inB.toString());
    }

    private static Map<String, Object> stored(Http.Answer sent) {
        assertEquals(201, sent.status(), sent.body());
        return Database.rows("select phone_hash, status, reasons from survey_response where id = ?",
                sent.json().getString("id")).get(0);
    }

    // --- retention of personal data: the erasure request and the sweep ---

    /**
     * The association erases every trace of one number: the screening hash in each group that has
     * it (and the request hash that bound it), a call-back contact stored under its fingerprint;
     * the audit trail records the erasure without the number. Group admins get 403, a number the
     * platform could not have stored 400.
     */
    @Test
    void theAssociationErasesEveryTraceOfOneNumberAndTheTrailKeepsNoNumber() {
        String phone = "137" + (10_000_000 + new java.util.Random().nextInt(89_999_999));
        String groupBToken = Keycloak.token("group-b");
        String shopB = DemoTenants.ensureShop(api.as(groupBToken), "S-HASH-B", "广州天河本田4S店");
        String tokenB = Surveys.token(Surveys.scanShopCode(base, groupBToken, shopB));
        String inA = Surveys.submitTimed(api, token, Surveys.answers(8, 9).add("phone", phone)).json().getString("id");
        String inB = Surveys.submitTimed(api, tokenB, Surveys.answers(8, 9).add("phone", phone)).json().getString("id");
        String otherPhone = Surveys.submitTimed(api, token, Surveys.answers(8, 9).add("phone", "136" + phone.substring(3)))
                .json().getString("id");
        String requestHashBefore = String.valueOf(traces(inA).get("request_hash"));
        assertEquals(64, String.valueOf(traces(inA).get("phone_hash")).length());
        String alert = storedContact(phone, java.time.Instant.now());
        try {
            eraseAndCheck(phone, inA, inB, otherPhone, requestHashBefore, alert);
        } finally {
            Database.update("delete from alert_case where id = ?", alert); // made up: no sample behind it
        }
    }

    private void eraseAndCheck(String phone, String inA, String inB, String otherPhone, String requestHashBefore,
                               String alert) {
        JsonObject body = Json.createObjectBuilder().add("phone", "+86 " + phone.substring(0, 3) + "-"
                + phone.substring(3, 7) + "-" + phone.substring(7)).build();
        assertEquals(403, groupA.post("/api/v1/privacy/erasures", body).status());
        Http.Answer bad = assoc.post("/api/v1/privacy/erasures", Json.createObjectBuilder().add("phone", "12345").build());
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("phone"), bad.body());
        Http.Answer erased = assoc.post("/api/v1/privacy/erasures", body);
        assertEquals(200, erased.status(), erased.body());

        JsonObject counts = erased.json().getJsonObject("erased");
        assertTrue(counts.getJsonNumber("surveys").longValue() >= 2, counts.toString());
        assertEquals(1, counts.getJsonNumber("alerts").longValue(), counts.toString());
        assertEquals(null, traces(inA).get("phone_hash"));
        assertEquals(null, traces(inB).get("phone_hash"));
        assertFalse(requestHashBefore.equals(String.valueOf(traces(inA).get("request_hash"))),
                "the request hash bound the phone hash: replaced too");
        assertEquals(64, String.valueOf(traces(otherPhone).get("phone_hash")).length(), "another number stays");
        Map<String, Object> contact = Database.rows("select contact, contact_fingerprint, erased_at from alert_case"
                + " where id = ?", alert).get(0);
        assertEquals(null, contact.get("contact"));
        assertEquals(null, contact.get("contact_fingerprint"));
        assertTrue(contact.get("erased_at") != null);

        String erasureId = erased.json().getString("id");
        Http.Answer trail = assoc.get("/api/v1/audit?objectId=" + erasureId);
        assertEquals(200, trail.status(), trail.body());
        assertTrue(trail.body().contains("privacy.phone-erased"), trail.body());
        assertEquals(0, Database.count("select count(*) from audit_entry where summary like ? or object_id like ?"
                + " or reason like ?", "%" + phone.substring(3) + "%", "%" + phone.substring(3) + "%",
                "%" + phone.substring(3) + "%"), "the audit trail holds no number");
    }

    /**
     * The sweep clears a sample's hashes once no screening window can compare them (repeat window
     * 30 days and a margin of an hour), and a call-back contact 30 days after its alert; a recent
     * sample keeps its hash, so screening still sees repeats.
     */
    @Test
    void theSweepClearsHashesPastTheirWindowAndContactsPastThirtyDays() throws Exception {
        String phone = "135" + (10_000_000 + new java.util.Random().nextInt(89_999_999));
        String aged = Surveys.submitTimed(api, token, Surveys.answers(8, 9).add("phone", phone)).json().getString("id");
        String recent = Surveys.submitTimed(api, token, Surveys.answers(8, 9).add("phone", "134" + phone.substring(3)))
                .json().getString("id");
        Object submittedAt = Database.rows("select submitted_at from survey_response where id = ?", aged).get(0)
                .get("submitted_at");
        Object recentAt = Database.rows("select submitted_at from survey_response where id = ?", recent).get(0)
                .get("submitted_at");
        String oldAlert = storedContact("133" + phone.substring(3),
                java.time.Instant.now().minus(java.time.Duration.ofDays(31)));
        String newAlert = storedContact("132" + phone.substring(3), java.time.Instant.now());
        java.time.Instant pastTheWindow = java.time.Instant.now().minus(java.time.Duration.ofDays(30).plusMinutes(70));
        Database.update("update survey_response set submitted_at = ? where id = ?",
                java.sql.Timestamp.from(pastTheWindow), aged);
        // past the burst window (10 minutes) and the margin, within the repeat window: the address
        // goes, the phone stays. (Each hash's sweep walks forward from where it stopped, so only a
        // sample aged no further back than its own cut-off is seen again: the row aged by 30 days
        // above lies behind the address walk, which real submission times never do.)
        Database.update("update survey_response set submitted_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofMinutes(80))), recent);
        try {
            long until = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < until && (traces(aged).get("phone_hash") != null
                    || traces(recent).get("address_hash") != null
                    || Database.count("select count(*) from alert_case where id = ? and contact is not null", oldAlert) > 0)) {
                sleep(500);
            }
            Map<String, Object> swept = traces(aged);
            assertEquals(null, swept.get("phone_hash"), swept.toString());
            assertEquals(null, swept.get("device_hash"), swept.toString());
            assertEquals(64, String.valueOf(traces(recent).get("phone_hash")).length(), "within the window it stays");
            assertEquals(null, traces(recent).get("address_hash"), "past the burst window the address goes");
            assertEquals(0, Database.count("select count(*) from alert_case where id = ? and contact is not null", oldAlert));
            assertEquals(1, Database.count("select count(*) from alert_case where id = ? and contact is not null", newAlert));
            assertEquals(1, Database.count("select count(*) from audit_entry where action = 'alert.contact.erased'"
                    + " and object_id = ?", oldAlert));
        } finally {
            // back in its month: the rollups counted it there; the made-up alerts have no sample behind them
            Database.update("update survey_response set submitted_at = ? where id = ?", submittedAt, aged);
            Database.update("update survey_response set submitted_at = ? where id = ?", recentAt, recent);
            Database.update("delete from alert_case where id in (?, ?)", oldAlert, newAlert);
        }
    }

    private static Map<String, Object> traces(String sampleId) {
        return Database.rows("select phone_hash, device_hash, address_hash, request_hash from survey_response"
                + " where id = ?", sampleId).get(0);
    }

    /**
     * An alert of group A with a consented contact for this number, as the alerts module stores it:
     * sealed bytes (their content does not matter here) and the fingerprint under the demo stack's
     * fingerprint key (ContactSettings).
     */
    private String storedContact(String phone, java.time.Instant raisedAt) throws RuntimeException {
        String demoKey;
        try {
            demoKey = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                    .digest("dealer-platform demo alerts fingerprint key, public, demo only"
                            .getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String fingerprint = new org.dealerplatform.alerts.contact.PhoneFingerprints("demo", demoKey)
                .of(org.dealerplatform.core.phone.PhoneNumber.parse(phone)).hex();
        String id = UUID.randomUUID().toString();
        java.sql.Timestamp at = java.sql.Timestamp.from(raisedAt);
        Database.update("insert into alert_case (id, tenant_id, shop_id, sample_id, submitted_at, conditions,"
                        + " reasons_zh, reasons_en, status, raised_at, first_contact_due, closure_due, consent_version,"
                        + " consented_at, contact, contact_fingerprint, updated_at)"
                        + " values (?, 'demo-group-a', ?, ?, ?, 'LOW_OVERALL', '-', '-', 'OPEN', ?, ?, ?, '1', ?,"
                        + " unhex(repeat('ab', 45)), ?, ?)",
                id, shopId, UUID.randomUUID().toString(), at, at, at, at, at, fingerprint, at);
        return id;
    }

    // --- integrity under attack: tickets, device markers, cross-site posts, floods, the ceiling ---

    /** Status and reasons as staff see them (the anonymous response carries only the id). */
    static Map<String, Object> screened(String sampleId) {
        return Database.rows("select status, reasons from survey_response where id = ?", sampleId).get(0);
    }

    static Map<String, Object> screenedByKey(String key) {
        return Database.rows("select status, reasons from survey_response where idempotency_key = ?", key).get(0);
    }

    String freshTicket() {
        return api.get("/api/v1/public/surveys/" + token).json().getString("ticket");
    }

    /** The signed device marker the survey page sets in a browser without one. */
    static String deviceCookie(Http.Answer page) {
        String set = page.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SV_DEVICE + "=")).findFirst().orElseThrow(() -> new AssertionError(
                        "no device marker set: " + page.raw().headers().map()));
        return set.substring(SV_DEVICE.length() + 1, set.indexOf(';'));
    }

    static final String SV_DEVICE = "sv_device";

    static String formOf(String page, int rating) {
        StringBuilder form = new StringBuilder("ticket=" + enc(hidden(page, "ticket")) + "&view=" + enc(hidden(page, "view"))
                + "&submission=" + hidden(page, "submission") + "&questionnaireVersion=1&recommend=8&visitType=REPAIR");
        for (String code : new String[] {"A1", "A2", "A3", "T1", "T2", "Q1", "Q2", "P1", "P2", "F1", "F2"}) {
            form.append("&q_").append(code).append("=").append(rating);
        }
        return form.toString();
    }

    @Test
    void aStartTicketCountsOnceEvenWhenSentConcurrentlyAndAMissingOrForgedOneIsNoPass() throws Exception {
        String ticket = freshTicket();
        String key = UUID.randomUUID().toString();
        JsonObject body = Surveys.answers(8, 8).add("ticket", ticket).build();
        Http.Answer first = Surveys.submit(api, token, key, body);
        assertEquals(201, first.status(), first.body());
        assertEquals("VALID", screened(first.json().getString("id")).get("status"), "the page view's first sample");
        Http.Answer retried = Surveys.submit(api, token, key, body);
        assertEquals(first.json().getString("id"), retried.json().getString("id"), "a retry is the same use");
        assertEquals("VALID", screened(first.json().getString("id")).get("status"));

        Http.Answer reused = Surveys.submit(api, token, Surveys.answers(3, 2).add("ticket", ticket).build());
        assertEquals(201, reused.status(), "kept, as every answer is");
        assertEquals("SUSPECT", screened(reused.json().getString("id")).get("status"));
        assertTrue(String.valueOf(screened(reused.json().getString("id")).get("reasons")).contains("TICKET_REUSED"));

        // one ticket, eight customers at once: exactly one of them is its first use
        String shared = freshTicket();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<String> ids = new ArrayList<>();
        try {
            List<Callable<Http.Answer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int rating = 2 + i;
                calls.add(() -> Surveys.submit(api, token, Surveys.answers(rating, 7).add("ticket", shared).build()));
            }
            for (Future<Http.Answer> f : pool.invokeAll(calls)) {
                assertEquals(201, f.get().status(), f.get().body());
                ids.add(f.get().json().getString("id"));
            }
        } finally {
            pool.shutdownNow();
        }
        long reuses = ids.stream().filter(id -> String.valueOf(screened(id).get("reasons")).contains("TICKET_REUSED"))
                .count();
        assertEquals(7, reuses, "one first use, seven reuses");
        String view = shared.substring(0, shared.indexOf('.'));
        assertEquals(1, Database.count("select count(*) from survey_ticket_use where view_id = ?", view));
        assertTrue(Database.count("select count(*) from survey_ticket_use where view_id = ?"
                + " and expires_at > utc_timestamp() + interval 100 minute and expires_at < utc_timestamp()"
                + " + interval 121 minute", view) == 1, "remembered as long as the ticket is good (2 h), then swept");

        for (String bad : new String[] {null, "123.forged", "AAAAAAAAAAAAAAAAAAAAAA.1700000000.BBBBBBBBBBBBBBBBBBBBBB"}) {
            var answers = Surveys.answers(6, 6);
            if (bad != null) {
                answers.add("ticket", bad);
            }
            Http.Answer untimed = Surveys.submit(api, token, answers.build());
            assertEquals(201, untimed.status(), untimed.body());
            Map<String, Object> row = screened(untimed.json().getString("id"));
            assertEquals("SUSPECT", row.get("status"), bad);
            assertTrue(String.valueOf(row.get("reasons")).contains("NO_TIMING"), bad + ": " + row);
        }
    }

    @Test
    void aForgedDeviceMarkerIsFlaggedAndReplacedByASignedOne() {
        Http.Answer page = api.with("Cookie", SV_DEVICE + "=made-up-marker-1234567890").getPage("/s/" + token);
        assertEquals(200, page.status());
        String signed = deviceCookie(page);
        assertTrue(signed.matches("[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{22}"), "replaced by a signed marker: " + signed);
        assertEquals(List.of(), api.with("Cookie", SV_DEVICE + "=" + signed).getPage("/s/" + token).raw().headers()
                .allValues("Set-Cookie"), "a signed marker is kept");

        for (String forged : new String[] {"made-up-marker-1234567890", signed.substring(0, 22),
                signed.substring(0, 23) + "AAAAAAAAAAAAAAAAAAAAAA"}) {
            Http.Answer sent = Surveys.submit(api.with("Cookie", SV_DEVICE + "=" + forged), token,
                    Surveys.answers(7, 8).add("ticket", freshTicket()).build());
            assertEquals(201, sent.status(), sent.body());
            Map<String, Object> row = screened(sent.json().getString("id"));
            assertEquals("SUSPECT", row.get("status"), forged);
            assertEquals("DEVICE_FORGED", row.get("reasons"), forged);
        }
        Http.Answer genuine = Surveys.submit(api.with("Cookie", SV_DEVICE + "=" + signed), token,
                Surveys.answers(7, 8).add("ticket", freshTicket()).build());
        assertEquals("VALID", screened(genuine.json().getString("id")).get("status"), "the signed marker passes");

        // the form: kept and flagged too, and the browser gets a signed marker back
        Http.Answer formPage = api.getPage("/s/" + token);
        String key = hidden(formPage.body(), "submission");
        Http.Answer posted = browser().with("Cookie", SV_DEVICE + "=forged-in-the-form-0000000")
                .postForm("/s/" + token, formOf(formPage.body(), 8));
        assertEquals(303, posted.status(), posted.body());
        assertEquals("DEVICE_FORGED", screenedByKey(key).get("reasons"));
        assertTrue(deviceCookie(posted).matches("[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{22}"));
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedWithAFriendlyPageAndARealCustomerCanSendFromThere() {
        Http.Answer page = api.getPage("/s/" + token);
        String cookie = SV_DEVICE + "=" + deviceCookie(page);
        String key = hidden(page.body(), "submission");
        String form = formOf(page.body(), 7) + "&comment=" + enc("第三方网站代填");

        // another site's page: its Origin (or Referer) names it; a same-site cookie would not even be sent
        for (Http from : List.of(api.with("Origin", "https://evil.example"),
                api.with("Origin", "https://evil.example").with("Cookie", cookie),
                api.with("Referer", "https://evil.example/free-gift.html"),
                api.with("Origin", base + ".evil.example"),
                api, // neither Origin nor Referer, and no cookie: no proof at all
                api.with("Origin", "null"), // a sandboxed page or a no-referrer policy elsewhere
                api.with("Cookie", cookie))) { // the cookie, but the form token of no view
            Http.Answer refused = from.postForm("/s/" + token, form.replace("&view=", "&view=x"));
            assertEquals(403, refused.status(), refused.body());
            assertTrue(refused.contentType().startsWith("text/html"), refused.contentType());
            assertTrue(refused.body().contains("id=\"refused\""), refused.body());
            assertTrue(refused.body().contains("请从问卷页面提交"), "in Chinese by default");
            assertTrue(refused.body().contains("name=\"q_A1\" value=\"7\""), "the answers are kept");
            assertTrue(refused.body().contains("第三方网站代填"));
        }
        assertEquals(0, Database.count("select count(*) from survey_response where idempotency_key = ?", key),
                "nothing was stored");
        Http.Answer english = api.with("Origin", "https://evil.example").postForm("/s/" + token + "?lang=en", form);
        assertEquals(403, english.status());
        assertTrue(english.body().contains("Please send from the survey page"), english.body());

        // a real customer's browser that sends neither Origin nor Referer: its page view's form token passes
        Http.Answer refused = api.with("Cookie", cookie).postForm("/s/" + token, form.replace("&view=", "&view=x"));
        String again = refused.body().lines().filter(l -> l.startsWith("<input type=\"hidden\""))
                .map(l -> enc(attribute(l, "name")) + "=" + enc(attribute(l, "value")))
                .reduce((a, b) -> a + "&" + b).orElseThrow();
        Http.Answer sent = api.with("Cookie", cookie).postForm("/s/" + token, again);
        assertEquals(303, sent.status(), "sent from the refusal page: " + sent.body());
        assertEquals(1, Database.count("select count(*) from survey_response where idempotency_key = ?", key));
        assertEquals("VALID", screenedByKey(key).get("status"));

        Http.Answer plain = api.getPage("/s/" + token);
        Http.Answer silent = api.with("Cookie", SV_DEVICE + "=" + deviceCookie(plain))
                .postForm("/s/" + token, formOf(plain.body(), 9));
        assertEquals(303, silent.status(), "the page's own form token, no Origin: " + silent.body());
        assertEquals(303, api.with("Referer", base + "/s/" + token).postForm("/s/" + token,
                formOf(api.getPage("/s/" + token).body(), 9)).status(), "a same-origin Referer");
    }

    @Test
    void aFloodAgainstAShopFromOneAddressLeavesTheShopsGenuineSampleFromElsewhereValid() {
        Http flooder = api.with("X-Forwarded-For", "203.0.113.66");
        Surveys.freshCeilingWindow(10);    // forty answers within one window of the ceiling
        List<String> flooded = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            Http.Answer sent = Surveys.submit(flooder, token, Surveys.answers(1, 0).add("ticket", freshTicket()).build());
            if (sent.status() == 201) {
                flooded.add(sent.json().getString("id"));
            } else {
                assertEquals(429, sent.status(), sent.body());
                refused++;
            }
        }
        assertTrue(refused >= 20, "the ceiling stopped the flood at its address: " + refused + " refused");
        assertTrue(flooded.stream().anyMatch(id -> String.valueOf(screened(id).get("reasons")).contains("ADDRESS_BURST")),
                "the flooder's own samples are flagged");

        // meanwhile a real customer of that shop, on another network, with the page's ticket and marker
        Http customer = api.with("X-Forwarded-For", "198.51.100.20");
        Http.Answer page = customer.getPage("/s/" + token);
        Http.Answer genuine = Surveys.submit(customer.with("Cookie", SV_DEVICE + "=" + deviceCookie(page)), token,
                Surveys.answers(8, 9).add("ticket", hidden(page.body(), "ticket")).build());
        assertEquals(201, genuine.status(), genuine.body());
        Map<String, Object> row = screened(genuine.json().getString("id"));
        assertEquals("VALID", row.get("status"), row.toString());
        assertEquals("", row.get("reasons"));
    }

    @Test
    void aboveTheCeilingAnAnswerIsRefusedWith429AndTheRetryPageThenStoresItOnce() {
        int ceiling = Integer.parseInt(PlatformStack.platformConfig().getOrDefault("SURVEY_CEILING_PER_ADDRESS", "10"));
        Http client = api.with("X-Forwarded-For", "192.0.2.44");
        // the ceiling counts per window (a minute in production, shorter in the test stack): start
        // early in one, so the window does not turn mid-test
        int window = Surveys.freshCeilingWindow(12);
        for (int i = 0; i < ceiling; i++) {
            assertEquals(201, Surveys.submit(client, token, Surveys.answers(8, 8).build()).status());
        }
        Http.Answer json = Surveys.submit(client, token, Surveys.answers(8, 8).build());
        assertEquals(429, json.status(), json.body());
        assertTrue(json.contentType().startsWith("application/problem+json"), json.contentType());
        int retryAfter = Integer.parseInt(json.header("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= window, "until the window is over: " + retryAfter);

        String page = api.getPage("/s/" + token).body();
        String key = hidden(page, "submission");
        Http.Answer form = client.with("Origin", base).postForm("/s/" + token, formOf(page, 9) + "&comment=" + enc("稍后重试"));
        assertEquals(429, form.status(), form.body());
        assertTrue(form.body().contains("id=\"retry\""), form.body());
        assertTrue(form.body().contains("data-retry-after=\""), "the page's script sends again by itself");
        assertTrue(form.body().contains("name=\"q_A1\" value=\"9\"") && form.body().contains("稍后重试"),
                "the answers are kept in the page");
        int formRetryAfter = Integer.parseInt(form.header("Retry-After").orElseThrow());
        assertEquals(0, Database.count("select count(*) from survey_response where idempotency_key = ?", key));

        // what the page (or the customer's tap) sends after Retry-After: the same fields, once
        sleep(formRetryAfter * 1000L + 500);
        String again = form.body().lines().filter(l -> l.startsWith("<input type=\"hidden\""))
                .map(l -> enc(attribute(l, "name")) + "=" + enc(attribute(l, "value")))
                .reduce((a, b) -> a + "&" + b).orElseThrow();
        assertEquals(303, client.with("Origin", base).postForm("/s/" + token, again).status());
        assertEquals(303, client.with("Origin", base).postForm("/s/" + token, again).status(), "a second tap");
        assertEquals(1, Database.count("select count(*) from survey_response where idempotency_key = ?", key));
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

    // --- what the sender learns, and the review queue's cases ---

    static List<String> reasons(JsonObject reviewed) {
        return reviewed.getJsonArray("reasons").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void thePublicAnswerCarriesTheIdOnlyAndStaffReadStatusReasonsAndFactsThroughTheReviewApi() {
        Http.Answer valid = Surveys.submitTimed(api, token, Surveys.answers(8, 9).add("repairOrderNo",
                "RO-" + UUID.randomUUID().toString().substring(0, 8)));
        Http.Answer suspect = Surveys.submit(api, token, Surveys.answers(3, 2).build()); // no ticket: NO_TIMING
        for (Http.Answer answer : List.of(valid, suspect)) {
            assertEquals(201, answer.status(), answer.body());
            assertEquals(Set.of("id"), answer.json().keySet(), answer.body());
            assertTrue(!answer.body().contains("SUSPECT") && !answer.body().contains("NO_TIMING"), answer.body());
        }
        JsonObject seen = Surveys.reviewed(assoc, suspect.json().getString("id"));
        assertEquals("SUSPECT", seen.getString("status"));
        assertEquals(List.of("NO_TIMING"), reasons(seen));
        assertEquals(shopId, seen.getString("shopId"));
        assertEquals("demo-group-a", seen.getString("tenantId"));
        assertFalse(seen.getJsonObject("facts").containsKey("durationSeconds"), "no timing: none");
        assertTrue(seen.getJsonObject("facts").getBoolean("address"));
        assertEquals("OPEN", seen.getJsonObject("review").getString("state"));
        assertTrue(seen.containsKey("caseId"));
        JsonObject passed = Surveys.reviewed(assoc, valid.json().getString("id"));
        assertEquals("VALID", passed.getString("status"));
        assertTrue(passed.getJsonObject("facts").getString("repairOrderNo").startsWith("RO-"));
        assertFalse(passed.containsKey("review"), "a sample that passed was never in review");

        String path = "/api/v1/review/responses/" + suspect.json().getString("id");
        assertEquals(403, groupA.get(path).status(), "the group does not see how its samples were screened");
        assertEquals(401, api.get(path).status());
        assertEquals(404, assoc.get("/api/v1/review/responses/" + UUID.randomUUID()).status());
    }

    @Test
    void fiftyJunkAnswersFromOneAddressAreOneCaseDecidedAtOnceAndTheQueueFiltersByShopAndReason() throws Exception {
        String junkShop = DemoTenants.ensureShop(groupA, "S-JUNK", "上海闵行丰田4S店");
        String junkToken = Surveys.token(Surveys.scanShopCode(base, Keycloak.token("group-a"), junkShop));
        // 50 answers from one address (this machine), none from a survey page (no ticket), 8 at a time
        ExecutorService pool = Executors.newFixedThreadPool(8);
        Set<String> ids = new HashSet<>();
        try {
            List<Callable<Http.Answer>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int rating = 1 + i % 3;
                calls.add(() -> Surveys.submit(api, junkToken, Surveys.answers(rating, 0).build()));
            }
            for (Future<Http.Answer> f : pool.invokeAll(calls)) {
                assertEquals(201, f.get().status(), f.get().body());
                ids.add(f.get().json().getString("id"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(50, ids.size());

        Http.Answer listed = assoc.get("/api/v1/review/cases?shopId=" + junkShop);
        assertEquals(200, listed.status(), listed.body());
        assertEquals(1, listed.json().getInt("total"), "one case, not 50: " + listed.body());
        JsonObject junk = listed.items().getJsonObject(0);
        String caseId = junk.getString("id");
        assertEquals(50, junk.getInt("count"));
        assertEquals(50, junk.getInt("open"));
        assertEquals("ADDRESS", junk.getString("cause"));
        assertEquals("OPEN", junk.getString("status"));
        assertEquals(junkShop, junk.getString("shopId"));
        assertEquals("上海闵行丰田4S店", junk.getString("shopName"));
        assertEquals("demo-group-a", junk.getString("tenant"));
        assertTrue(reasons(junk).contains("NO_TIMING"), junk.toString());
        List<String> preview = junk.getJsonArray("samples").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertEquals(10, preview.size(), "a bounded preview");
        assertTrue(ids.containsAll(preview));
        JsonObject whole = assoc.get("/api/v1/review/cases/" + caseId).json();
        assertEquals(50, whole.getJsonObject("members").getInt("total"));
        assertEquals(ids, whole.getJsonObject("members").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("id")).collect(java.util.stream.Collectors.toSet()));
        assertEquals(50, Database.count("select count(*) from screening_case where case_id = ?", caseId));

        // the filters: shop, group, reason, days (in the survey time zone)
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        String shopFilter = "/api/v1/review/cases?shopId=" + junkShop;
        assertEquals(1, assoc.get(shopFilter + "&reason=NO_TIMING").json().getInt("total"));
        assertEquals(0, assoc.get(shopFilter + "&reason=REPEAT_PHONE").json().getInt("total"));
        assertEquals(1, assoc.get(shopFilter + "&tenant=demo-group-a").json().getInt("total"));
        assertEquals(0, assoc.get(shopFilter + "&tenant=demo-group-b").json().getInt("total"));
        assertEquals(1, assoc.get(shopFilter + "&from=" + today + "&to=" + today).json().getInt("total"));
        assertEquals(0, assoc.get(shopFilter + "&from=" + tomorrow).json().getInt("total"));
        assertEquals(0, assoc.get(shopFilter + "&status=REJECTED").json().getInt("total"));
        assertTrue(assoc.get("/api/v1/review/cases?reason=NO_TIMING&size=200").itemIds().contains(caseId));
        assertFalse(assoc.get("/api/v1/review/cases?shopId=" + shopId + "&size=200").itemIds().contains(caseId),
                "another shop's cases");
        Http.Answer bad = assoc.get("/api/v1/review/cases?reason=NOPE&status=MAYBE&from=2026-13-01");
        assertEquals(400, bad.status(), bad.body());
        assertEquals(List.of("status", "reason", "from"), bad.fieldErrors());
        assertEquals(403, groupA.get("/api/v1/review/cases").status());
        assertEquals(401, api.get("/api/v1/review/cases").status());

        // one decision for all 50, with one reason
        String decision = "/api/v1/review/cases/" + caseId + "/decision";
        assertEquals(400, assoc.post(decision, Json.createObjectBuilder().add("decision", "REJECT").build()).status(),
                "a decision needs a reason");
        assertEquals(404, assoc.post("/api/v1/review/cases/" + UUID.randomUUID() + "/decision", Json.createObjectBuilder()
                .add("decision", "REJECT").add("reason", "x").build()).status());
        assertEquals(403, groupA.post(decision, Json.createObjectBuilder().add("decision", "ACCEPT").add("reason", "x")
                .build()).status());
        Http.Answer rejected = assoc.post(decision, Json.createObjectBuilder().add("decision", "REJECT")
                .add("reason", "同一地址批量提交，无答题时间").build());
        assertEquals(200, rejected.status(), rejected.body());
        assertEquals("REJECTED", rejected.json().getString("status"));
        assertEquals(50, rejected.json().getInt("rejected"));
        assertEquals(0, rejected.json().getInt("open"));
        assertEquals("assoc", rejected.json().getString("decidedBy"));
        assertEquals(409, assoc.post(decision, Json.createObjectBuilder().add("decision", "ACCEPT")
                .add("reason", "再审").build()).status(), "decided once");
        assertEquals(50, Database.count("select count(*) from survey_response where shop_id = ? and status = 'INVALID'",
                junkShop));
        assertEquals(50, Database.count("select count(*) from screening_case where case_id = ? and state = 'REJECTED'"
                + " and decision_note = ?", caseId, "同一地址批量提交，无答题时间"));
        List<JsonObject> trail = assoc.get("/api/v1/audit?objectId=" + caseId).items().getValuesAs(JsonObject.class);
        assertEquals(1, trail.size(), trail.toString());
        assertEquals("review.case-decided", trail.get(0).getString("action"));
        assertTrue(trail.get(0).getString("summary").startsWith("rejected 50 samples · ADDRESS"), trail.toString());
        assertEquals("同一地址批量提交，无答题时间", trail.get(0).getString("reason"));
        assertEquals("demo-group-a", trail.get(0).getString("tenant"));
        String oneSample = ids.iterator().next();
        assertEquals("review.decided", assoc.get("/api/v1/audit?objectId=" + oneSample).items().getJsonObject(0)
                .getString("action"), "and each sample keeps its own trail");
        assertEquals(409, assoc.post("/api/v1/review/responses/" + oneSample + "/decision", Json.createObjectBuilder()
                .add("decision", "ACCEPT").add("reason", "x").build()).status());

        // the next junk answer from that address starts a new case: the decided one takes no more
        Http.Answer next = Surveys.submit(api, junkToken, Surveys.answers(1, 0).build());
        JsonObject open = assoc.get("/api/v1/review/cases?shopId=" + junkShop).items().getJsonObject(0);
        assertEquals(1, open.getInt("count"));
        assertFalse(caseId.equals(open.getString("id")));
        assertEquals(List.of(next.json().getString("id")), open.getJsonArray("samples").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
    }
}
