package org.dealerplatform.survey.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import jakarta.persistence.Query;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import org.dealerplatform.core.persistence.NativeSql;
import org.dealerplatform.core.scores.SampleCountChanged;
import org.dealerplatform.survey.collection.SurveyResponse;
import org.dealerplatform.survey.screening.SampleStatus;

/**
 * Keeps {@code score_rollup} in step with the samples: every sample counts in its shop's row
 * (advisor {@value #WHOLE_SHOP}) and in its advisor's row. {@link #count} and {@link #uncount} run on
 * the sample's own EntityManager, inside the sample's transaction: a sample and its contribution
 * to the scores commit together or not at all. One statement per sample touches two rows, the
 * shop's always first, so concurrent samples only queue briefly on a busy shop's month row and
 * never lock in opposite orders. Rows are kept per questionnaire version, because a season may
 * count only some versions. The same amounts go to the rows above the shop ({@link Aggregates}) in
 * the same transaction, after the shop's rows, and the valid samples to the shop's year ({@link
 * ShopYears}), before them. The measure columns are defined in {@link RollupColumn}; a recount of
 * the samples that runs while they keep arriving is {@link RollupRebuild}.
 */
@ApplicationScoped
public class Rollups {

    /** The shop-level row of every sample ({@value #WHOLE_SHOP}). */
    public static final String WHOLE_SHOP = "*";

    /** The advisor row of the samples that named no advisor. */
    public static final String NO_ADVISOR = "";

    /** What a row is kept per: the primary key, plus tenant as a plain column for cross-tenant reads. */
    static final List<String> KEYS = List.of("tenant_id", "shop_id", "advisor_id", "month", "brand_code",
            "province_code", "questionnaire_version");

    static final String COLUMNS = String.join(", ", KEYS) + ", " + RollupColumn.names();

    private static final String ROW = "(" + String.join(", ",
            Collections.nCopies(KEYS.size() + RollupColumn.values().length, "?")) + ")";

    /** Two rows, one statement: the shop's row and its advisor's. */
    static final String UPSERT = upsert(2, "");

    /** One row: batched on plain JDBC, where Connector/J sends a batch as one multi-row statement. */
    static final String UPSERT_ROW = upsert(1, "");

    /**
     * {@code rows} rows added to (or inserted), in the order listed; {@code alsoSet} (such as
     * {@code "tenant_id = values(tenant_id), "}) precedes the additions in the update list.
     */
    static String upsert(int rows, String alsoSet) {
        return "insert into score_rollup (" + COLUMNS + ") values " + String.join(", ", Collections.nCopies(rows, ROW))
                + " on duplicate key update " + alsoSet + RollupColumn.accumulations();
    }

    @Inject
    Event<SampleCountChanged> countChanges;

    /** Adds the sample, with the status it has now, to its shop's month. */
    public void count(EntityManager em, String tenantId, SurveyResponse sample) {
        apply(em, tenantId, sample, sample.status(), 1);
    }

    /** Takes the sample out again as it was counted with {@code status} (before a review changed it). */
    public void uncount(EntityManager em, String tenantId, SurveyResponse sample, SampleStatus status) {
        apply(em, tenantId, sample, status, -1);
    }

    /**
     * Moves a stored sample whose status changed from {@code before} to its current one, and
     * when that starts or stops it counting as valid, tells other modules in the same
     * transaction ({@link SampleCountChanged}; their transactional observers hear it on commit).
     */
    public void move(EntityManager em, String tenantId, SurveyResponse sample, SampleStatus before, String reason) {
        List<Aggregates.ShopRowChange> changes = List.of(change(tenantId, sample, before, -1),
                change(tenantId, sample, sample.status(), 1));
        // the shop's year first, then its rows, then the rows above it gain the difference, once (nothing
        // where the move cancels out)
        addYears(em, ShopYears.of(changes));
        upsertShopAndAdvisor(em, tenantId, sample, before, -1);
        upsertShopAndAdvisor(em, tenantId, sample, sample.status(), 1);
        add(em, Aggregates.of(changes));
        boolean countsNow = sample.status() == SampleStatus.VALID;
        if (countsNow != (before == SampleStatus.VALID)) {
            countChanges.fire(new SampleCountChanged(sample.id(), tenantId, sample.shopId(), sample.advisorId(),
                    YearMonth.parse(sample.month()), countsNow, reason));
        }
    }

    /** A new sample and the dealer group it was stored for (a new entity does not know its tenant yet). */
    public record NewSample(String tenantId, SurveyResponse sample) {
    }

