package org.dealerplatform.bench;

import static org.dealerplatform.bench.BenchSupport.env;

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
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.dealerplatform.devstack.DemoData;
import org.dealerplatform.devstack.DevstackPaths;
import org.dealerplatform.devstack.EmbeddedDatabase;
import org.dealerplatform.devstack.FreePorts;
import org.dealerplatform.devstack.KeycloakServer;
import org.dealerplatform.devstack.OidcTokens;
import org.dealerplatform.devstack.PayaraMicroServer;

/**
 * The score dashboards at national scale (not a test: it prints figures). Starts a fresh MariaDB,
 * Keycloak and the platform, loads the demo groups, then writes the rollups of {@code
 * BENCH_DASHBOARD_SHOPS} shops (30,000) over 12 months straight into the database: per shop and
 * month its shop row and one advisor row in {@code score_rollup}, spread over 1,200 dealer groups
 * (25 shops each; {@code demo-group-a} is one of them), 16 brands and 17 provinces, and the rows
 * above the shop and the shops' years summed from them by the same statements as migrations V9
 * and V11. Then times the national
 * view, one brand's and one province's cut of it, and the group view, {@code BENCH_CALLS} (200)
 * requests each after 20 warm-up requests: p50 and p99. For comparison, the national view's former
 * statement (the shop rows of the period, grouped) is timed on its own over JDBC.
 */
