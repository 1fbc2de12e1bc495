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
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.dealerplatform.core.qr.QrCodes;
import org.dealerplatform.devstack.DemoData;
import org.dealerplatform.devstack.DevstackPaths;
import org.dealerplatform.devstack.EmbeddedDatabase;
import org.dealerplatform.devstack.ExternalDatabase;
import org.dealerplatform.devstack.FreePorts;
import org.dealerplatform.devstack.KeycloakServer;
import org.dealerplatform.devstack.OidcTokens;
import org.dealerplatform.devstack.PayaraMicroServer;
import org.dealerplatform.devstack.PlatformDatabase;
import org.dealerplatform.devstack.SampleLoader;

/**
 * The survey module's benchmark (not a test: it prints figures).
 * <ol>
 * <li>Starts a fresh MariaDB, Keycloak and the platform WAR on Payara Micro, with production
 * screening settings, and loads the demo data.</li>
 * <li>Baseline: a trivial endpoint ({@code GET /health/live}) at {@code BENCH_CLIENTS} concurrent
 * clients; then JSON survey submissions at the same concurrency, each a new sample with its own
 * idempotency key, spread over the demo group's shops. Prints requests/s, p50 and p99.</li>
 * <li>Bulk-loads {@code BENCH_SAMPLES} samples over 1,000 shops and 40 dealer groups straight
 * into the database, rebuilds the rollups through the API, and times the national, group and
 * shop score views.</li>
 * <li>At that size, submissions without and during a rollup rebuild (one that finds nothing to
 * correct, one that rewrites an emptied table): latency, failures, the rebuild's duration.</li>
 * <li>QR PNG encodes per second, in process.</li>
 * </ol>
 */
