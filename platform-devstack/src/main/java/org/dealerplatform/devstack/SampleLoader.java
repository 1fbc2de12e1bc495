package org.dealerplatform.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
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
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.survey.questionnaire.Item;
import org.dealerplatform.survey.questionnaire.Questionnaire;
import org.dealerplatform.survey.scoring.SampleScore;
import org.dealerplatform.survey.scoring.Scoring;

/**
 * Writes realistic survey samples straight into the database, in JDBC batches: seasons of
 * answers for the demo, a million for the benchmarks. Scores come from the platform's own
 * {@link Scoring}; screened samples get the reasons screening would give and, when SUSPECT, a
 * place in the review queue, either still open or decided as the association's reviewers would
 * have (accepted: VALID, rejected: INVALID). Rollups are not touched: rebuild them afterwards
 * (one API call). Only for local runs and benchmarks; production samples arrive through the
 * survey pipeline.
 */
public final class SampleLoader implements AutoCloseable {

    /** A shop to fill: who owns it, what it sells, its survey link, its advisors and how good it is (1-10). */
    public record ShopTarget(String tenantId, String shopId, String shopName, String brandCode, String provinceCode,
                             String linkToken, List<String> advisorIds, double quality) {
    }

    /**
     * How screening and review treated a shop's samples. {@code flagged}: share of samples screening
     * flagged (a twelfth of them INVALID for a replaced QR code, the rest SUSPECT); of the SUSPECT
     * ones submitted in the last 45 days {@code openRecent} still wait for review, of the older ones
     * {@code openOlder}; the decided ones were accepted with probability {@code accepted}, else
     * rejected. {@code selfFilled}: the flags look like staff answering on the shop's own network
     * (bursts from one address, one device, straight top marks) rather than the usual mix.
     */
    public record Screening(double flagged, double openRecent, double openOlder, double accepted,
                            boolean selfFilled) {

        /** Nothing flagged. */
        public static final Screening CLEAN = new Screening(0, 0, 0, 0, false);
        /** About 6 % flagged, every suspect sample still open: a queue nobody has worked on yet. */
        public static final Screening UNREVIEWED = new Screening(0.06, 1, 1, 0, false);

        /** A usual shop: a few percent flagged, every case decided, most of them rejected. */
        public static Screening reviewed(double flagged) {
            return new Screening(flagged, 0, 0, 0.3, false);
        }
    }

    /**
     * One shop's samples: about {@code samplesPerMonth} a month (varying with the season of the
     * year and by chance; a month still running gets its share so far), of the given overall score
     * on average (0-100, as the method computes it), moving by {@code trendPerMonth} points a month,
     * screened as {@code screening} says. Named advisors are chosen with falling weights (the first
     * one busiest) and each is a little better or worse than the shop.
     */
    public record Plan(ShopTarget shop, double samplesPerMonth, double targetScore, double trendPerMonth,
                       Screening screening) {
    }

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Questionnaire NATIONAL = Questionnaire.national();
    private static final Map<Dimension, Double> TENDENCY = new EnumMap<>(Map.of(Dimension.ADVISOR, 0.3,
            Dimension.TIME, -0.3, Dimension.QUALITY, 0.2, Dimension.PRICE, -0.7, Dimension.FACILITIES, 0.4));
    /** Fewer visits around the Spring Festival, more in the summer and before the October holiday. */
    private static final double[] SEASONALITY = {0.80, 0.75, 0.95, 1.00, 1.05, 1.00, 1.10, 1.10, 1.00, 1.05,
            0.95, 0.90};
    private static final double ITEM_NOISE = 0.7;
    private static final double PERSONAL_NOISE = 0.9;
    private static final Duration RECENT = Duration.ofDays(45);
    private static final List<String> GOOD = List.of("服务顾问很专业，讲解清楚", "交车准时，车洗得很干净",
            "休息区很舒服，咖啡不错", "一次就修好了，很满意", "价格透明，没有乱收费", "预约很方便，不用排队");
    private static final List<String> BAD = List.of("等待时间太长了", "保养价格偏贵", "交车比约定晚了一个小时",
            "同一个问题来了两次才修好", "休息区太吵", "服务顾问态度一般");
    private static final List<String> REJECTED_NOTES = List.of("答题时间过短，无法确认为真实客户",
            "同一设备或网络集中提交，判定为非客户本人填写", "工单号重复，与已有样本为同一次到店");
    private static final List<String> ACCEPTED_NOTES = List.of("经电话回访确认为真实客户评价",
            "家庭共用手机，核实为两次不同到店");

