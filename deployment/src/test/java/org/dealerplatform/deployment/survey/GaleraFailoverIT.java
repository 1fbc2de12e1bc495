package org.dealerplatform.deployment.survey;

import org.dealerplatform.deployment.support.OwnPlatforms;
import org.dealerplatform.deployment.support.SharedPlatform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.dealerplatform.deployment.support.DemoTenants;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.dealerplatform.deployment.support.PlatformStack;
import org.dealerplatform.deployment.support.Surveys;
import org.dealerplatform.devstack.FreePorts;
import org.dealerplatform.devstack.PayaraMicroServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database node taking the writes killed with {@code kill -9} while clients submit through
 * HAProxy: HAProxy moves the writes to another Galera node, the clients retry what failed with
 * the same idempotency key (as the survey page does), and afterwards every acknowledged sample is
 * stored exactly once and counted once in the rollups. Half the submissions name a repair order,
 * so both ways of storing a sample (group-commit batches, one by one) are under load.
 * <p>
 * Starts and removes a three-node cluster of its own with {@code platform-devstack/galera/galera.sh}
 * ({@code /tmp/dealer-galera-test}, ports 13310-13313; {@code GALERA_TEST_DIR}, {@code GALERA_TEST_PORT}
 * and {@code GALERA_TEST_GCOMM_PORT} move them). {@code ./test.sh} runs it in the suite's Maven run,
 * {@code platform-devstack/galera/failover-test.sh} alone. Skipped without {@code -Dgalera=true}.
 */
@ExtendWith(OwnPlatforms.class)
@Order(SharedPlatform.OWN_WAR)
@EnabledIfSystemProperty(named = "galera", matches = "true")
class GaleraFailoverIT {

    private static final Path WAR = Path.of(System.getProperty("platform.war", "target/dealer-platform.war"));
    private static final Path WORK = Path.of(System.getProperty("it.work.dir", "target/it")).toAbsolutePath();
    private static final Path GALERA = Path.of("..", "platform-devstack", "galera", "galera.sh").toAbsolutePath();
    private static final int CLIENTS = 6;
    /** How long a client keeps retrying one submission, as a customer on a slow network would. */
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(60);

    /** One submission: its key and body, the id once acknowledged, and whether that came after the kill. */
    record Attempt(String key, JsonObject body, String acknowledgedId, boolean afterKill) {
    }

    /**
     * A cluster of its own, in its own directory and on its own ports (an operator's cluster from
     * galera.sh, on the defaults, is left alone), started here rather than before the build: if
     * it cannot start, this test fails and every other test still runs.
     */
    @BeforeAll
    static void startCluster() throws Exception {
        galera("destroy", 60);
        galera("start", 900);    // installs Debian's packages the first time
    }

    @AfterAll
    static void removeCluster() throws Exception {
        galera("destroy", 60);
    }