public final class SurveyBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String[] ITEMS = {"A1", "A2", "A3", "T1", "T2", "Q1", "Q2", "P1", "P2", "F1", "F2"};
    private static final String[] BRANDS = {"VOLKSWAGEN", "TOYOTA", "HONDA", "NISSAN", "BUICK", "BMW",
            "MERCEDES_BENZ", "AUDI", "BYD", "GEELY", "CHANGAN", "HAVAL", "LEXUS", "VOLVO", "FORD", "HYUNDAI"};
    private static final String[] PROVINCES = {"11", "12", "13", "31", "32", "33", "34", "35", "37", "41", "42", "43",
            "44", "50", "51", "53", "61"};

    private SurveyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = env("BENCH_CLIENTS", 32);
        Duration phase = Duration.ofSeconds(env("BENCH_SECONDS", 20));
        int bulk = env("BENCH_SAMPLES", 1_000_000);
        Path work = Files.createTempDirectory("survey-bench");
        System.out.println("Survey benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, work dir " + work);
        // DB_URL/DB_USER/DB_PASSWORD set: the platform runs on that database (the Galera cluster's HAProxy)
        PlatformDatabase database = ExternalDatabase.fromEnvironment().<PlatformDatabase>map(d -> d)
                .orElseGet(EmbeddedDatabase::startFresh);
        System.out.println("database: " + database);
        KeycloakServer keycloak = KeycloakServer.startForTests(FreePorts.find(), work.resolve("keycloak.log"));
        int port = FreePorts.find();
        Map<String, String> config = BenchSupport.demoPlatformConfig(database, keycloak);
        // as behind the production reverse proxy: each simulated phone has its own address
        config.put("SURVEY_TRUSTED_PROXIES", "127.0.0.1,::1");
        // tickets are fetched ahead of a phase, some only seconds before they are used: no TOO_FAST for that
        config.put("SURVEY_MIN_SECONDS", "0");
        PayaraMicroServer payara = PayaraMicroServer.start(DevstackPaths.warFile(), port, config,
                work.resolve("payara.log"), false);
        String base = payara.url();
        try {
            System.out.println(new DemoData(base, keycloak.url(), database).loadWithoutSeasons());
            String groupA = OidcTokens.passwordGrant(keycloak.url(), KeycloakServer.REALM, "platform-cli", "group-a",
                    "group-a");
            String assoc = OidcTokens.passwordGrant(keycloak.url(), KeycloakServer.REALM, "platform-cli", "assoc", "assoc");
            List<String> shopIds = addShops(base, groupA, 23);
            List<String> tokens = new ArrayList<>();
            try (SampleLoader db = new SampleLoader(database.jdbcUrl(), database.user(), database.password(), 0, false)) {
                for (String shop : shopIds) {
                    get(base, groupA, "/api/v1/shops/" + shop + "/qr.svg", true); // creates the shop's survey link
                    tokens.add(db.text("select token from survey_link where shop_id = ? and current_for is not null",
                            shop));
                }
            }
            TicketPool tickets = new TicketPool(base, tokens);
            System.out.println();
            System.out.println("== Load at " + clients + " concurrent clients (HTTP/1.1 keep-alive), "
                    + phase.toSeconds() + " s measured after 5 s warm-up ==");
            LoadRun.Result trivial = LoadRun.run("GET /health/live (baseline)", clients, Duration.ofSeconds(5), phase,
                    n -> HttpRequest.newBuilder(URI.create(base + "/health/live")).GET().build(), 200);
            System.out.println(trivial.line());
            Random random = new Random(7);
            String[] bodies = new String[64];
            for (int i = 0; i < bodies.length; i++) {
                bodies[i] = answers(random);
            }
            AtomicLong keys = new AtomicLong();
            IntFunction<HttpRequest> submission = n -> {
                int shop = n % tokens.size();
                String answers = bodies[n % bodies.length];
                String body = answers.substring(0, answers.length() - 1) + ",\"ticket\":\"" + tickets.take(shop) + "\"}";
                return HttpRequest.newBuilder(URI.create(base + "/api/v1/public/surveys/" + tokens.get(shop) + "/responses"))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", "bench-" + keys.incrementAndGet() + "-" + UUID.randomUUID())
                        // consecutive requests from different /24 networks, as many phones on many networks
                        .header("X-Forwarded-For", "10." + (n & 255) + "." + (n >> 8 & 255) + "." + (n >> 16 & 255))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            };
            // one page view per submission, fetched ahead so the phase times the submissions alone
            int ahead = (int) Math.min(200_000, (phase.toSeconds() + 5) * 1_200L);
            System.out.printf(Locale.ROOT, "start tickets fetched ahead: %,d in %.1f s%n", ahead,
                    tickets.fill(ahead, clients).toMillis() / 1e3);
            LoadRun.Result submit = LoadRun.run("POST survey responses", clients, Duration.ofSeconds(5), phase,
                    submission, 201);
            System.out.println(submit.line());
            System.out.println("  stored as: " + String.join(", ", List.of("VALID", "SUSPECT", "INVALID").stream()
                    .map(status -> status + " " + count(database, "select count(*) from survey_response where status = '"
                            + status + "' and idempotency_key like 'bench-%'")).toList()));
            System.out.printf(Locale.ROOT, "submissions / baseline: %.0f %% (target at least 40 %%); p99 %.1f ms (target under 100 ms)%n",
                    100 * submit.perSecond() / trivial.perSecond(), submit.p99Millis());

            if (bulk == 0) {
                return; // BENCH_SAMPLES=0: the submission figures only
            }
            System.out.println();
            System.out.println("== Dashboards at " + String.format(Locale.ROOT, "%,d", bulk) + " bulk-loaded samples ==");
            bulkLoad(database, base, groupA, shopIds, bulk);
            // tokens live five minutes; the load outlasts them
            assoc = OidcTokens.passwordGrant(keycloak.url(), KeycloakServer.REALM, "platform-cli", "assoc", "assoc");
            groupA = OidcTokens.passwordGrant(keycloak.url(), KeycloakServer.REALM, "platform-cli", "group-a", "group-a");
            long t0 = System.nanoTime();
            String rebuilt = post(base, assoc, "/api/v1/scores/rollups/rebuild");
            System.out.printf(Locale.ROOT, "rollup rebuild: %s in %.1f s%n", rebuilt, (System.nanoTime() - t0) / 1e9);
            System.out.println("samples in database: " + String.format(Locale.ROOT, "%,d",
                    count(database, "select count(*) from survey_response")) + ", rollup rows: "
                    + String.format(Locale.ROOT, "%,d", count(database, "select count(*) from score_rollup")));
            time(base, assoc, "national view  GET /api/v1/scores/national");
            time(base, groupA, "group view     GET /api/v1/scores/tenant");
            time(base, groupA, "shop view      GET /api/v1/shops/" + shopIds.get(0) + "/scores");
            time(base, assoc, "national view, 3 months  GET /api/v1/scores/national?from="
                    + YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(2));

            YearMonth thisMonth = YearMonth.now(ZoneId.of("Asia/Shanghai"));
            String months = "?from=" + thisMonth.minusMonths(11) + "&to=" + thisMonth;
            exportOverHttp(base, assoc, "/api/v1/exports/samples.csv" + months);
            assoc = OidcTokens.passwordGrant(keycloak.url(), KeycloakServer.REALM, "platform-cli", "assoc", "assoc");
            exportOverHttp(base, assoc, "/api/v1/exports/samples.xlsx" + months);
            assoc = OidcTokens.passwordGrant(keycloak.url(), KeycloakServer.REALM, "platform-cli", "assoc", "assoc");

            rebuildUnderLoad(database, base, keycloak, clients, phase, submission);

            System.out.println();
            System.out.println("== QR codes ==");
            qrEncodes(1);
            qrEncodes(Runtime.getRuntime().availableProcessors());
        } finally {
            payara.stop();
            keycloak.stop();
            database.stop();
        }
    }

    /**
     * Submission latency at the bulk-loaded size without a rebuild, then while a rebuild runs: once
     * verifying rollups that are right (nothing to correct), once after the table was emptied (every
     * row rewritten while the submissions also write into it). Afterwards the shop rows must add up
     * to the samples' counts, checked here by SQL of the benchmark's own.
     */
    private static void rebuildUnderLoad(PlatformDatabase database, String base, KeycloakServer keycloak, int clients,
                                         Duration phase, IntFunction<HttpRequest> submission) throws Exception {
        System.out.println();
        System.out.println("== Submissions during a rollup rebuild at " + String.format(Locale.ROOT, "%,d",
                count(database, "select count(*) from survey_response")) + " samples, " + clients + " clients ==");
        LoadRun.Result quiet = LoadRun.run("POST survey responses, no rebuild", clients, Duration.ofSeconds(5), phase,
                submission, 201);
        System.out.println(quiet.line());
        for (boolean emptied : new boolean[] {false, true}) {
            if (emptied) {
                execute(database, "delete from score_rollup");
            }
            String assoc = OidcTokens.passwordGrant(keycloak.url(), KeycloakServer.REALM, "platform-cli", "assoc", "assoc");
            long[] took = new long[1];
            LoadRun.During<String> during = LoadRun.during(emptied ? "  ... while rebuilding an emptied table"
                    : "  ... while a rebuild verifies", clients, Duration.ofSeconds(5), submission, 201, () -> {
                        long t0 = System.nanoTime();
                        String rebuilt = post(base, assoc, "/api/v1/scores/rollups/rebuild");
                        took[0] = System.nanoTime() - t0;
                        return rebuilt;
                    });
            System.out.println(during.load().line());
            System.out.printf(Locale.ROOT, "    rebuild %s in %.1f s%n", during.task(), took[0] / 1e9);
        }
        // the shop rows against the samples, by status: every sample counted once, also those sent meanwhile
        List<String> off = new ArrayList<>();
        for (String status : List.of("VALID", "SUSPECT", "INVALID")) {
            long difference = count(database, "select (select count(*) from survey_response where status = '" + status
                    + "') - (select sum(" + status.toLowerCase(Locale.ROOT) + "_count) from score_rollup"
                    + " where advisor_id = '*')");
            if (difference != 0) {
                off.add(status + " off by " + difference);
            }
        }
        System.out.println("  afterwards the shop rows count every sample exactly once: "
                + (off.isEmpty() ? "yes" : "NO, " + String.join(", ", off)));
    }

    private static void execute(PlatformDatabase database, String sql) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password()); java.sql.Statement statement = c.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    /** Synthetic shops until the demo group has {@code total} (23, as in the figures the README compares). */
    private static List<String> addShops(String base, String groupA, int total) {
        int extra = total - json(get(base, groupA, "/api/v1/shops?size=200", false)).getJsonArray("items").size();
        for (int i = 1; i <= extra; i++) {
            String body = Json.createObjectBuilder().add("code", String.format("BENCH%02d", i))
                    .add("name", "压测门店 " + i).add("brand", BRANDS[i % BRANDS.length])
                    .add("province", PROVINCES[i % PROVINCES.length]).add("city", "城市 " + i)
                    .add("address", "压测路 " + i + " 号").build().toString();
            send(HttpRequest.newBuilder(URI.create(base + "/api/v1/shops")).header("Authorization", "Bearer " + groupA)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }
        return json(get(base, groupA, "/api/v1/shops?size=200", false)).getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("id")).toList();
    }

    /** The group's real shops plus synthetic ones of 39 other groups, 1,000 in all, twelve months. */
    private static void bulkLoad(PlatformDatabase database, String base, String groupA, List<String> groupShops,
                                 int samples) {
        Random random = new Random(11);
        List<SampleLoader.ShopTarget> shops = new ArrayList<>();
        for (String id : groupShops) {
            shops.add(new SampleLoader.ShopTarget("demo-group-a", id, "shop", BRANDS[random.nextInt(BRANDS.length)],
                    PROVINCES[random.nextInt(PROVINCES.length)], "bench", List.of(), 6.5 + random.nextDouble() * 2.5));
        }
        for (int i = shops.size(); i < 1000; i++) {
            List<String> advisors = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                    UUID.randomUUID().toString(), UUID.randomUUID().toString());
            shops.add(new SampleLoader.ShopTarget(String.format("bench-group-%02d", i % 39), UUID.randomUUID().toString(),
                    "shop " + i, BRANDS[random.nextInt(BRANDS.length)], PROVINCES[random.nextInt(PROVINCES.length)],
                    "bench", advisors, 6.5 + random.nextDouble() * 2.5));
        }
        YearMonth to = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        long start = System.nanoTime();
        try (SampleLoader loader = new SampleLoader(database.jdbcUrl(), database.user(), database.password(), 3, true)) {
            long written = loader.load(shops, to.minusMonths(11), to, Math.max(1, samples / shops.size() / 12));
            System.out.printf(Locale.ROOT, "bulk load: %,d samples for %,d shops in %.0f s (JDBC batches, not HTTP)%n",
                    written, shops.size(), (System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * One export of every bulk-loaded sample as the association downloads it: the body is counted
     * as it streams in and thrown away, so the figure is the platform's (database read, formatting,
     * HTTP), not the client's memory.
     */
    private static void exportOverHttp(String base, String token, String path) {
        long t0 = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(30))
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<java.io.InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            long bytes = 0;
            long firstByte = -1;
            try (java.io.InputStream in = response.body()) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    if (firstByte < 0 && n > 0) {
                        firstByte = System.nanoTime();
                    }
                    bytes += n;
                }
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            System.out.printf(Locale.ROOT, "export over HTTP  GET %-50s %,d bytes in %.1f s (first bytes after %.2f s)%n",
                    path.substring(0, path.indexOf('?')), bytes, (System.nanoTime() - t0) / 1e9,
                    (firstByte - t0) / 1e9);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void time(String base, String token, String what) {
        String path = what.substring(what.indexOf("GET ") + 4);
        for (int i = 0; i < 3; i++) {
            get(base, token, path, false);
        }
        long[] nanos = new long[20];
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            get(base, token, path, false);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-60s p50 %6.1f ms   max %6.1f ms   (20 requests; target under 200 ms)%n",
                what, LoadRun.percentile(nanos, 0.5), nanos[nanos.length - 1] / 1e6);
    }

    private static void qrEncodes(int threads) throws InterruptedException {
        String url = "https://survey.example.org/s/AbCdEfGhIjKlMnOpQrStUv";
        for (int i = 0; i < 200; i++) {
            QrCodes.png(url, 512);
        }
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                while (System.nanoTime() < end) {
                    QrCodes.png(url, 512);
                    done.incrementAndGet();
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        System.out.printf(Locale.ROOT, "QR PNG 512 px encodes: %.0f per second on %d thread(s)%n", done.get() / 5.0, threads);
    }

    private static String answers(Random random) {
        StringBuilder answers = new StringBuilder();
        for (String item : ITEMS) {
            answers.append(answers.length() == 0 ? "" : ",").append('"').append(item).append("\":")
                    .append(5 + random.nextInt(6));
        }
        return "{\"answers\":{" + answers + "},\"recommend\":" + random.nextInt(11) + ",\"visitType\":\"REPAIR\"}";
    }

    private static long count(PlatformDatabase database, String sql) {
        try (SampleLoader loader = new SampleLoader(database.jdbcUrl(), database.user(), database.password(), 0, false)) {
            return loader.count(sql);
        }
    }

    private static String get(String base, String token, String path, boolean raw) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = send(request.GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String post(String base, String token, String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMinutes(30)).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
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