    private static final String INSERT_SAMPLE = "insert into survey_response (id, tenant_id, shop_id, advisor_id,"
            + " link_token, questionnaire_version, brand_code, province_code, visit_type, answers, nps, score_overall,"
            + " score_advisor, score_time, score_quality, score_price, score_facilities, comment_text, repair_order_no,"
            + " device_hash, phone_hash, address_hash, duration_seconds, status, reasons, submitted_at, month,"
            + " idempotency_key, request_hash, created_at, updated_at, version)"
            + " values (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String INSERT_CASE = "insert into screening_case (response_id, tenant_id, shop_id, shop_name,"
            + " brand_code, province_code, submitted_at, reasons, score_overall, duration_seconds, comment_excerpt,"
            + " state, decided_by, decided_at, decision_note, created_at, updated_at, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
    /** Every screened sample is in a review case: the loaded ones are cases of one, as the V4 migration made them. */
    private static final String CASES_OF_ONE = "insert into review_case (id, tenant_id, shop_id, shop_name, brand_code,"
            + " province_code, cause, reasons, sample_count, open_count, accepted_count, rejected_count, first_at,"
            + " last_at, state, decided_by, decided_at, decision_note, created_at, updated_at, version)"
            + " select response_id, tenant_id, shop_id, shop_name, brand_code, province_code, null, reasons, 1,"
            + " case when state = 'OPEN' then 1 else 0 end, case when state = 'ACCEPTED' then 1 else 0 end,"
            + " case when state = 'REJECTED' then 1 else 0 end, submitted_at, submitted_at, state, decided_by,"
            + " decided_at, decision_note, created_at, updated_at, 1 from screening_case where case_id is null";
    private static final String INTO_THEIR_CASES = "update screening_case set case_id = response_id where case_id is null";

    private final Connection connection;
    private final Random random;
    private final boolean flagSome;
    private final Instant now = Instant.now();

    /** {@code flagSome}: for {@link #load(List, YearMonth, YearMonth, int)}, about 6 % of samples come out SUSPECT or INVALID. */
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
            } finally {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public long count(String sql) {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            long n = rs.getLong(1);
            connection.commit();
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Samples stored for one shop so far (any status). */
    public long samplesOf(String shopId) {
        try (var statement = connection.prepareStatement("select count(*) from survey_response where shop_id = ?")) {
            statement.setString(1, shopId);
            try (var rs = statement.executeQuery()) {
                rs.next();
                long n = rs.getLong(1);
                connection.commit();
                return n;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("counting samples of " + shopId, e);
        }
    }

    /**
     * About {@code perShopMonth} samples for every shop and month from {@code from} to {@code to}
     * (never in the future), committed every few thousand rows. Returns the number written.
     * Shops score by their {@link ShopTarget#quality()}, rising a little month by month; with
     * {@code flagSome} the flagged samples all wait in the review queue.
     */
    public long load(List<ShopTarget> shops, YearMonth from, YearMonth to, int perShopMonth) {
        Screening screening = flagSome ? Screening.UNREVIEWED : Screening.CLEAN;
        return eachMonth(from, to, (batch, month, monthIndex, window) -> {
            long written = 0;
            for (ShopTarget shop : shops) {
                int n = Math.max(1, (int) Math.round(perShopMonth * (0.7 + 0.6 * random.nextDouble())));
                for (int i = 0; i < n; i++) {
                    String advisor = !shop.advisorIds().isEmpty() && random.nextDouble() < 0.8
                            ? shop.advisorIds().get(random.nextInt(shop.advisorIds().size())) : null;
                    batch.add(shop, window.at(random), month.toString(), shop.quality() + monthIndex * 0.04,
                            advisor, screening);
                    written++;
                }
            }
            return written;
        });
    }

    /**
     * Samples by plan for every month from {@code from} to {@code to} (never in the future),
     * committed every few thousand rows. Returns the number written.
     */
    public long load(List<Plan> plans, YearMonth from, YearMonth to) {
        return eachMonth(from, to, (batch, month, monthIndex, window) -> {
            long written = 0;
            for (Plan plan : plans) {
                ShopTarget shop = plan.shop();
                double quality = qualityFor(plan.targetScore() + plan.trendPerMonth() * monthIndex);
                double expected = plan.samplesPerMonth() * SEASONALITY[month.getMonthValue() - 1]
                        * window.share() * (0.75 + 0.5 * random.nextDouble());
                int n = (int) Math.floor(expected + random.nextDouble());
                double[] weights = advisorWeights(shop.advisorIds().size());
                for (int i = 0; i < n; i++) {
                    String advisor = pickAdvisor(shop.advisorIds(), weights);
                    double q = advisor == null ? quality : quality + advisorOffset(advisor);
                    batch.add(shop, window.at(random), month.toString(), q, advisor, plan.screening());
                    written++;
                }
            }
            return written;
        });
    }

    /** What one month of samples writes into the batch; returns how many. */
    private interface MonthOfSamples {
        long write(Batch batch, YearMonth month, int monthIndex, Window window) throws SQLException;
    }

    /** Runs {@code month} for every month from {@code from} to {@code to} that is not in the future, in one batch. */
    private long eachMonth(YearMonth from, YearMonth to, MonthOfSamples month) {
        long written = 0;
        try (Batch batch = new Batch()) {
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                Window window = window(m);
                if (window != null) {
                    written += month.write(batch, m, monthsBetween(from, m), window);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("loading samples failed", e);
        }
        return written;
    }

    /** The samples per shop and month that make {@code total} for these shops over these months, so far. */
    public static double perShopMonthFor(long total, int shops, YearMonth from, YearMonth to) {
        double weight = 0;
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            Window window = window(month);
            if (window != null) {
                weight += SEASONALITY[month.getMonthValue() - 1] * window.share();
            }
        }
        return weight == 0 ? 0 : total / (weight * shops);
    }

    /**
     * The shop quality (the mean rating the generator aims at, on the 1-10 scale) whose samples
     * average {@code score} points overall, so that shops can be described by the score they should
     * end up with: read off the generator's curve, simulated once with fixed random numbers (so it
     * rises smoothly), between its grid points linearly.
     */
    public static double qualityFor(double score) {
        double[] curve = curve();
        double target = Math.max(curve[0], Math.min(curve[curve.length - 1], score));
        int i = 1;
        while (i < curve.length - 1 && curve[i] < target) {
            i++;
        }
        double share = curve[i] == curve[i - 1] ? 0 : (target - curve[i - 1]) / (curve[i] - curve[i - 1]);
        return CURVE_FROM + (i - 1 + share) * CURVE_STEP;
    }

    private static final double CURVE_FROM = 2;
    private static final double CURVE_STEP = 0.05;
    private static double[] scoreCurve;

    /** Mean overall score of simulated samples at qualities 2, 2.05, ... 13. */
    private static synchronized double[] curve() {
        if (scoreCurve == null) {
            int points = (int) Math.round((13 - CURVE_FROM) / CURVE_STEP) + 1;
            double[] curve = new double[points];
            for (int p = 0; p < points; p++) {
                curve[p] = simulatedScore(CURVE_FROM + p * CURVE_STEP);
                if (p > 0 && curve[p] < curve[p - 1]) {
                    curve[p] = curve[p - 1];
                }
            }
            scoreCurve = curve;
        }
        return scoreCurve;
    }

    private static double simulatedScore(double quality) {
        Random fixed = new Random(42);
        int n = 2000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double personal = fixed.nextGaussian() * PERSONAL_NOISE;
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (Item item : NATIONAL.items()) {
                double mean = quality + TENDENCY.get(item.dimension()) + personal;
                answers.put(item.code(), clamp((int) Math.round(mean + fixed.nextGaussian() * ITEM_NOISE), 1, 10));
            }
            sum += Scoring.score(NATIONAL, answers, null).overall();
        }
        return sum / n;
    }

    /** Each advisor a little better or worse than the shop (±0.3 on the rating scale), fixed by their id. */
    private static double advisorOffset(String advisorId) {
        return new Random(advisorId.hashCode() * 31L + 7).nextGaussian() * 0.3;
    }

    private static double[] advisorWeights(int n) {
        double[] weights = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = 1 / (1 + 0.35 * i);
            sum += weights[i];
        }
        for (int i = 0; i < n; i++) {
            weights[i] /= sum;
        }
        return weights;
    }

    private String pickAdvisor(List<String> advisors, double[] weights) {
        if (advisors.isEmpty() || random.nextDouble() >= 0.8) {
            return null;
        }
        double roll = random.nextDouble();
        for (int i = 0; i < advisors.size(); i++) {
            roll -= weights[i];
            if (roll < 0) {
                return advisors.get(i);
            }
        }
        return advisors.get(advisors.size() - 1);
    }

    /** The part of a month that has happened (Beijing time), or null if none of it has. */
    private record Window(Instant start, Instant end, double share) {
        Instant at(Random random) {
            return start.plusMillis((long) (random.nextDouble() * (end.toEpochMilli() - start.toEpochMilli())));
        }
    }

    private static Window window(YearMonth month) {
        Instant now = Instant.now();
        Instant start = month.atDay(1).atStartOfDay(CHINA).toInstant();
        Instant fullEnd = month.plusMonths(1).atDay(1).atStartOfDay(CHINA).toInstant();
        Instant end = fullEnd.isAfter(now) ? now : fullEnd;
        if (!start.isBefore(end)) {
            return null;
        }
        return new Window(start, end, (double) Duration.between(start, end).toMillis()
                / Duration.between(start, fullEnd).toMillis());
    }

    private static int monthsBetween(YearMonth from, YearMonth month) {
        return (int) (month.getYear() * 12L + month.getMonthValue() - from.getYear() * 12L - from.getMonthValue());
    }

    /** The two insert statements, flushed and committed every few thousand samples. */
    private final class Batch implements AutoCloseable {

        private final PreparedStatement samples;
        private final PreparedStatement cases;
        private int pending;

        Batch() throws SQLException {
            samples = connection.prepareStatement(INSERT_SAMPLE);
            cases = connection.prepareStatement(INSERT_CASE);
        }

        void add(ShopTarget shop, Instant at, String month, double quality, String advisor, Screening screening)
                throws SQLException {
            write(samples, cases, shop, at, month, quality, advisor, screening);
            if (++pending == 5000) {
                flush();
            }
        }

        private void flush() throws SQLException {
            samples.executeBatch();
            cases.executeBatch();
            try (var statement = connection.createStatement()) {
                statement.executeUpdate(CASES_OF_ONE);
                statement.executeUpdate(INTO_THEIR_CASES);
            }
            connection.commit();
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                samples.close();
                cases.close();
            }
        }
    }

