package org.dealerplatform.alerts.raising;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dealerplatform.alerts.cases.AlertCase;
import org.dealerplatform.alerts.cases.CaseStatus;
import org.dealerplatform.alerts.deadlines.CaseDeadlines;
import org.dealerplatform.alerts.deadlines.ServiceLevels;
import org.dealerplatform.alerts.rules.AlertEvaluation;
import org.dealerplatform.alerts.rules.AlertRule;
import org.dealerplatform.alerts.rules.GroupRules;
import org.dealerplatform.core.alerts.AlertSamples;
import org.dealerplatform.core.alerts.AlertSamples.Position;
import org.dealerplatform.core.alerts.AlertSamples.ValidSample;
import org.dealerplatform.core.i18n.Languages;
import org.dealerplatform.core.persistence.InstantColumn;
import org.dealerplatform.core.persistence.NativeSql;

/**
 * One scan's steps, each its own transaction: where to start, one page of samples judged and
 * raised, the watermark moved on. The scan starts {@link #LATE_COMMITS} before the watermark
 * because a sample's status-change time is taken before its transaction commits: one that commits
 * late is still read, and the samples read twice are ignored by the unique sample id.
 */
@ApplicationScoped
public class AlertRaising {

    static final String WATERMARK = "valid-samples";
    static final Duration LATE_COMMITS = Duration.ofMinutes(1);
    static final int REASONS_LENGTH = 1000;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Instance<AlertSamples> samples;

    @Inject
    GroupRules rules;

    /** What one page did, and where the next one starts. */
    public record PageRead(Position next, int read, int raised) {
    }

    /**
     * Where this scan starts. The first scan ever starts now: installing the module (or enabling it
     * for a group) raises no alerts on samples long answered.
     */
    @Transactional
    public Position start(Instant now) {
        NativeSql.query(em, "insert ignore into alert_scan (name, changed_at, updated_at) values (?, ?, ?)")
                .setParameter(1, WATERMARK).setParameter(2, Timestamp.from(now)).setParameter(3, Timestamp.from(now))
                .executeUpdate();
        Instant watermark = InstantColumn.read(NativeSql.query(em, "select changed_at from alert_scan where name = ?")
                .setParameter(1, WATERMARK).getSingleResult());
        return Position.startOf(watermark.minus(LATE_COMMITS));
    }

    /** Judges one page of samples after {@code after} and raises the alerts they call for. */
    @Transactional
    public PageRead raisePage(Position after) {
        if (!samples.isResolvable()) {
            return new PageRead(after, 0, 0); // no survey module, no samples
        }
        List<ValidSample> page = samples.get().validAfter(after, AlertSamples.MOST_PER_READ);
        Map<String, Optional<AlertRule>> ruleOf = new HashMap<>();
        int raised = 0;
        for (ValidSample sample : page) {
            Optional<AlertRule> rule = ruleOf.computeIfAbsent(sample.tenantId(), rules::effectiveIfEnabled);
            if (rule.isPresent()) {
                AlertEvaluation evaluation = rule.get().evaluate(sample.answers());
                if (evaluation.raisesAlert()) {
                    raised += raise(sample, evaluation);
                }
            }
        }
        return new PageRead(page.isEmpty() ? after : page.get(page.size() - 1).position(), page.size(), raised);
    }

    /** Moves the watermark to {@code reached}, never back (another node may be further on). */
    @Transactional
    public void advance(Instant reached, Instant now) {
        NativeSql.query(em, "update alert_scan set changed_at = greatest(changed_at, ?), updated_at = ? where name = ?")
                .setParameter(1, Timestamp.from(reached)).setParameter(2, Timestamp.from(now))
                .setParameter(3, WATERMARK).executeUpdate();
    }

    /**
     * One alert for the sample, unless it has one. The service-level clock starts when the sample
     * came to count, a time every node reads the same.
     */
    private int raise(ValidSample sample, AlertEvaluation evaluation) {
        String id = UUID.randomUUID().toString();
        Instant raisedAt = sample.changedAt();
        CaseDeadlines deadlines = CaseDeadlines.of(AlertCase.open(id, raisedAt), ServiceLevels.DEFAULT);
        return NativeSql.query(em, "insert ignore into alert_case (id, tenant_id, shop_id, sample_id, submitted_at,"
                        + " conditions, reasons_zh, reasons_en, status, raised_at, first_contact_due, closure_due,"
                        + " step_count, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
                .setParameter(1, id).setParameter(2, sample.tenantId()).setParameter(3, sample.shopId())
                .setParameter(4, sample.sampleId())
                .setParameter(5, Timestamp.from(sample.submittedAt() == null ? raisedAt : sample.submittedAt()))
                .setParameter(6, evaluation.conditions().stream().map(Enum::name).collect(Collectors.joining(",")))
                .setParameter(7, reasons(evaluation, Languages.CHINESE))
                .setParameter(8, reasons(evaluation, Languages.ENGLISH))
                .setParameter(9, CaseStatus.OPEN.name()).setParameter(10, Timestamp.from(raisedAt))
                .setParameter(11, Timestamp.from(deadlines.firstContactDue()))
                .setParameter(12, Timestamp.from(deadlines.closureDue())).setParameter(13, Timestamp.from(raisedAt))
                .executeUpdate();
    }

    /** One line per condition, as the inbox shows them. */
    static String reasons(AlertEvaluation evaluation, Locale locale) {
        String lines = String.join("\n", evaluation.describe(locale));
        return lines.length() <= REASONS_LENGTH ? lines : lines.substring(0, REASONS_LENGTH - 1) + "…";
    }
}
