package org.dealerplatform.deployment.survey;

import org.dealerplatform.deployment.support.OwnPlatforms;
import org.dealerplatform.deployment.support.SharedPlatform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dealerplatform.deployment.support.Database;
import org.dealerplatform.deployment.support.DemoTenants;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.dealerplatform.deployment.support.PlatformStack;
import org.dealerplatform.deployment.support.Surveys;
import org.dealerplatform.devstack.FreePorts;
import org.dealerplatform.devstack.PayaraMicroServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform killed with {@code kill -9} while clients submit, then started again: every sample
 * it acknowledged is stored exactly once and counted once in the rollups, and a retry of every
 * attempted key (same key, same answers, as the survey page retries) makes no second sample. Half
 * the submissions name a repair order, so both ways of storing a sample are under load when the
 * process dies: the group-commit batches and the one-by-one path with its review-case lock rows.
 * A Payara Micro of its own (no Arquillian deployment), on the run's MariaDB and Keycloak.
 */
@ExtendWith(OwnPlatforms.class)
@Order(SharedPlatform.OWN_WAR)
class SubmissionCrashIT {

    private static final Path WAR = Path.of(System.getProperty("platform.war", "target/dealer-platform.war"));
    private static final Path WORK = Path.of(System.getProperty("it.work.dir", "target/it")).toAbsolutePath();
    private static final int CLIENTS = 6;

    /** One attempt: its key and body (kept for the retry), and the id if the platform acknowledged it. */
    record Attempt(String key, JsonObject body, String acknowledgedId) {
    }

    private static Map<String, String> config() {
        Map<String, String> config = PlatformStack.platformConfig();
        // every request comes from 127.0.0.1 within seconds: no per-address limit or timing rule may
        // turn the load away or flag it, so what is counted is what was sent
        config.put("SURVEY_CEILING_PER_ADDRESS", "1000000");
        config.put("SURVEY_RATE_PER_ADDRESS", "1000000");
        config.put("SURVEY_RATE_PER_NETWORK", "1000000");
        config.put("SURVEY_BURST_COUNT", "1000000");
        config.put("SURVEY_MIN_SECONDS", "0");
        return config;
    }

    @Test
    void killedUnderLoadLosesNoAcknowledgedSampleAndCountsNoneTwice() throws Exception {
        Map<String, String> config = config();
        PayaraMicroServer platform = PayaraMicroServer.start(WAR, FreePorts.find(), config,
                WORK.resolve("payara-crash-1.log"), false);
        String shopId;
        String token;
        Map<String, Attempt> attempts = new ConcurrentHashMap<>();
        try {
            Http api = Http.anonymous(platform.url());
            DemoTenants.ensure(api);
            String groupToken = Keycloak.token("group-a");
            shopId = DemoTenants.ensureShop(api.as(groupToken), "S-CRASH", "苏州工业园区丰田4S店");
            token = Surveys.token(Surveys.scanShopCode(platform.url(), groupToken, shopId));
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                Thread thread = new Thread(() -> {
                    for (int n = 0; running.get(); n++) {
                        String key = "crash-" + client + "-" + n + "-" + UUID.randomUUID();
                        try {
                            String ticket = api.get("/api/v1/public/surveys/" + token).json().getString("ticket");
                            var body = Json.createObjectBuilder(Surveys.answers(6 + n % 5, n % 11).build())
                                    .add("ticket", ticket);
                            if (n % 2 == 1) {
                                body.add("repairOrderNo", "RO-" + key.substring(6, Math.min(key.length(), 40)));
                            }
                            JsonObject sent = body.build();
                            attempts.put(key, new Attempt(key, sent, null));
                            Http.Answer answer = Surveys.submit(api, token, key, sent);
                            if (answer.status() == 201) {
                                attempts.put(key, new Attempt(key, sent, answer.json().getString("id")));
                            }
                        } catch (RuntimeException refusedOrCutOff) {
                            // the platform died mid-request: this attempt is retried below
                        }
                    }
                }, "crash-client-" + c);
                clients.add(thread);
                thread.start();
            }
            Thread.sleep(6_000);
            platform.kill();
            running.set(false);
            for (Thread thread : clients) {
                thread.join(30_000);
            }
        } finally {
            platform.stop();
        }

        List<Attempt> acknowledged = attempts.values().stream().filter(a -> a.acknowledgedId() != null).toList();
        System.out.printf("killed under load: %d attempts, %d acknowledged%n", attempts.size(), acknowledged.size());
        assertTrue(acknowledged.size() >= 20, "the load ran long enough to matter: " + acknowledged.size());
        for (Attempt a : acknowledged) {
            assertEquals(1, Database.count("select count(*) from survey_response where id = ? and idempotency_key = ?",
                    a.acknowledgedId(), a.key()), "acknowledged sample " + a.key() + " is stored");
        }

        try (PayaraMicroServer restarted = PayaraMicroServer.start(WAR, FreePorts.find(), config,
                WORK.resolve("payara-crash-2.log"), false)) {
            Http api = Http.anonymous(restarted.url());
            for (Attempt a : attempts.values()) {
                Http.Answer retried = Surveys.submit(api, token, a.key(), a.body());
                assertEquals(201, retried.status(), a.key() + ": " + retried.body());
                if (a.acknowledgedId() != null) {
                    assertEquals(a.acknowledgedId(), retried.json().getString("id"), "a retry answers the stored sample");
                    assertEquals("true", retried.header("Idempotent-Replayed").orElse(""), a.key());
                }
            }
        }
        long keys = attempts.size();
        assertEquals(keys, Database.count("select count(*) from survey_response where shop_id = ?", shopId),
                "every attempted key stored once, none twice");
        assertEquals(keys, Database.count("select count(distinct idempotency_key) from survey_response"
                + " where shop_id = ?", shopId));
        for (String status : List.of("VALID", "SUSPECT", "INVALID")) {
            long samples = Database.count("select count(*) from survey_response where shop_id = ? and status = ?",
                    shopId, status);
            long counted = Database.count("select coalesce(sum(" + status.toLowerCase() + "_count), 0)"
                    + " from score_rollup where shop_id = ? and advisor_id = '*'", shopId);
            assertEquals(samples, counted, status + " samples counted once in the shop's rollup rows");
        }
    }
}
