package org.dealerplatform.alerts.raising;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dealerplatform.alerts.cases.CaseStatus;
import org.dealerplatform.core.alerts.AlertSamples;
import org.dealerplatform.core.alerts.AlertSamples.Position;
import org.dealerplatform.core.alerts.AlertSamples.StoppedCounting;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.persistence.NativeSql;

/**
 * Withdraws the alerts of samples that stopped counting: a VALID sample that screening flagged
 * later along with a repeat (SUSPECT), or that review rejected. What a dealer expects:
 * <ul>
 * <li>an alert nobody has worked yet (OPEN, no step) is WITHDRAWN: nobody should call about a
 * sample that may be score begging or a fake, it leaves the figures, and its consented contact is
 * erased (audited) like at any closure;</li>
 * <li>a case somebody already worked (contacted, closed, or reopened) keeps going: a customer
 * already spoken to stays somebody's to settle, and the record of that work stands;</li>
 * <li>a withdrawn alert whose sample review then accepts comes back OPEN, with fresh deadlines
 * from the acceptance ({@link AlertRaising}); the erased contact does not come back.</li>
 * </ul>
 * The same scan as raising, on its own watermark, over samples whose status changed to anything
 * but VALID; every statement is conditional on the case still being untouched, so several nodes
 * withdraw an alert once.
 */
@ApplicationScoped
public class AlertWithdrawal {

    static final String WATERMARK = "not-counting-samples";

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Instance<AlertSamples> samples;

    @Inject
    AuditTrail audit;

    /** Withdraws the untouched alerts of one page of samples that stopped counting after {@code after}. */
    @Transactional
    @SuppressWarnings("unchecked")
    public AlertRaising.PageRead withdrawPage(Position after) {
        if (!samples.isResolvable()) {
            return new AlertRaising.PageRead(after, 0, 0);
        }
        List<StoppedCounting> page = samples.get().notCountingAfter(after, AlertSamples.MOST_PER_READ);
        if (page.isEmpty()) {
            return new AlertRaising.PageRead(after, 0, 0);
        }
        Map<String, StoppedCounting> bySample = page.stream()
                .collect(Collectors.toMap(StoppedCounting::sampleId, Function.identity(), (a, b) -> b));
        var query = NativeSql.query(em, "select id, tenant_id, sample_id, contact is not null from alert_case"
                + " where sample_id in (" + String.join(", ", Collections.nCopies(bySample.size(), "?")) + ")"
                + " and status = ? and step_count = 0");
        int i = 1;
        for (String sampleId : bySample.keySet()) {
            query.setParameter(i++, sampleId);
        }
        query.setParameter(i, CaseStatus.OPEN.name());
        int withdrawn = 0;
        for (Object[] alert : (List<Object[]>) query.getResultList()) {
            StoppedCounting sample = bySample.get((String) alert[2]);
            boolean hadContact = alert[3] instanceof Boolean b ? b : ((Number) alert[3]).intValue() != 0;
            withdrawn += withdraw((String) alert[0], (String) alert[1], sample, hadContact);
        }
        return new AlertRaising.PageRead(page.get(page.size() - 1).position(), page.size(), withdrawn);
    }

    private int withdraw(String alertId, String tenantId, StoppedCounting sample, boolean hadContact) {
        Timestamp at = Timestamp.from(sample.changedAt());
        // erased_at before contact: MariaDB and MySQL assign left to right, each seeing the ones before
        int changed = NativeSql.query(em, "update alert_case set status = ?, closed_at = greatest(raised_at, ?),"
                        + " erased_at = case when contact is null then erased_at else ? end,"
                        + " contact = null, contact_fingerprint = null, updated_at = ?"
                        + " where id = ? and tenant_id = ? and status = ? and step_count = 0")
                .setParameter(1, CaseStatus.WITHDRAWN.name()).setParameter(2, at).setParameter(3, at)
                .setParameter(4, at).setParameter(5, alertId).setParameter(6, tenantId)
                .setParameter(7, CaseStatus.OPEN.name()).executeUpdate();
        if (changed == 1) {
            audit.recordFor(tenantId, "alert.withdrawn", "alert", alertId,
                    "the sample no longer counts (flagged or rejected)", null);
            if (hadContact) {
                audit.recordFor(tenantId, "alert.contact.erased", "alert", alertId,
                        "call-back contact erased: the alert was withdrawn", null);
            }
        }
        return changed;
    }
}