    /**
     * Counts new samples, with the status each has, on a plain JDBC connection inside the caller's
     * transaction (the group-commit writer's). Every shop row is taken before any advisor row, and
     * rows of one kind in key order, the order a single sample takes them in: concurrent writers
     * of either kind wait for each other rather than deadlock.
     */
    public void countAll(Connection connection, List<NewSample> samples) throws SQLException {
        record Row(List<Object> key, Contribution contribution) {
        }
        Comparator<Row> order = Comparator.comparing((Row r) -> (String) r.key().get(3))
                .thenComparing(r -> (String) r.key().get(1)).thenComparing(r -> (String) r.key().get(2))
                .thenComparing(r -> (String) r.key().get(4)).thenComparing(r -> (String) r.key().get(5))
                .thenComparing(r -> (Integer) r.key().get(6));
        List<Row> shopRows = new ArrayList<>();
        List<Row> advisorRows = new ArrayList<>();
        List<Aggregates.ShopRowChange> changes = new ArrayList<>();
        for (NewSample n : samples) {
            SurveyResponse s = n.sample();
            changes.add(change(n.tenantId(), s, s.status(), 1));
            Contribution contribution = Contribution.of(s, s.status());
            shopRows.add(new Row(List.of(n.tenantId(), s.shopId(), WHOLE_SHOP, s.month(), s.brandCode(),
                    s.provinceCode(), s.questionnaireVersion()), contribution));
            advisorRows.add(new Row(List.of(n.tenantId(), s.shopId(), s.advisorId() == null ? NO_ADVISOR : s.advisorId(),
                    s.month(), s.brandCode(), s.provinceCode(), s.questionnaireVersion()), contribution));
        }
        // the shops' years first, in key order, before any rollup row (see the lock order in ShopYears)
        List<ShopYears.Addition> years = ShopYears.of(changes);
        if (!years.isEmpty()) {
            try (PreparedStatement upsert = connection.prepareStatement(ShopYears.upsert(years.size()))) {
                int i = 1;
                for (ShopYears.Addition row : years) {
                    for (Object value : shopYearValues(row)) {
                        upsert.setObject(i++, value);
                    }
                }
                upsert.executeUpdate();
            }
        }
        shopRows.sort(order);
        advisorRows.sort(Comparator.comparing((Row r) -> (String) r.key().get(2)).thenComparing(order));
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_ROW)) {
            for (Row row : concat(shopRows, advisorRows)) {
                int i = 1;
                for (Object value : row.key()) {
                    upsert.setObject(i++, value);
                }
                for (RollupColumn column : RollupColumn.values()) {
                    upsert.setObject(i++, column.amount(row.contribution(), 1));
                }
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        // the rows above the shop last, after every rollup row of the batch, each level in key order
        for (List<Aggregates.Addition> rows : Aggregates.byLevel(Aggregates.of(changes))) {
            try (PreparedStatement upsert = connection.prepareStatement(rows.get(0).level().upsert(rows.size()))) {
                int i = 1;
                for (Aggregates.Addition row : rows) {
                    for (Object value : row.key()) {
                        upsert.setObject(i++, value);
                    }
                    for (RollupColumn column : RollupColumn.values()) {
                        upsert.setObject(i++, row.value(column));
                    }
                }
                upsert.executeUpdate();
            }
        }
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static void apply(EntityManager em, String tenantId, SurveyResponse s, SampleStatus status, int sign) {
        List<Aggregates.ShopRowChange> changes = List.of(change(tenantId, s, status, sign));
        addYears(em, ShopYears.of(changes));
        upsertShopAndAdvisor(em, tenantId, s, status, sign);
        add(em, Aggregates.of(changes));
    }

    /** What counting {@code s} with {@code status} ({@code sign} 1) or taking it out (−1) does to its shop row. */
    static Aggregates.ShopRowChange change(String tenantId, SurveyResponse s, SampleStatus status, int sign) {
        Contribution contribution = Contribution.of(s, status);
        double[] measures = new double[RollupColumn.values().length];
        for (RollupColumn column : RollupColumn.values()) {
            measures[column.ordinal()] = ((Number) column.amount(contribution, sign)).doubleValue();
        }
        return new Aggregates.ShopRowChange(tenantId, s.shopId(), s.month(), s.brandCode(), s.provinceCode(),
                s.questionnaireVersion(), measures);
    }

    /**
     * Shop-year rows added to, in the order given (key order), one statement. A shop's year is taken
     * before the shop's rows of that year (see the lock order in {@link ShopYears}).
     */
    static void addYears(EntityManager em, List<ShopYears.Addition> additions) {
        if (additions.isEmpty()) {
            return;
        }
        Query q = NativeSql.query(em, ShopYears.upsert(additions.size()));
        int i = 1;
        for (ShopYears.Addition row : additions) {
            for (Object value : shopYearValues(row)) {
                q.setParameter(i++, value);
            }
        }
        q.executeUpdate();
    }

    /** One shop-year row's values in column order: its key, then the twelve months' valid samples. */
    private static List<Object> shopYearValues(ShopYears.Addition row) {
        List<Object> values = new ArrayList<>(row.key().values());
        for (long n : row.valid()) {
            values.add(n);
        }
        return values;
    }

    /** The rows above the shop, after the shop's rows (see the lock order in {@link Aggregates}). */
    static void add(EntityManager em, List<Aggregates.Addition> additions) {
        for (List<Aggregates.Addition> rows : Aggregates.byLevel(additions)) {
            Query q = NativeSql.query(em, rows.get(0).level().upsert(rows.size()));
            int i = 1;
            for (Aggregates.Addition row : rows) {
                for (Object value : row.key()) {
                    q.setParameter(i++, value);
                }
                for (RollupColumn column : RollupColumn.values()) {
                    q.setParameter(i++, row.value(column));
                }
            }
            q.executeUpdate();
        }
    }

    private static void upsertShopAndAdvisor(EntityManager em, String tenantId, SurveyResponse s, SampleStatus status,
                                             int sign) {
        Query q = NativeSql.query(em, UPSERT);
        Contribution contribution = Contribution.of(s, status);
        int next = bind(q, 1, List.of(tenantId, s.shopId(), WHOLE_SHOP, s.month(), s.brandCode(), s.provinceCode(),
                s.questionnaireVersion()), contribution, sign);
        bind(q, next, List.of(tenantId, s.shopId(), s.advisorId() == null ? NO_ADVISOR : s.advisorId(), s.month(),
                s.brandCode(), s.provinceCode(), s.questionnaireVersion()), contribution, sign);
        q.executeUpdate();
    }

    /** Binds one row: its key values in {@link #KEYS} order, then every measure. */
    private static int bind(Query q, int first, List<Object> key, Contribution contribution, int sign) {
        int i = first;
        for (Object value : key) {
            q.setParameter(i++, value);
        }
        for (RollupColumn column : RollupColumn.values()) {
            q.setParameter(i++, column.amount(contribution, sign));
        }
        return i;
    }
}
