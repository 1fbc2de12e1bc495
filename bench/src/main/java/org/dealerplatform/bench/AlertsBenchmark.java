package org.dealerplatform.bench;

import static org.dealerplatform.bench.BenchSupport.env;
import static org.dealerplatform.bench.BenchSupport.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.dealerplatform.devstack.DemoData;
import org.dealerplatform.devstack.DevstackPaths;
import org.dealerplatform.devstack.EmbeddedDatabase;
import org.dealerplatform.devstack.FreePorts;
import org.dealerplatform.devstack.KeycloakServer;
import org.dealerplatform.devstack.MailMessage;
import org.dealerplatform.devstack.MailServer;
import org.dealerplatform.devstack.OidcTokens;
import org.dealerplatform.devstack.PayaraMicroServer;

/**
 * Hot alerts, end to end (not a test: it prints figures). Starts a fresh MariaDB, Keycloak,
 * GreenMail and the platform WAR with the alert settings as shipped, enables the alerts module for
 * the demo group, then sends {@code BENCH_ALERTS} (200) low-score submissions to shop A1, one every
 * {@code BENCH_ALERT_GAP_MS} (250), while {@code BENCH_CLIENTS} (4) clients keep submitting
 * ordinary answers to the group's shops. For each low score: the time from sending the submission
 * to its alert email (found by its Message-ID) appearing in shop A1's manager's inbox, polled every
 * {@code BENCH_POLL_MS} (200; the figures are that coarse). Prints p50, p99 and max.
 */