public final class DashboardBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String[] BRANDS = {"VOLKSWAGEN", "TOYOTA", "HONDA", "NISSAN", "BUICK", "BMW",
            "MERCEDES_BENZ", "AUDI", "BYD", "GEELY", "CHANGAN", "HAVAL", "LEXUS", "VOLVO", "FORD", "HYUNDAI"};
    private static final String[] PROVINCES = {"11", "12", "13", "31", "32", "33", "34", "35", "37", "41", "42", "43",
            "44", "50", "51", "53", "61"};
    private static final int SHOPS_PER_GROUP = 25;
    private static final String MEASURES = "valid_count, overall_sum, overall_sq_sum, advisor_sum, advisor_n, time_sum,"
            + " time_n, quality_sum, quality_n, price_sum, price_n, facilities_sum, facilities_n, nps_n, nps_promoters,"
            + " nps_detractors, suspect_count, invalid_count";
    private static final String[] COLUMNS = MEASURES.split(", ");

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int shops = env("BENCH_DASHBOARD_SHOPS", 30_000);
        int calls = env("BENCH_CALLS", 200);
        Path work = Files.createTempDirectory("dashboard-bench");
        System.out.println("Dashboard benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, work dir "
                + work);
        EmbeddedDatabase database = EmbeddedDatabase.startFresh();
        KeycloakServer keycloak = KeycloakServer.startForTests(FreePorts.find(), work.resolve("keycloak.log"));
        Map<String, String> config = BenchSupport.demoPlatformConfig(database, keycloak);
        PayaraMicroServer payara = PayaraMicroServer.start(DevstackPaths.warFile(), FreePorts.find(), config,
                work.resolve("payara.log"), false);
        String base = payara.url();
        try {
            System.out.println(new DemoData(base, keycloak.url(), database).loadWithoutSeasons());
            YearMonth last = YearMonth.now(ZoneId.of("Asia/Shanghai"));
            long t0 = System.nanoTime();
            try (Connection db = DriverManager.getConnection(database.jdbcUrl() + (database.jdbcUrl().contains("?")
                    ? "&" : "?") + "rewriteBatchedStatements=true", database.user(), database.password())) {
                load(db, shops, last);
                System.out.printf(Locale.ROOT, "loaded in %.1f s: %,d score_rollup rows (%,d shops x 12 months,"
                                + " a shop row and an advisor row each), %,d area rows, %,d group rows,"
                                + " %,d shop-year rows%n",
                        (System.nanoTime() - t0) / 1e9, count(db, "select count(*) from score_rollup"), shops,
                        count(db, "select count(*) from score_rollup_area"),
                        count(db, "select count(*) from score_rollup_group"),
                        count(db, "select count(*) from score_shop_year"));
                String from = last.minusMonths(11).toString();
                long[] former = new long[Math.min(calls, 50)];
                String sql = "select concat(brand_code, '|', province_code, '|', month), sum(valid_count),"
                        + " sum(overall_sum) from score_rollup where month between ? and ? and advisor_id = '*'"
                        + " group by 1";
                for (int i = -3; i < former.length; i++) {
                    long t = System.nanoTime();
                    try (PreparedStatement q = db.prepareStatement(sql)) {
                        q.setString(1, from);
                        q.setString(2, last.toString());
                        try (ResultSet rs = q.executeQuery()) {
                            while (rs.next()) {
                                rs.getString(1);
                            }
                        }
                    }
                    if (i >= 0) {
                        former[i] = System.nanoTime() - t;
                    }
                }
                print("former national statement over the shop rows (JDBC, " + former.length + " runs)", former);
                print("former count of shops over the shop rows (JDBC, " + former.length + " runs)",
                        timed(db, former.length, "select count(distinct shop_id) from score_rollup where advisor_id = '*'"
                                + " and month between '" + from + "' and '" + last + "' and valid_count > 0"));
                // what the views ask (ShopYears.validIn): per year of the period, a valid sample in one of its months
                StringBuilder validIn = new StringBuilder();
                for (YearMonth m = last.minusMonths(11); !m.isAfter(last); m = m.plusMonths(1)) {
                    if (m.equals(last.minusMonths(11)) || m.getMonthValue() == 1) {
                        validIn.append(validIn.length() == 0 ? "((" : ")) or (").append("year = ").append(m.getYear())
                                .append(" and (");
                    } else {
                        validIn.append(" or ");
                    }
                    validIn.append(String.format(Locale.ROOT, "valid_%02d > 0", m.getMonthValue()));
                }
                validIn.append(")))");
                print("count of shops over the shops' years (JDBC, " + former.length + " runs)",
                        timed(db, former.length, "select count(distinct shop_id) from score_shop_year where " + validIn));
            }
            String assoc = OidcTokens.passwordGrant(keycloak.url(), KeycloakServer.REALM, "platform-cli", "assoc",
                    "assoc");
            String groupA = OidcTokens.passwordGrant(keycloak.url(), KeycloakServer.REALM, "platform-cli", "group-a",
                    "group-a");
            System.out.println();
            System.out.println("== Views at " + String.format(Locale.ROOT, "%,d", shops) + " shops x 12 months, "
                    + calls + " requests each after 20 warm-up ==");
            time(base, assoc, calls, "national view    GET /api/v1/scores/national");
            time(base, assoc, calls, "brand view       GET /api/v1/scores/national?brand=TOYOTA");
            time(base, assoc, calls, "province view    GET /api/v1/scores/national?province=31");
            time(base, groupA, calls, "group view       GET /api/v1/scores/tenant");
        } finally {
            payara.stop();
            keycloak.stop();
            database.stop();
        }
    }

    /**
     * Shop and advisor rows for every shop and month (scores around 88, 20-60 samples a month, a
     * few flagged), then the rows above the shop summed from them as migration V9 does.
     */
    private static void load(Connection db, int shops, YearMonth last) throws Exception {
        db.setAutoCommit(false);
        Random random = new Random(2026);
        String insert = "insert into score_rollup (tenant_id, shop_id, advisor_id, month, brand_code, province_code,"
                + " questionnaire_version, " + MEASURES + ") values (?, ?, ?, ?, ?, ?, 1"
                + ", ?".repeat(18) + ")";
        try (PreparedStatement rows = db.prepareStatement(insert)) {
            int pending = 0;
            for (int s = 0; s < shops; s++) {
                int group = s / SHOPS_PER_GROUP;
                String tenant = group == 0 ? "demo-group-a" : String.format(Locale.ROOT, "bench-group-%04d", group);
                String shop = UUID.nameUUIDFromBytes(("bench-shop-" + s).getBytes()).toString();
                String brand = BRANDS[(group + s) % BRANDS.length];
                String province = PROVINCES[group % PROVINCES.length];
                for (int m = 0; m < 12; m++) {
                    String month = last.minusMonths(m).toString();
                    int n = 20 + random.nextInt(41);
                    double mean = 88 + random.nextGaussian() * 2.5;
                    double[] values = {n, n * mean, n * (mean * mean + 25), n * mean, n, n * mean, n, n * mean, n,
                            n * mean, n, n * mean, n, n, (int) (n * 0.7), (int) (n * 0.05), random.nextInt(3),
                            random.nextInt(2)};
                    for (String advisor : new String[] {"*", ""}) {
                        rows.setString(1, tenant);
                        rows.setString(2, shop);
                        rows.setString(3, advisor);
                        rows.setString(4, month);
                        rows.setString(5, brand);
                        rows.setString(6, province);
                        for (int i = 0; i < values.length; i++) {
                            if (COLUMNS[i].endsWith("_sum")) {
                                rows.setDouble(7 + i, values[i]);
                            } else {
                                rows.setLong(7 + i, (long) values[i]);
                            }
                        }
                        rows.addBatch();
                        pending++;
                    }
                }
                if (pending >= 5_000) {
                    rows.executeBatch();
                    db.commit();
                    pending = 0;
                }
            }
            rows.executeBatch();
            db.commit();
        }
        String sums = String.join(", ", Arrays.stream(MEASURES.split(", ")).map(c -> "sum(" + c + ")").toList());
        try (Statement st = db.createStatement()) {
            st.executeUpdate("insert into score_rollup_area (month, brand_code, province_code, questionnaire_version, "
                    + MEASURES + ") select month, brand_code, province_code, questionnaire_version, " + sums
                    + " from score_rollup where advisor_id = '*' group by month, brand_code, province_code,"
                    + " questionnaire_version on duplicate key update valid_count = valid_count");
            st.executeUpdate("insert into score_rollup_group (month, tenant_id, questionnaire_version, " + MEASURES
                    + ") select month, tenant_id, questionnaire_version, " + sums + " from score_rollup where"
                    + " advisor_id = '*' group by month, tenant_id, questionnaire_version"
                    + " on duplicate key update valid_count = valid_count");
            StringBuilder months = new StringBuilder();
            StringBuilder perMonth = new StringBuilder();
            for (int m = 1; m <= 12; m++) {
                String mm = String.format(Locale.ROOT, "%02d", m);
                months.append(", valid_").append(mm);
                perMonth.append(", sum(case when substr(month, 6, 2) = '").append(mm)
                        .append("' then valid_count else 0 end)");
            }
            st.executeUpdate("insert into score_shop_year (year, brand_code, province_code, shop_id" + months
                    + ") select cast(substr(month, 1, 4) as signed), brand_code, province_code, shop_id" + perMonth
                    + " from score_rollup where advisor_id = '*' group by 1, 2, 3, 4 having sum(valid_count) <> 0"
                    + " on duplicate key update valid_01 = valid_01");
            st.execute("analyze table score_rollup, score_rollup_area, score_rollup_group, score_shop_year");
        }
        db.commit();
        db.setAutoCommit(true);
    }

    /** A statement run {@code runs} times after 3 warm-up runs: each run's nanoseconds. */
    private static long[] timed(Connection db, int runs, String sql) throws Exception {
        long[] nanos = new long[runs];
        for (int i = -3; i < runs; i++) {
            long t = System.nanoTime();
            count(db, sql);
            if (i >= 0) {
                nanos[i] = System.nanoTime() - t;
            }
        }
        return nanos;
    }

    private static void time(String base, String token, int calls, String what) {
        String path = what.substring(what.indexOf("GET ") + 4);
        for (int i = 0; i < 20; i++) {
            get(base, token, path);
        }
        long[] nanos = new long[calls];
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            get(base, token, path);
            nanos[i] = System.nanoTime() - t;
        }
        print(what, nanos);
    }

    private static void print(String what, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-62s p50 %6.1f ms   p99 %6.1f ms   max %6.1f ms   (target p50 under 100 ms)%n",
                what, LoadRun.percentile(nanos, 0.5), LoadRun.percentile(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
    }

    private static void get(String base, String token, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
