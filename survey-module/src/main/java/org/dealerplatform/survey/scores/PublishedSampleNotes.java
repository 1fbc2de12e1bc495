package org.dealerplatform.survey.scores;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import org.dealerplatform.core.persistence.InstantColumn;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dealerplatform.core.i18n.Languages;
import org.dealerplatform.core.i18n.Messages;
import org.dealerplatform.core.modules.LocalizedText;
import org.dealerplatform.core.persistence.NativeSql;
import org.dealerplatform.core.samples.CustomerComment;
import org.dealerplatform.core.samples.FlagReason;
import org.dealerplatform.core.samples.SampleNotes;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.survey.screening.Reason;
import org.dealerplatform.survey.screening.SampleStatus;
import org.dealerplatform.survey.screening.Verdict;

/**
 * The survey module's {@link SampleNotes}: two small reads of {@code survey_response}, the one
 * place outside scores where another module sees the samples. Native SQL with the tenant filtered
 * by hand, like {@link PublishedScores}, rather than the tenant's EntityManager: a report run
 * reads shops of many dealer groups in one transaction, and a transaction's tenant
 * EntityManager never switches tenants.
 * <p>
 * Both reads follow {@code ix_survey_response_latest (tenant_id, shop_id, submitted_at)}: the
 * tenant and shop fix the index prefix and a window of {@code submitted_at} around the month
 * bounds the range, so a month long past is not found by walking back through every later sample.
 * {@code month = ?} then picks exactly the samples filed in the month.
 */
@ApplicationScoped
public class PublishedSampleNotes implements SampleNotes {

    /** One shop's month, by the index's columns first; the same five parameters for both reads. */
    static final String SHOP_MONTH = " from survey_response where tenant_id = ? and shop_id = ?"
            + " and submitted_at >= ? and submitted_at < ? and month = ?";

    /** Ties on submitted_at broken by id (in the index after its columns): the same comments every run. */
    static final String LATEST_COMMENTS = "select comment_text, submitted_at, score_overall" + SHOP_MONTH
            + " and status = '" + SampleStatus.VALID.name() + "' and comment_text is not null and comment_text <> ''"
            + " order by submitted_at desc, id desc limit ";

    /** Grouped by the stored reason lists: a month's flagged samples share few distinct lists. */
    static final String FLAGGED = "select status, reasons, count(*)" + SHOP_MONTH + " and status in ('"
            + SampleStatus.SUSPECT.name() + "', '" + SampleStatus.INVALID.name() + "') group by status, reasons";

    /** The texts the review pages show for each reason (i18n/surveys): one wording everywhere. */
    static final Map<String, LocalizedText> LABELS = labels();

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Override
    @Transactional
    public List<CustomerComment> latestComments(ShopProfile shop, YearMonth month, int limit) {
        List<Object> parameters = shopMonth(shop, month);
        if (limit < 1 || limit > MOST_COMMENTS) {
            throw new IllegalArgumentException("limit must be 1 to " + MOST_COMMENTS + ", not " + limit);
        }
        // the limit is a checked int, written into the statement: a bound LIMIT ? is not portable
        List<CustomerComment> comments = new ArrayList<>();
        for (Object[] row : rows(LATEST_COMMENTS + limit, parameters)) {
            comments.add(new CustomerComment((String) row[0], instant(row[1]), ((Number) row[2]).doubleValue()));
        }
        return comments;
    }

    @Override
    @Transactional
    public List<FlagReason> flagReasons(ShopProfile shop, YearMonth month) {
        return countByReason(rows(FLAGGED, shopMonth(shop, month)));
    }

    private List<Object[]> rows(String sql, List<Object> parameters) {
        Query query = NativeSql.query(em, sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add((Object[]) row);
        }
        return rows;
    }

    /**
     * The parameters of {@link #SHOP_MONTH}. The window is the month in UTC widened by a day each
     * way: every zone is within 14 hours of UTC, so it holds whatever was filed in the month in
     * the association's zone (even if that setting changed since), without this class knowing it.
     * Timestamps as {@code InstantColumn} writes them, so both sides convert alike.
     */
    static List<Object> shopMonth(ShopProfile shop, YearMonth month) {
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(month, "month");
        if (shop.tenantId() == null || shop.tenantId().isBlank() || shop.id() == null || shop.id().isBlank()) {
            throw new IllegalArgumentException("a shop with its tenant id, or no data");
        }
        Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).minusDays(1).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).plusDays(1).toInstant();
        return List.of(shop.tenantId(), shop.id(), Timestamp.from(from), Timestamp.from(to), month.toString());
    }

    /**
     * Rows of {@code status, reasons, count} become counts per reason code, most samples first,
     * then by code so that equal counts keep one order. A code without a label (a reason since
     * retired) is shown as its code rather than hidden.
     */
    static List<FlagReason> countByReason(List<Object[]> rows) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            boolean invalid = SampleStatus.INVALID.name().equals(row[0]);
            long samples = ((Number) row[2]).longValue();
            for (String code : Verdict.parseCodes((String) row[1])) {
                String trimmed = code.trim();
                if (!trimmed.isEmpty()) {
                    counts.computeIfAbsent(trimmed, c -> new long[2])[invalid ? 1 : 0] += samples;
                }
            }
        }
        List<FlagReason> reasons = new ArrayList<>();
        counts.forEach((code, n) -> reasons.add(new FlagReason(code, label(code), n[0], n[1])));
        reasons.sort(Comparator.comparingLong(FlagReason::samples).reversed().thenComparing(FlagReason::code));
        return reasons;
    }

    static LocalizedText label(String code) {
        LocalizedText known = LABELS.get(code);
        return known != null ? known : new LocalizedText(code, code);
    }

    private static Map<String, LocalizedText> labels() {
        ClassLoader loader = PublishedSampleNotes.class.getClassLoader();
        Messages zh = new Messages(Languages.CHINESE, List.of("surveys"), loader);
        Messages en = new Messages(Languages.ENGLISH, List.of("surveys"), loader);
        Map<String, LocalizedText> byCode = new LinkedHashMap<>();
        for (Reason reason : Reason.values()) {
            String key = "review.reason." + reason.name();
            String inZh = zh.get(key);
            String inEn = en.get(key);
            // Messages answers a missing key with the key: show the code instead
            byCode.put(reason.name(), new LocalizedText(key.equals(inZh) ? reason.name() : inZh,
                    key.equals(inEn) ? reason.name() : inEn));
        }
        return Map.copyOf(byCode);
    }

    /** DATETIME as the driver hands it back, read the way {@code Timestamp.from} wrote it (the JVM's zone). */
    static Instant instant(Object value) {
        Instant read = InstantColumn.read(value);
        if (read == null) {
            throw new IllegalStateException("submitted_at came back as null");
        }
        return read;
    }
}
