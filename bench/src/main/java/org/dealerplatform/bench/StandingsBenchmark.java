package org.dealerplatform.bench;

import static org.dealerplatform.bench.BenchSupport.env;
import static org.dealerplatform.bench.BenchSupport.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.dealerplatform.devstack.DevstackPaths;
import org.dealerplatform.devstack.EmbeddedDatabase;
import org.dealerplatform.devstack.FreePorts;
import org.dealerplatform.devstack.KeycloakServer;
import org.dealerplatform.devstack.OidcTokens;
import org.dealerplatform.devstack.PayaraMicroServer;
import org.dealerplatform.devstack.SampleLoader;

/**
 * The competition module's standings benchmark (not a test: it prints figures).
 * <ol>
 * <li>Starts a fresh MariaDB, Keycloak and the platform WAR on Payara Micro.</li>
 * <li>Onboards {@code BENCH_GROUPS} dealer groups through the API (each provisioned in Keycloak),
 * then writes {@code BENCH_SHOPS} shops with three advisors each straight into the tenant
 * module's {@code shop} and {@code service_advisor} tables (JDBC batches, not the API).</li>
 * <li>Bulk-loads {@code BENCH_SAMPLES} samples over the season's collection months (February to
 * December of this year, so far) with {@link SampleLoader}, skewed volumes, scores around 88, a
 * few percent flagged and reviewed, some shops held for review or below the sample minimum;
 * rebuilds the rollups through the API.</li>
 * <li>Creates a season through the API and moves it to ENROLLING; enters every shop with its
 * three advisors, approved, by direct inserts into {@code competition_entry} and
 * {@code competition_entry_advisor} (the enrolment API would take one request per entry and
 * decision); moves the season to COLLECTING through the API.</li>
 * <li>Times {@code GET /api/v1/seasons/{id}/standings/shops} and {@code .../advisors} as the
 * association (live standings: computed from the rollups on every call) after a warm-up; then
 * closes the season through the API (which freezes both contests) and times the frozen reads.</li>
 * </ol>
 */
