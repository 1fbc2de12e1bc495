package org.dealerplatform.alerts.raising;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
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
import org.dealerplatform.alerts.deadlines.GroupServiceLevels;
import org.dealerplatform.alerts.deadlines.ServiceLevels;
import org.dealerplatform.alerts.rules.AlertEvaluation;
import org.dealerplatform.alerts.rules.AlertRule;
import org.dealerplatform.alerts.rules.GroupRules;
import org.dealerplatform.core.alerts.AlertSamples;
import org.dealerplatform.core.alerts.AlertSamples.Position;
import org.dealerplatform.core.alerts.AlertSamples.ValidSample;
import org.dealerplatform.core.i18n.Languages;
import org.dealerplatform.core.persistence.NativeSql;

/**
 * One scan's steps, each its own transaction: where to start, one page of samples judged and
 * raised, the watermark moved on. The scan starts a minute before the watermark
 * ({@link Watermarks}) because a sample's status-change time is taken before its transaction
 * commits: one that commits late is still read, and the samples read twice are ignored by the
 * unique sample id.
 */
@ApplicationScoped
public class AlertRaising {

    static final String WATERMARK = "valid-samples";
    static final int REASONS_LENGTH = 1000;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Instance<AlertSamples> samples;

    @Inject
    GroupRules rules;

    @Inject
    GroupServiceLevels levels;

    @Inject
    Watermarks watermarks;

    /** What one page did, and where the next one starts. */
    public record PageRead(Position next, int read, int raised) {
    }

    /** Where this scan starts (see {@link Watermarks}). */
    public Position start(Instant now) {
        return watermarks.start(WATERMARK, now);
    }

    /** Judges one page of samples after {@code after} and raises the alerts they call for. */
    @Transactional
    public PageRead raisePage(Position after) {
        if (!samples.isResolvable()) {
            return new PageRead(after, 0, 0); // no survey module, no samples
        }
        List<ValidSample> page = samples.get().validAfter(after, AlertSamples.MOST_PER_READ);
        Map<String, Optional<AlertRule>> ruleOf = new HashMap<>();
        Map<String, ServiceLevels> levelsOf = new HashMap<>();
        int raised = 0;
        for (ValidSample sample : page) {
            Optional<AlertRule> rule = ruleOf.computeIfAbsent(sample.tenantId(), rules::effectiveIfEnabled);
            if (rule.isPresent()) {
                AlertEvaluation evaluation = rule.get().evaluate(sample.answers());
                if (evaluation.raisesAlert()) {
                    raised += raise(sample, evaluation, levelsOf.computeIfAbsent(sample.tenantId(), levels::of));
                }
            }
        }
        return new PageRead(page.isEmpty() ? after : page.get(page.size() - 1).position(), page.size(), raised);
    }

    /** Moves the watermark to {@code reached}, never back (another node may be further on). */
    public void advance(Instant reached, Instant now) {
        watermarks.advance(WATERMARK, reached, now);
    }

    /**
     * One alert for the sample, unless it has one; a withdrawn one comes back (see
     * {@link AlertWithdrawal}). The service-level clock starts when the sample came to count, a
     * time every node reads the same, and runs by the group's levels.
     */
    private int raise(ValidSample sample, AlertEvaluation evaluation, ServiceLevels groupLevels) {
        String id = UUID.randomUUID().toString();
        Instant raisedAt = sample.changedAt();
        CaseDeadlines deadlines = CaseDeadlines.of(AlertCase.open(id, raisedAt), groupLevels);
        int inserted = insert(id, sample, evaluation, deadlines);
        return inserted == 1 ? 1 : reinstate(sample, evaluation, deadlines);
    }

    /**
     * The sample's withdrawn alert back to OPEN, when review has accepted the sample again: raised
     * anew at the acceptance (the shop could not act before), conditions as the rule reads the
     * sample now, no escalation yet. Only an alert withdrawn untouched, and only once: the update
     * names the WITHDRAWN status.
     */
    private int reinstate(ValidSample sample, AlertEvaluation evaluation, CaseDeadlines deadlines) {
        Instant raisedAt = sample.changedAt();
        return NativeSql.query(em, "update alert_case set status = ?, closed_at = null, escalated_at = null,"
                        + " raised_at = ?, first_contact_due = ?, closure_due = ?, conditions = ?, reasons_zh = ?,"
                        + " reasons_en = ?, updated_at = ? where sample_id = ? and tenant_id = ? and status = ?"
                        + " and step_count = 0 and closed_at <= ?")
                .setParameter(1, CaseStatus.OPEN.name()).setParameter(2, Timestamp.from(raisedAt))
                .setParameter(3, Timestamp.from(deadlines.firstContactDue()))
                .setParameter(4, Timestamp.from(deadlines.closureDue()))
                .setParameter(5, conditions(evaluation)).setParameter(6, reasons(evaluation, Languages.CHINESE))
                .setParameter(7, reasons(evaluation, Languages.ENGLISH)).setParameter(8, Timestamp.from(raisedAt))
                .setParameter(9, sample.sampleId()).setParameter(10, sample.tenantId())
                .setParameter(11, CaseStatus.WITHDRAWN.name()).setParameter(12, Timestamp.from(raisedAt))
                .executeUpdate();
    }

    private int insert(String id, ValidSample sample, AlertEvaluation evaluation, CaseDeadlines deadlines) {
        Instant raisedAt = sample.changedAt();
        return NativeSql.query(em, "insert ignore into alert_case (id, tenant_id, shop_id, sample_id, submitted_at,"
                        + " conditions, reasons_zh, reasons_en, status, raised_at, first_contact_due, closure_due,"
                        + " step_count, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
                .setParameter(1, id).setParameter(2, sample.tenantId()).setParameter(3, sample.shopId())
                .setParameter(4, sample.sampleId())
                .setParameter(5, Timestamp.from(sample.submittedAt() == null ? raisedAt : sample.submittedAt()))
                .setParameter(6, conditions(evaluation))
                .setParameter(7, reasons(evaluation, Languages.CHINESE))
                .setParameter(8, reasons(evaluation, Languages.ENGLISH))
                .setParameter(9, CaseStatus.OPEN.name()).setParameter(10, Timestamp.from(raisedAt))
                .setParameter(11, Timestamp.from(deadlines.firstContactDue()))
                .setParameter(12, Timestamp.from(deadlines.closureDue())).setParameter(13, Timestamp.from(raisedAt))
                .executeUpdate();
    }

    private static String conditions(AlertEvaluation evaluation) {
        return evaluation.conditions().stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** One line per condition, as the inbox shows them. */
    static String reasons(AlertEvaluation evaluation, Locale locale) {
        String lines = String.join("\n", evaluation.describe(locale));
        return lines.length() <= REASONS_LENGTH ? lines : lines.substring(0, REASONS_LENGTH - 1) + "…";
    }
}