    @Test
    void killingTheWriterNodeUnderLoadLosesNoAcknowledgedSampleAndCountsNoneTwice() throws Exception {
        Map<String, String> db = galeraSettings();
        Map<String, String> config = PlatformStack.platformConfig();
        config.putAll(db);
        // every request comes from 127.0.0.1 within seconds: nothing may turn the load away or flag it
        config.put("SURVEY_CEILING_PER_ADDRESS", "1000000");
        config.put("SURVEY_RATE_PER_ADDRESS", "1000000");
        config.put("SURVEY_RATE_PER_NETWORK", "1000000");
        config.put("SURVEY_BURST_COUNT", "1000000");
        config.put("SURVEY_MIN_SECONDS", "0");
        Map<String, Attempt> attempts = new ConcurrentHashMap<>();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicLong failedTries = new AtomicLong();
        String shopId;
        String token;
        String writerBefore;
        String writerAfter;
        try (PayaraMicroServer platform = PayaraMicroServer.start(WAR, FreePorts.find(), config,
                WORK.resolve("payara-galera.log"), false)) {
            Http api = Http.anonymous(platform.url());
            DemoTenants.ensure(api);
            String groupToken = Keycloak.token("group-a");
            shopId = DemoTenants.ensureShop(api.as(groupToken), "S-GALERA", "杭州西湖大众4S店");
            token = Surveys.token(Surveys.scanShopCode(platform.url(), groupToken, shopId));
            AtomicBoolean running = new AtomicBoolean(true);
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                Thread thread = new Thread(() -> {
                    for (int n = 0; running.get(); n++) {
                        String key = "galera-" + client + "-" + n + "-" + UUID.randomUUID();
                        submitUntilAcknowledged(api, token, key, n, attempts, killed, failedTries);
                    }
                }, "galera-client-" + c);
                clients.add(thread);
                thread.start();
            }
            Thread.sleep(8_000);
            writerBefore = galera("writer").strip();
            System.out.println(galera("kill-writer").strip());
            killed.set(true);
            Thread.sleep(12_000);
            running.set(false);
            for (Thread thread : clients) {
                thread.join(TimeUnit.NANOSECONDS.toMillis(GIVE_UP_NANOS) + 30_000);
            }
            writerAfter = galera("writer").strip();

            List<Attempt> acknowledged = attempts.values().stream().filter(a -> a.acknowledgedId() != null).toList();
            long afterKill = acknowledged.stream().filter(Attempt::afterKill).count();
            System.out.printf("Galera fail-over: writer node %s killed, writes moved to node %s; %d submissions,"
                    + " %d acknowledged (%d after the kill), %d tries failed and were retried%n", writerBefore,
                    writerAfter, attempts.size(), acknowledged.size(), afterKill, failedTries.get());
            assertNotEquals(writerBefore, writerAfter, "HAProxy moved the writes to another node");
            assertTrue(acknowledged.size() >= 20, "the load ran long enough to matter: " + acknowledged.size());
            assertTrue(afterKill >= 5, "the platform took submissions after the fail-over: " + afterKill);
            assertEquals(attempts.size(), acknowledged.size(), "every client got its submission acknowledged");

            for (Attempt a : acknowledged) {
                assertEquals(1, count(db, "select count(*) from survey_response where id = ? and idempotency_key = ?",
                        a.acknowledgedId(), a.key()), "acknowledged sample " + a.key() + " is stored");
            }
            // a retry of every key after the fact makes nothing new: the stored sample answers
            for (Attempt a : acknowledged) {
                Http.Answer again = Surveys.submit(api, token, a.key(), a.body());
                assertEquals(201, again.status(), a.key() + ": " + again.body());
                assertEquals(a.acknowledgedId(), again.json().getString("id"));
            }
        }
        assertEquals(attempts.size(), count(db, "select count(*) from survey_response where shop_id = ?", shopId),
                "every submission stored once, none twice");
        for (String status : List.of("VALID", "SUSPECT", "INVALID")) {
            long samples = count(db, "select count(*) from survey_response where shop_id = ? and status = ?",
                    shopId, status);
            long counted = count(db, "select coalesce(sum(" + status.toLowerCase() + "_count), 0)"
                    + " from score_rollup where shop_id = ? and advisor_id = '*'", shopId);
            assertEquals(samples, counted, status + " samples counted once in the shop's rollup rows");
        }
    }

    /** One customer's submission: the same key and answers again after any failure, until it is acknowledged. */
    private static void submitUntilAcknowledged(Http api, String token, String key, int n, Map<String, Attempt> attempts,
                                                AtomicBoolean killed, AtomicLong failedTries) {
        JsonObject sent = null;
        long deadline = System.nanoTime() + GIVE_UP_NANOS;
        while (System.nanoTime() < deadline) {
            try {
                if (sent == null) {
                    String ticket = api.get("/api/v1/public/surveys/" + token).json().getString("ticket");
                    var body = Json.createObjectBuilder(Surveys.answers(6 + n % 5, n % 11).build()).add("ticket", ticket);
                    if (n % 2 == 1) {
                        body.add("repairOrderNo", "RO-" + key.substring(7, Math.min(key.length(), 40)));
                    }
                    sent = body.build();
                    attempts.put(key, new Attempt(key, sent, null, false));
                }
                Http.Answer answer = Surveys.submit(api, token, key, sent);
                if (answer.status() == 201) {
                    attempts.put(key, new Attempt(key, sent, answer.json().getString("id"), killed.get()));
                    return;
                }
                failedTries.incrementAndGet(); // 503 with Retry-After while the writer is away
            } catch (RuntimeException cutOff) {
                failedTries.incrementAndGet();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** DB_URL, DB_USER and DB_PASSWORD of the cluster's HAProxy, as the cluster script prints them. */
    private static Map<String, String> galeraSettings() throws IOException, InterruptedException {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String line : galera("env").split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                settings.put(line.substring(0, eq), line.substring(eq + 1).strip());
            }
        }
        assertTrue(settings.containsKey("DB_URL"), "galera.sh env: " + settings);
        return settings;
    }

    private static String galera(String command) throws IOException, InterruptedException {
        return galera(command, 60);
    }

    private static String galera(String command, int seconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(GALERA.toString(), command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("GALERA_DIR", System.getenv().getOrDefault("GALERA_TEST_DIR", "/tmp/dealer-galera-test"));
        env.put("GALERA_PORT", System.getenv().getOrDefault("GALERA_TEST_PORT", "13310"));
        env.put("GALERA_GCOMM_PORT", System.getenv().getOrDefault("GALERA_TEST_GCOMM_PORT", "24657"));
        Process process = builder.start();
        // read while it runs (a package installation prints a lot), then wait for its exit
        java.util.concurrent.CompletableFuture<String> output = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(output unreadable: " + e + ")";
            }
        });
        boolean exited = process.waitFor(seconds, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        String printed = output.join();
        assertTrue(exited && process.exitValue() == 0, "galera.sh " + command + ": " + printed);
        return printed;
    }

    private static long count(Map<String, String> db, String sql, Object... params) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.get("DB_URL"), db.get("DB_USER"), db.get("DB_PASSWORD"));
             PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
