package org.dealerplatform.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.dealerplatform.survey.questionnaire.Dimension;
import org.dealerplatform.survey.questionnaire.Item;
import org.dealerplatform.survey.questionnaire.Questionnaire;
import org.dealerplatform.survey.scoring.SampleScore;
import org.dealerplatform.survey.scoring.Scoring;

/**
 * Writes realistic survey samples straight into the database, in JDBC batches: a season of
 * answers for the demo, a million for the benchmark. Scores come from the platform's own
 * {@link Scoring}; screened samples get the reasons screening would give and, when SUSPECT, a
 * place in the review queue. Rollups are not touched: rebuild them afterwards (one API call).
 * Only for local runs and benchmarks; production samples arrive through the survey pipeline.
 */
public final class SampleLoader implements AutoCloseable {

    /** A shop to fill: who owns it, what it sells, its survey link, its advisors and how good it is (1-10). */
    public record ShopTarget(String tenantId, String shopId, String shopName, String brandCode, String provinceCode,
                             String linkToken, List<String> advisorIds, double quality) {
    }

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Questionnaire NATIONAL = Questionnaire.national();
    private static final Map<Dimension, Double> TENDENCY = new EnumMap<>(Map.of(Dimension.ADVISOR, 0.3,
            Dimension.TIME, -0.3, Dimension.QUALITY, 0.2, Dimension.PRICE, -0.7, Dimension.FACILITIES, 0.4));
    private static final List<String> GOOD = List.of("服务顾问很专业，讲解清楚", "交车准时，车洗得很干净",
            "休息区很舒服，咖啡不错", "一次就修好了，很满意", "价格透明，没有乱收费", "预约很方便，不用排队");
    private static final List<String> BAD = List.of("等待时间太长了", "保养价格偏贵", "交车比约定晚了一个小时",
            "同一个问题来了两次才修好", "休息区太吵", "服务顾问态度一般");

