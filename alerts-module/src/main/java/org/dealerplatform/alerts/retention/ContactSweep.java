package org.dealerplatform.alerts.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.persistence.NativeSql;

/**
 * Erases call-back contacts past their longest retention, one bounded batch per transaction, in
 * every dealer group. Closing a case erases its contact at once ({@code AlertCases}); this is the
 * other half of "closed or 30 days, whichever comes first". Each alert is erased by a conditional
 * UPDATE, so with several nodes sweeping, one erases it and only that one writes the audit entry.
 */
@ApplicationScoped
public class ContactSweep {

    static final int BATCH = 200;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Erases up to {@value #BATCH} contacts of alerts raised before the cut-off; how many alerts it looked at. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int eraseRaisedBefore(Instant cutOff, Instant now) {
        // the fingerprint index holds only alerts that still have a contact: a short range, not a scan
        @SuppressWarnings("unchecked")
        List<Object[]> due = NativeSql.query(em, "select id, tenant_id from alert_case"
                + " where contact_fingerprint is not null and raised_at < ? limit " + BATCH)
                .setParameter(1, Timestamp.from(cutOff)).getResultList();
        for (Object[] alert : due) {
            int erased = NativeSql.query(em, "update alert_case set contact = null, contact_fingerprint = null,"
                            + " erased_at = ? where id = ? and tenant_id = ? and contact_fingerprint is not null")
                    .setParameter(1, Timestamp.from(now)).setParameter(2, alert[0]).setParameter(3, alert[1])
                    .executeUpdate();
            if (erased == 1) {
                audit.recordFor(String.valueOf(alert[1]), "alert.contact.erased", "alert", String.valueOf(alert[0]),
                        "call-back contact erased: " + ErasureReason.RETENTION_ELAPSED.name(), null);
            }
        }
        return due.size();
    }
}