public final class AlertsBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String[] ITEMS = {"A1", "A2", "A3", "T1", "T2", "Q1", "Q2", "P1", "P2", "F1", "F2"};
    private static final String MANAGER = "shop-a1@demo.example.com";

    private AlertsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int alerts = env("BENCH_ALERTS", 200);
        int gapMillis = env("BENCH_ALERT_GAP_MS", 250);
        int clients = env("BENCH_CLIENTS", 4);
        int pollMillis = env("BENCH_POLL_MS", 200);
        Path work = Files.createTempDirectory("alerts-bench");
        System.out.println("Alerts benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, work dir " + work);
        EmbeddedDatabase database = EmbeddedDatabase.startFresh();
        KeycloakServer keycloak = KeycloakServer.startForTests(FreePorts.find(), work.resolve("keycloak.log"));
        MailServer mail = MailServer.startForTests(work.resolve("greenmail.log"));
        Map<String, String> config = BenchSupport.demoPlatformConfig(database, keycloak);
        config.put("SURVEY_TRUSTED_PROXIES", "127.0.0.1,::1");
        config.put("SURVEY_MIN_SECONDS", "0");
        config.putAll(mail.platformConfig());
        // the alert intervals as shipped, unless the caller sets them
        for (String name : List.of("ALERTS_SCAN_SECONDS", "ALERTS_MAIL_SECONDS")) {
            if (System.getenv(name) != null) {
                config.put(name, System.getenv(name));
            }
        }
        int port = FreePorts.find();
        PayaraMicroServer payara = PayaraMicroServer.start(DevstackPaths.warFile(), port, config,
                work.resolve("payara.log"), false);
        String base = payara.url();
        try {
            System.out.println(new DemoData(base, keycloak.url(), database).loadWithoutSeasons());
            String assoc = OidcTokens.passwordGrant(keycloak.url(), KeycloakServer.REALM, "platform-cli", "assoc", "assoc");
            String groupA = OidcTokens.passwordGrant(keycloak.url(), KeycloakServer.REALM, "platform-cli", "group-a",
                    "group-a");
            enableAlerts(base, assoc, "demo-group-a");
            List<JsonObject> shops = json(get(base, groupA, "/api/v1/shops?size=200")).getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            String a1 = shops.stream().filter(s -> "A1".equals(s.getString("code"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the demo group has no shop A1")).getString("id");
            List<String> tokens = new ArrayList<>();
            String a1Token = null;
            for (JsonObject shop : shops) {
                String token = surveyToken(database, shop.getString("id"));
                tokens.add(token);
                if (shop.getString("id").equals(a1)) {
                    a1Token = token;
                }
            }
            System.out.printf(Locale.ROOT, "%n== %d low-score submissions to shop A1, one every %d ms, while %d clients"
                    + " submit ordinary answers to the group's %d shops ==%n", alerts, gapMillis, clients, tokens.size());

            TicketPool tickets = new TicketPool(base, tokens);
            tickets.fill(clients * 200, clients);
            Random random = new Random(11);
            AtomicLong keys = new AtomicLong();
            IntFunction<HttpRequest> ordinary = n -> {
                int shop = n % tokens.size();
                return submission(base, tokens.get(shop), answers(random, 7, 10, 7), tickets.take(shop),
                        "10." + (n & 255) + "." + (n >> 8 & 255) + "." + (n >> 16 & 255), keys.incrementAndGet());
            };
            Map<String, Long> seenAt = new ConcurrentHashMap<>();
            AtomicBoolean polling = new AtomicBoolean(true);
            Thread poller = new Thread(() -> {
                while (polling.get()) {
                    try {
                        long now = System.nanoTime();
                        for (MailMessage m : mail.messagesFor(MANAGER)) {
                            if (m.messageId() != null) {
                                seenAt.putIfAbsent(m.messageId(), now);
                            }
                        }
                        Thread.sleep(pollMillis);
                    } catch (InterruptedException e) {
                        return;
                    } catch (RuntimeException e) {
                        // the inbox API busy: the next poll reads again
                    }
                }
            }, "inbox-poller");
            poller.start();

            String lowToken = a1Token;
            Map<String, Long> sentAt = new LinkedHashMap<>();
            LoadRun.During<Duration> run = LoadRun.during("POST survey responses (ordinary)", clients,
                    Duration.ofSeconds(5), ordinary, 201, () -> {
                        long start = System.nanoTime();
                        for (int i = 0; i < alerts; i++) {
                            String ticket = ticket(base, lowToken);
                            long sent = System.nanoTime();
                            HttpResponse<String> answer = send(submission(base, lowToken, answers(random, 1, 4, 0),
                                    ticket, "172." + (16 + (i >> 8 & 15)) + "." + (i & 255) + ".7", keys.incrementAndGet()));
                            if (answer.statusCode() == 201) {
                                sentAt.put(json(answer.body()).getString("id"), sent);
                            }
                            long next = start + (i + 1) * gapMillis * 1_000_000L;
                            Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000L));
                        }
                        // every low score's mail in, or two minutes after the last submission (a sample
                        // that screening held for review raises no alert, so its mail never comes)
                        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                        while (System.nanoTime() < deadline
                                && mailed(database, sentAt.keySet(), seenAt).size() < sentAt.size()) {
                            Thread.sleep(500);
                        }
                        return Duration.ofNanos(System.nanoTime() - start);
                    });
            polling.set(false);
            poller.join();

            Map<String, String> alertOf = alertsOf(database, sentAt.keySet());
            long[] latencies = mailed(database, sentAt.keySet(), seenAt).entrySet().stream()
                    .mapToLong(e -> e.getValue() - sentAt.get(e.getKey())).sorted().toArray();
            System.out.println(run.load().line());
            System.out.printf(Locale.ROOT, "low scores acknowledged: %d, alerts raised: %d, alert mails in the inbox: %d"
                    + " (%d mails to the manager in all)%n", sentAt.size(), alertOf.size(), latencies.length,
                    mail.messagesFor(MANAGER).size());
            if (latencies.length > 0) {
                System.out.printf(Locale.ROOT, "submission to alert email in the inbox: p50 %.1f s   p99 %.1f s   max %.1f s"
                                + "   (polled every %d ms)%n", LoadRun.percentile(latencies, 0.50) / 1e3,
                        LoadRun.percentile(latencies, 0.99) / 1e3, latencies[latencies.length - 1] / 1e9, pollMillis);
            }
            System.out.println("settings: ALERTS_SCAN_SECONDS " + config.getOrDefault("ALERTS_SCAN_SECONDS", "as shipped")
                    + ", ALERTS_MAIL_SECONDS " + config.getOrDefault("ALERTS_MAIL_SECONDS", "as shipped"));
        } finally {
            payara.stop();
            mail.stop();
            keycloak.stop();
            database.stop();
        }
    }

    /** Sample id to the time its alert mail was first seen, for the samples whose mail is in. */
    private static Map<String, Long> mailed(EmbeddedDatabase database, Iterable<String> samples, Map<String, Long> seenAt) {
        Map<String, Long> found = new LinkedHashMap<>();
        Map<String, String> alertOf = alertsOf(database, samples);
        for (Map.Entry<String, Long> seen : seenAt.entrySet()) {
            for (Map.Entry<String, String> alert : alertOf.entrySet()) {
                if (seen.getKey().startsWith("<alert.NEW_ALERT." + alert.getValue() + ".")) {
                    found.put(alert.getKey(), seen.getValue());
                }
            }
        }
        return found;
    }

    /** Sample id to alert id, for the samples that raised one. */
    private static Map<String, String> alertsOf(EmbeddedDatabase database, Iterable<String> samples) {
        List<String> ids = new ArrayList<>();
        samples.forEach(ids::add);
        Map<String, String> alerts = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return alerts;
        }
        String marks = String.join(",", ids.stream().map(s -> "?").toList());
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             PreparedStatement query = c.prepareStatement("select sample_id, id from alert_case where sample_id in ("
                     + marks + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                query.setString(i + 1, ids.get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    alerts.put(rows.getString(1), rows.getString(2));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return alerts;
    }

    private static String surveyToken(EmbeddedDatabase database, String shopId) throws java.sql.SQLException {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             PreparedStatement query = c.prepareStatement(
                     "select token from survey_link where shop_id = ? and current_for is not null")) {
            query.setString(1, shopId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("shop " + shopId + " has no survey link");
                }
                return rows.getString(1);
            }
        }
    }

    private static void enableAlerts(String base, String assoc, String code) {
        JsonObject tenant = json(get(base, assoc, "/api/v1/tenants?size=200")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(t -> code.equals(t.getString("code"))).findFirst()
                .orElseThrow();
        String modules = Json.createObjectBuilder().add("modules", Json.createArrayBuilder().add("tenants")
                .add("surveys").add("competitions").add("reports").add("alerts")).build().toString();
        HttpResponse<String> patched = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tenants/"
                        + tenant.get("id").toString().replace("\"", ""))).header("Authorization", "Bearer " + assoc)
                .header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(modules))
                .build());
        if (patched.statusCode() != 200) {
            throw new IllegalStateException("cannot enable alerts: " + patched.statusCode() + " " + patched.body());
        }
    }

    private static HttpRequest submission(String base, String token, String answers, String ticket, String address,
                                          long key) {
        String body = answers.substring(0, answers.length() - 1) + ",\"ticket\":\"" + ticket + "\"}";
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/public/surveys/" + token + "/responses"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "bench-" + key + "-" + UUID.randomUUID())
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String ticket(String base, String token) {
        return json(get(base, null, "/api/v1/public/surveys/" + token)).getString("ticket");
    }

    /** Item ratings in [low, high], recommendation from {@code recommendFrom} to {@code recommendFrom} + 3. */
    private static String answers(Random random, int low, int high, int recommendFrom) {
        StringBuilder answers = new StringBuilder();
        synchronized (random) {
            for (String item : ITEMS) {
                answers.append(answers.length() == 0 ? "" : ",").append('"').append(item).append("\":")
                        .append(low + random.nextInt(high - low + 1));
            }
            return "{\"answers\":{" + answers + "},\"recommend\":" + (recommendFrom + random.nextInt(4))
                    + ",\"visitType\":\"REPAIR\"}";
        }
    }

    private static String get(String base, String token, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = send(request.GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        }
    }
}