    private static final String INSERT_SAMPLE = "insert into survey_response (id, tenant_id, shop_id, advisor_id,"
            + " link_token, questionnaire_version, brand_code, province_code, visit_type, answers, nps, score_overall,"
            + " score_advisor, score_time, score_quality, score_price, score_facilities, comment_text, repair_order_no,"
            + " device_hash, phone_hash, address_hash, duration_seconds, status, reasons, submitted_at, month,"
            + " idempotency_key, request_hash, created_at, updated_at, version)"
            + " values (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String INSERT_CASE = "insert into screening_case (response_id, tenant_id, shop_id, shop_name,"
            + " brand_code, province_code, submitted_at, reasons, score_overall, duration_seconds, comment_excerpt,"
            + " state, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, 1)";

    private final Connection connection;
    private final Random random;
    private final boolean flagSome;

    /** {@code flagSome}: about 6 % of samples come out SUSPECT or INVALID, as screening would flag them. */
    public SampleLoader(String jdbcUrl, String user, String password, long seed, boolean flagSome) {
        try {
            String batched = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
            this.connection = DriverManager.getConnection(batched, user, password);
            this.connection.setAutoCommit(false);
            // reads between loads must see what the platform committed meanwhile (new survey links)
            this.connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database at " + jdbcUrl, e);
        }
        this.random = new Random(seed);
        this.flagSome = flagSome;
    }

    public String text(String sql, String parameter) {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (var rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public long count(String sql) {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * About {@code perShopMonth} samples for every shop and month from {@code from} to {@code to}
     * (never in the future), committed every few thousand rows. Returns the number written.
     */
    public long load(List<ShopTarget> shops, YearMonth from, YearMonth to, int perShopMonth) {
        long written = 0;
        Instant now = Instant.now();
        try (PreparedStatement samples = connection.prepareStatement(INSERT_SAMPLE);
             PreparedStatement cases = connection.prepareStatement(INSERT_CASE)) {
            int pending = 0;
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                int monthIndex = (int) (month.getYear() * 12L + month.getMonthValue() - from.getYear() * 12L
                        - from.getMonthValue());
                Instant start = month.atDay(1).atStartOfDay(CHINA).toInstant();
                Instant end = month.plusMonths(1).atDay(1).atStartOfDay(CHINA).toInstant();
                if (end.isAfter(now)) {
                    end = now;
                }
                if (!start.isBefore(end)) {
                    continue;
                }
                for (ShopTarget shop : shops) {
                    int n = Math.max(1, (int) Math.round(perShopMonth * (0.7 + 0.6 * random.nextDouble())));
                    for (int i = 0; i < n; i++) {
                        Instant at = start.plusMillis((long) (random.nextDouble() * (end.toEpochMilli() - start.toEpochMilli())));
                        add(samples, cases, shop, at, month.toString(), monthIndex);
                        written++;
                        if (++pending == 5000) {
                            flush(samples, cases);
                            pending = 0;
                        }
                    }
                }
            }
            flush(samples, cases);
        } catch (SQLException e) {
            throw new IllegalStateException("loading samples failed", e);
        }
        return written;
    }

    private void add(PreparedStatement s, PreparedStatement cases, ShopTarget shop, Instant at, String month,
                     int monthIndex) throws SQLException {
        double personal = random.nextGaussian() * 0.9;
        double trend = monthIndex * 0.04;
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (Item item : NATIONAL.items()) {
            double mean = shop.quality() + TENDENCY.get(item.dimension()) + personal + trend;
            answers.put(item.code(), clamp((int) Math.round(mean + random.nextGaussian() * 0.7), 1, 10));
        }
        double roll = random.nextDouble();
        String status = "VALID";
        String reasons = "";
        int duration = 45 + random.nextInt(200);
        String repairOrder = random.nextDouble() < 0.6 ? "RO" + month.replace("-", "") + (10000 + random.nextInt(90000))
                : null;
        if (flagSome && roll < 0.03) {
            status = "SUSPECT";
            reasons = "TOO_FAST";
            duration = 6 + random.nextInt(13);
        } else if (flagSome && roll < 0.04) {
            status = "SUSPECT";
            reasons = "STRAIGHT_LINED_FAST";
            answers.replaceAll((k, v) -> 10);
            duration = 22 + random.nextInt(20);
        } else if (flagSome && roll < 0.05) {
            status = "SUSPECT";
            reasons = "REPEAT_REPAIR_ORDER";
            repairOrder = "RO" + month.replace("-", "") + "10001";
        } else if (flagSome && roll < 0.055) {
            status = "SUSPECT";
            reasons = "REPEAT_DEVICE";
        } else if (flagSome && roll < 0.06) {
            status = "INVALID";
            reasons = "TOKEN_REVOKED";
        }
        double average = answers.values().stream().mapToInt(Integer::intValue).average().orElse(8);
        int recommend = clamp((int) Math.round(average + 0.3 + random.nextGaussian() * 1.3), 0, 10);
        SampleScore score = Scoring.score(NATIONAL, answers, recommend);
        String comment = null;
        if (random.nextDouble() < 0.22) {
            List<String> pool = score.overall() >= 75 ? GOOD : BAD;
            comment = pool.get(random.nextInt(pool.size()));
        }
        String id = UUID.randomUUID().toString();
        String advisor = !shop.advisorIds().isEmpty() && random.nextDouble() < 0.8
                ? shop.advisorIds().get(random.nextInt(shop.advisorIds().size())) : null;
        Timestamp when = Timestamp.from(at);
        int i = 1;
        s.setString(i++, id);
        s.setString(i++, shop.tenantId());
        s.setString(i++, shop.shopId());
        s.setString(i++, advisor);
        s.setString(i++, shop.linkToken());
        s.setString(i++, shop.brandCode());
        s.setString(i++, shop.provinceCode());
        s.setString(i++, random.nextDouble() < 0.65 ? "MAINTENANCE" : random.nextDouble() < 0.85 ? "REPAIR" : "OTHER");
        s.setString(i++, json(answers));
        s.setInt(i++, recommend);
        s.setDouble(i++, score.overall());
        for (Dimension d : Dimension.values()) {
            s.setDouble(i++, score.dimensions().get(d));
        }
        s.setString(i++, comment);
        if (repairOrder == null) {
            s.setNull(i++, Types.VARCHAR);
        } else {
            s.setString(i++, repairOrder);
        }
        s.setString(i++, hex(random.nextLong()) + hex(random.nextLong()) + hex(random.nextLong()) + hex(random.nextLong()));
        s.setString(i++, hex(random.nextLong()) + hex(random.nextLong()) + hex(random.nextLong()) + hex(random.nextLong()));
        s.setInt(i++, duration);
        s.setString(i++, status);
        s.setString(i++, reasons);
        s.setTimestamp(i++, when);
        s.setString(i++, month);
        s.setString(i++, UUID.randomUUID().toString());
        s.setString(i++, hex(random.nextLong()) + hex(random.nextLong()) + hex(random.nextLong()) + hex(random.nextLong()));
        s.setTimestamp(i++, when);
        s.setTimestamp(i, when);
        s.addBatch();
        if ("SUSPECT".equals(status)) {
            int c = 1;
            cases.setString(c++, id);
            cases.setString(c++, shop.tenantId());
            cases.setString(c++, shop.shopId());
            cases.setString(c++, shop.shopName());
            cases.setString(c++, shop.brandCode());
            cases.setString(c++, shop.provinceCode());
            cases.setTimestamp(c++, when);
            cases.setString(c++, reasons);
            cases.setDouble(c++, score.overall());
            cases.setInt(c++, duration);
            cases.setString(c++, comment);
            cases.setTimestamp(c++, when);
            cases.setTimestamp(c, when);
            cases.addBatch();
        }
    }

    private void flush(PreparedStatement samples, PreparedStatement cases) throws SQLException {
        samples.executeBatch();
        cases.executeBatch();
        connection.commit();
    }

    private static String json(Map<String, Integer> answers) {
        List<String> parts = new ArrayList<>();
        answers.forEach((k, v) -> parts.add("\"" + k + "\":" + v));
        return "{" + String.join(",", parts) + "}";
    }

    private static String hex(long value) {
        return String.format("%016x", value);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing after use; nothing left to save
        }
    }
}