    private void write(PreparedStatement s, PreparedStatement cases, ShopTarget shop, Instant at, String month,
                       double quality, String advisor, Screening screening) throws SQLException {
        double personal = random.nextGaussian() * PERSONAL_NOISE;
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (Item item : NATIONAL.items()) {
            double mean = quality + TENDENCY.get(item.dimension()) + personal;
            answers.put(item.code(), clamp((int) Math.round(mean + random.nextGaussian() * ITEM_NOISE), 1, 10));
        }
        double average = answers.values().stream().mapToInt(Integer::intValue).average().orElse(8);
        int recommend = clamp((int) Math.round(average + 0.3 + random.nextGaussian() * 1.3), 0, 10);
        String status = "VALID";
        String reasons = "";
        int duration = 45 + random.nextInt(200);
        String repairOrder = random.nextDouble() < 0.6 ? "RO" + month.replace("-", "") + (10000 + random.nextInt(90000))
                : null;
        if (random.nextDouble() < screening.flagged()) {
            double roll = random.nextDouble();
            if (screening.selfFilled()) {
                status = "SUSPECT";
                if (roll < 0.4) {
                    reasons = "ADDRESS_BURST";
                } else if (roll < 0.7) {
                    reasons = "REPEAT_DEVICE";
                } else {
                    reasons = "STRAIGHT_LINED_FAST";
                }
                // staff filling in forms for customers give top marks
                answers.replaceAll((k, v) -> Math.max(v, 9 + random.nextInt(2)));
                recommend = 10;
                duration = 25 + random.nextInt(40);
                if ("STRAIGHT_LINED_FAST".equals(reasons)) {
                    answers.replaceAll((k, v) -> 10);
                    duration = 22 + random.nextInt(20);
                }
            } else if (roll < 1.0 / 12) {
                status = "INVALID";
                reasons = "TOKEN_REVOKED";
            } else if (roll < 0.5) {
                status = "SUSPECT";
                reasons = "TOO_FAST";
                duration = 6 + random.nextInt(13);
            } else if (roll < 0.65) {
                status = "SUSPECT";
                reasons = "STRAIGHT_LINED_FAST";
                answers.replaceAll((k, v) -> 10);
                recommend = 10;
                duration = 22 + random.nextInt(20);
            } else if (roll < 0.82) {
                status = "SUSPECT";
                reasons = "REPEAT_REPAIR_ORDER";
                repairOrder = "RO" + month.replace("-", "") + "10001";
            } else if (roll < 0.92) {
                status = "SUSPECT";
                reasons = "REPEAT_DEVICE";
            } else {
                status = "SUSPECT";
                reasons = "REPEAT_PHONE";
            }
        }
        SampleScore score = Scoring.score(NATIONAL, answers, recommend);
        String comment = null;
        if (random.nextDouble() < 0.22) {
            List<String> pool = score.overall() >= 75 ? GOOD : BAD;
            comment = pool.get(random.nextInt(pool.size()));
        }
        // a suspect sample is still in the review queue, or was decided by the association
        String caseState = null;
        Instant decidedAt = null;
        String note = null;
        if ("SUSPECT".equals(status)) {
            boolean recent = Duration.between(at, now).compareTo(RECENT) < 0;
            if (random.nextDouble() < (recent ? screening.openRecent() : screening.openOlder())) {
                caseState = "OPEN";
            } else {
                boolean accepted = random.nextDouble() < screening.accepted();
                caseState = accepted ? "ACCEPTED" : "REJECTED";
                status = accepted ? "VALID" : "INVALID";
                List<String> notes = accepted ? ACCEPTED_NOTES : REJECTED_NOTES;
                note = notes.get(random.nextInt(notes.size()));
                decidedAt = at.plus(Duration.ofHours(6 + random.nextInt(96)));
                if (decidedAt.isAfter(now)) {
                    decidedAt = now;
                }
            }
        }
        String id = UUID.randomUUID().toString();
        Timestamp when = Timestamp.from(at);
        Timestamp changed = decidedAt == null ? when : Timestamp.from(decidedAt);
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
        s.setString(i++, hash());
        s.setString(i++, hash());
        s.setInt(i++, duration);
        s.setString(i++, status);
        s.setString(i++, reasons);
        s.setTimestamp(i++, when);
        s.setString(i++, month);
        s.setString(i++, UUID.randomUUID().toString());
        s.setString(i++, hash());
        s.setTimestamp(i++, when);
        s.setTimestamp(i, changed);
        s.addBatch();
        if (caseState != null) {
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
            cases.setString(c++, caseState);
            cases.setString(c++, decidedAt == null ? null : "assoc");
            cases.setTimestamp(c++, decidedAt == null ? null : changed);
            cases.setString(c++, note);
            cases.setTimestamp(c++, when);
            cases.setTimestamp(c, changed);
            cases.addBatch();
        }
    }

    private static String json(Map<String, Integer> answers) {
        List<String> parts = new ArrayList<>();
        answers.forEach((k, v) -> parts.add("\"" + k + "\":" + v));
        return "{" + String.join(",", parts) + "}";
    }

    private String hash() {
        return hex(random.nextLong()) + hex(random.nextLong()) + hex(random.nextLong()) + hex(random.nextLong());
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