public final class StandingsBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String[] BRANDS = {"VOLKSWAGEN", "TOYOTA", "HONDA", "NISSAN", "BUICK", "BMW",
            "MERCEDES_BENZ", "AUDI", "BYD", "GEELY", "CHANGAN", "HAVAL", "LEXUS", "VOLVO", "FORD", "HYUNDAI", "KIA",
            "MAZDA", "CHERY", "HONGQI", "LI_AUTO", "GAC_TRUMPCHI", "ROEWE", "SKODA", "PORSCHE", "CADILLAC",
            "LAND_ROVER", "JAGUAR", "LINCOLN", "INFINITI", "PEUGEOT", "CITROEN", "MITSUBISHI", "SUBARU", "GREAT_WALL",
            "LYNK_CO", "TESLA"};
    private static final String[] PROVINCES = {"11", "12", "13", "14", "21", "22", "23", "31", "32", "33", "34", "35",
            "36", "37", "41", "42", "43", "44", "45", "50", "51", "52", "53", "61", "62"};
    private static final int ADVISORS_PER_SHOP = 3;
    private static final int WARM_UP = 3;

    private StandingsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int shopCount = env("BENCH_SHOPS", 1000);
        int groupCount = env("BENCH_GROUPS", 20);
        long sampleCount = env("BENCH_SAMPLES", 1_000_000);
        int calls = env("BENCH_CALLS", 20);
        Path work = Files.createTempDirectory("standings-bench");
        System.out.println("Standings benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, work dir "
                + work);
        EmbeddedDatabase database = EmbeddedDatabase.startFresh();
        KeycloakServer keycloak = KeycloakServer.startForTests(FreePorts.find(), work.resolve("keycloak.log"));
        Map<String, String> config = BenchSupport.demoPlatformConfig(database, keycloak);
        PayaraMicroServer payara = PayaraMicroServer.start(DevstackPaths.warFile(), FreePorts.find(), config,
                work.resolve("payara.log"), false);
        String base = payara.url();
        Tokens tokens = new Tokens(keycloak.url());
        try {
            YearMonth now = YearMonth.now(BEIJING);
            YearMonth from = YearMonth.of(now.getYear(), 2).isAfter(now) ? now : YearMonth.of(now.getYear(), 2);
            YearMonth to = YearMonth.of(now.getYear(), 12);

            System.out.println();
            System.out.printf(Locale.ROOT, "== Setup: %,d dealer groups, %,d shops, %,d advisors, %,d samples %s..%s ==%n",
                    groupCount, shopCount, shopCount * ADVISORS_PER_SHOP, sampleCount, from, to);
            long t0 = System.nanoTime();
            List<String> groups = onboard(base, tokens, groupCount);
            System.out.printf(Locale.ROOT, "dealer groups through the API (Keycloak provisioning): %d in %.1f s%n",
                    groups.size(), seconds(t0));
            t0 = System.nanoTime();
            List<SampleLoader.ShopTarget> shops = insertShops(database, groups, shopCount);
            System.out.printf(Locale.ROOT, "shops and advisors by JDBC: %,d + %,d rows in %.1f s%n", shops.size(),
                    shops.size() * ADVISORS_PER_SHOP, seconds(t0));
            t0 = System.nanoTime();
            long written = loadSamples(database, shops, sampleCount, from, to);
            System.out.printf(Locale.ROOT, "bulk load: %,d samples in %.0f s (JDBC batches, not HTTP)%n", written,
                    seconds(t0));
            t0 = System.nanoTime();
            String rebuilt = call(base, tokens.of("assoc"), "POST", "/api/v1/scores/rollups/rebuild", null);
            System.out.printf(Locale.ROOT, "rollup rebuild: %s in %.1f s; rollup rows %,d%n", rebuilt, seconds(t0),
                    count(database, "select count(*) from score_rollup"));

            LocalDate today = LocalDate.now(BEIJING);
            JsonObject season = json(call(base, tokens.of("assoc"), "POST", "/api/v1/seasons", Json.createObjectBuilder()
                    .add("code", "BENCH-" + now.getYear()).add("name", "压测赛季 " + now.getYear())
                    .add("enrolFrom", today.minusDays(1).toString()).add("enrolTo", today.plusDays(1).toString())
                    .add("collectFrom", from.toString()).add("collectTo", to.toString())
                    .add("questionnaireVersions", Json.createArrayBuilder())
                    .add("rules", Json.createObjectBuilder()).build().toString()));
            String seasonId = season.getString("id");
            move(base, tokens, seasonId, "ENROLLING");
            t0 = System.nanoTime();
            int entries = insertEntries(database, seasonId, shops);
            System.out.printf(Locale.ROOT, "entries by JDBC (competition_entry, competition_entry_advisor): %,d approved"
                    + " with %,d advisors in %.1f s%n", entries, entries * ADVISORS_PER_SHOP, seconds(t0));
            move(base, tokens, seasonId, "COLLECTING");

            System.out.println();
            System.out.println("== Live standings (season COLLECTING, computed per request), as the association ==");
            String shopsPath = "/api/v1/seasons/" + seasonId + "/standings/shops";
            String advisorsPath = "/api/v1/seasons/" + seasonId + "/standings/advisors";
            time(base, tokens, "GET .../standings/shops", shopsPath, calls);
            time(base, tokens, "GET .../standings/advisors", advisorsPath, calls);

            System.out.println();
            System.out.println("== Frozen standings (season CLOSED: read from the snapshot) ==");
            t0 = System.nanoTime();
            move(base, tokens, seasonId, "CLOSED");
            System.out.printf(Locale.ROOT, "close (freezes both contests, seeds finalists): %.1f s%n", seconds(t0));
            time(base, tokens, "GET .../standings/shops", shopsPath, calls);
            time(base, tokens, "GET .../standings/advisors", advisorsPath, calls);
        } finally {
            payara.stop();
            keycloak.stop();
            database.stop();
        }
    }

    /** Dealer groups through the onboarding API, with the competition module switched on. */
    private static List<String> onboard(String base, Tokens tokens, int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String code = String.format("bench-group-%02d", i);
            call(base, tokens.of("assoc"), "POST", "/api/v1/tenants", Json.createObjectBuilder().add("code", code)
                    .add("name", "压测集团 " + i).add("contactEmail", code + "@bench.example.com")
                    .add("modules", Json.createArrayBuilder().add("tenants").add("surveys").add("competitions"))
                    .build().toString());
            codes.add(code);
        }
        return codes;
    }

    /** Shops and advisors straight into the tenant module's tables, spread over the groups. */
    private static List<SampleLoader.ShopTarget> insertShops(EmbeddedDatabase database, List<String> groups, int count)
            throws SQLException {
        Random random = new Random(5);
        List<SampleLoader.ShopTarget> shops = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = connect(database);
             PreparedStatement shop = c.prepareStatement("insert into shop (id, tenant_id, code, name, brand_code,"
                     + " province_code, city, address, active, created_at, updated_at, version)"
                     + " values (?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, 1)");
             PreparedStatement advisor = c.prepareStatement("insert into service_advisor (id, tenant_id, shop_id, name,"
                     + " employee_no, active, created_at, updated_at, version) values (?, ?, ?, ?, ?, true, ?, ?, 1)")) {
            for (int i = 0; i < count; i++) {
                String tenant = groups.get(i % groups.size());
                String id = UUID.randomUUID().toString();
                String brand = BRANDS[random.nextInt(BRANDS.length)];
                String province = PROVINCES[random.nextInt(PROVINCES.length)];
                String name = String.format("压测门店 %04d", i + 1);
                shop.setString(1, id);
                shop.setString(2, tenant);
                shop.setString(3, String.format("S%04d", i + 1));
                shop.setString(4, name);
                shop.setString(5, brand);
                shop.setString(6, province);
                shop.setString(7, "城市 " + province);
                shop.setString(8, "压测路 " + (i + 1) + " 号");
                shop.setTimestamp(9, now);
                shop.setTimestamp(10, now);
                shop.addBatch();
                List<String> advisors = new ArrayList<>();
                for (int a = 1; a <= ADVISORS_PER_SHOP; a++) {
                    String advisorId = UUID.randomUUID().toString();
                    advisor.setString(1, advisorId);
                    advisor.setString(2, tenant);
                    advisor.setString(3, id);
                    advisor.setString(4, String.format("顾问 %04d-%d", i + 1, a));
                    advisor.setString(5, String.format("SA%03d", a));
                    advisor.setTimestamp(6, now);
                    advisor.setTimestamp(7, now);
                    advisor.addBatch();
                    advisors.add(advisorId);
                }
                shops.add(new SampleLoader.ShopTarget(tenant, id, name, brand, province, "bench", advisors, 0));
            }
            shop.executeBatch();
            advisor.executeBatch();
            c.commit();
        }
        return shops;
    }

    /**
     * Samples by plan: volumes skewed (log-normal, a few busy shops, 3 % too small to rank), scores
     * around 88 (SD 2.5), 4 % flagged and reviewed; 3 % of shops have suspect samples of the last
     * weeks still open, 2 % are over the flagged-share limit.
     */
    private static long loadSamples(EmbeddedDatabase database, List<SampleLoader.ShopTarget> shops, long total,
                                    YearMonth from, YearMonth to) {
        Random random = new Random(17);
        double perShopMonth = SampleLoader.perShopMonthFor(total, shops.size(), from, to);
        double[] volume = new double[shops.size()];
        double sum = 0;
        for (int i = 0; i < volume.length; i++) {
            volume[i] = i % 33 == 0 ? 0.04 : Math.exp(random.nextGaussian() * 0.55);
            sum += volume[i];
        }
        List<SampleLoader.Plan> plans = new ArrayList<>();
        for (int i = 0; i < shops.size(); i++) {
            double roll = random.nextDouble();
            SampleLoader.Screening screening = roll < 0.03 ? new SampleLoader.Screening(0.15, 1, 0, 0.3, false)
                    : roll < 0.05 ? new SampleLoader.Screening(0.30, 0, 0, 0.05, true)
                    : SampleLoader.Screening.reviewed(0.04);
            plans.add(new SampleLoader.Plan(shops.get(i), perShopMonth * volume[i] * volume.length / sum,
                    88 + random.nextGaussian() * 2.5, 0, screening));
        }
        try (SampleLoader loader = new SampleLoader(database.jdbcUrl(), database.user(), database.password(), 3,
                false)) {
            return loader.load(plans, from, to);
        }
    }

    /** Every shop entered with its advisors and approved, as the association would have decided. */
    private static int insertEntries(EmbeddedDatabase database, String seasonId, List<SampleLoader.ShopTarget> shops)
            throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = connect(database);
             PreparedStatement entry = c.prepareStatement("insert into competition_entry (id, season_id, tenant_id,"
                     + " shop_id, status, enrolled_by, decided_by, decided_at, decision_reason, created_at, updated_at,"
                     + " version) values (?, ?, ?, ?, 'APPROVED', 'bench', 'bench', ?, '压测报名', ?, ?, 1)");
             PreparedStatement advisor = c.prepareStatement("insert into competition_entry_advisor (entry_id,"
                     + " advisor_id) values (?, ?)")) {
            for (SampleLoader.ShopTarget shop : shops) {
                String id = UUID.randomUUID().toString();
                entry.setString(1, id);
                entry.setString(2, seasonId);
                entry.setString(3, shop.tenantId());
                entry.setString(4, shop.shopId());
                entry.setTimestamp(5, now);
                entry.setTimestamp(6, now);
                entry.setTimestamp(7, now);
                entry.addBatch();
                for (String advisorId : shop.advisorIds()) {
                    advisor.setString(1, id);
                    advisor.setString(2, advisorId);
                    advisor.addBatch();
                }
            }
            entry.executeBatch();
            advisor.executeBatch();
            c.commit();
        }
        return shops.size();
    }

    /** Warm-up, then {@code calls} sequential requests: p50, p95, max, and what the answer held. */
    private static void time(String base, Tokens tokens, String what, String path, int calls) {
        String body = null;
        for (int i = 0; i < WARM_UP; i++) {
            body = call(base, tokens.of("assoc"), "GET", path, null);
        }
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            String token = tokens.of("assoc");
            long t = System.nanoTime();
            body = call(base, token, "GET", path, null);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        List<JsonObject> items = json(body).getJsonArray("items").getValuesAs(JsonObject.class);
        long ranked = items.stream().filter(item -> item.containsKey("rank")
                && item.get("rank").getValueType() == JsonValue.ValueType.NUMBER).count();
        System.out.printf(Locale.ROOT, "%-30s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms   (%d requests after %d"
                        + " warm-up; %,d rows, %,d ranked, %,d KB; target under 1,000 ms)%n", what,
                LoadRun.percentile(nanos, 0.50), LoadRun.percentile(nanos, 0.95), nanos[nanos.length - 1] / 1e6,
                calls, WARM_UP, items.size(), ranked, body.getBytes(StandardCharsets.UTF_8).length / 1024);
    }

    private static void move(String base, Tokens tokens, String seasonId, String to) {
        call(base, tokens.of("assoc"), "POST", "/api/v1/seasons/" + seasonId + "/transitions",
                Json.createObjectBuilder().add("to", to).build().toString());
    }

    /** Tokens of the demo realm's users, fetched again before the five-minute lifetime runs out. */
    private static final class Tokens {
        private final String keycloakUrl;
        private final Map<String, String> tokens = new LinkedHashMap<>();
        private final Map<String, Instant> fetched = new LinkedHashMap<>();

        Tokens(String keycloakUrl) {
            this.keycloakUrl = keycloakUrl;
        }

        String of(String login) {
            Instant at = fetched.get(login);
            if (at == null || Instant.now().isAfter(at.plus(Duration.ofMinutes(4)))) {
                tokens.put(login, OidcTokens.passwordGrant(keycloakUrl, KeycloakServer.REALM, "platform-cli", login,
                        login));
                fetched.put(login, Instant.now());
            }
            return tokens.get(login);
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        String url = database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        Connection c = DriverManager.getConnection(url, database.user(), database.password());
        c.setAutoCommit(false);
        return c;
    }

    private static long count(EmbeddedDatabase database, String sql) {
        try (SampleLoader loader = new SampleLoader(database.jdbcUrl(), database.user(), database.password(), 0, false)) {
            return loader.count(sql);
        }
    }

    private static String call(String base, String token, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 && response.statusCode() != 201) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + method + " " + path, e);
        }
    }


    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
