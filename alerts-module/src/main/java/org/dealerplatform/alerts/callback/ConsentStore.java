package org.dealerplatform.alerts.callback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.dealerplatform.alerts.contact.CallbackContact;
import org.dealerplatform.alerts.contact.ContactCipher;
import org.dealerplatform.alerts.contact.ContactSecrets;
import org.dealerplatform.alerts.contact.ContactUnreadable;
import org.dealerplatform.core.phone.PhoneNumber;
import org.dealerplatform.alerts.retention.RetentionRule;
import org.dealerplatform.core.persistence.InstantColumn;
import org.dealerplatform.core.persistence.NativeSql;

/**
 * Where a consented contact is kept: on the sample's alert when the scan has raised it, else in
 * {@code alert_contact_awaiting} until it has (see the package). Only sealed numbers and keyed
 * fingerprints are written; a number is in memory only between opening and sealing anew.
 */
@ApplicationScoped
public class ConsentStore {

    /** Most awaiting contacts one scan moves onto their alerts; the next scan takes the rest. */
    static final int MOST_PER_PICK_UP = 200;

    private static final Logger LOG = Logger.getLogger(ConsentStore.class.getName());

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /** What an awaiting contact is sealed for: the sample, since its alert has no id yet. */
    static String awaitingBinding(String sampleId) {
        return "sample:" + sampleId;
    }

    /** Keeps the consent for the sample's alert; a case already closed takes none (nobody will call). */
    @Transactional
    @SuppressWarnings("unchecked")
    public void keep(String tenantId, String sampleId, CallbackContact contact, ContactSecrets secrets) {
        List<Object[]> alerts = NativeSql.query(em, "select id, closed_at from alert_case where sample_id = ?"
                + " and tenant_id = ?").setParameter(1, sampleId).setParameter(2, tenantId).getResultList();
        String fingerprint = secrets.fingerprints().of(contact.phone()).hex();
        if (!alerts.isEmpty()) {
            Object[] alert = alerts.get(0);
            if (alert[1] == null) {
                String alertId = (String) alert[0];
                onAlert(tenantId, alertId, secrets.cipher().seal(contact.phone(), tenantId, alertId), fingerprint,
                        contact.consentVersion(), contact.consentedAt());
            }
            return;
        }
        NativeSql.query(em, "insert into alert_contact_awaiting (sample_id, tenant_id, contact, contact_fingerprint,"
                        + " consent_version, consented_at) values (?, ?, ?, ?, ?, ?) on duplicate key update"
                        + " contact = values(contact), contact_fingerprint = values(contact_fingerprint),"
                        + " consent_version = values(consent_version), consented_at = values(consented_at)")
                .setParameter(1, sampleId).setParameter(2, tenantId)
                .setParameter(3, secrets.cipher().seal(contact.phone(), tenantId, awaitingBinding(sampleId)))
                .setParameter(4, fingerprint).setParameter(5, contact.consentVersion())
                .setParameter(6, Timestamp.from(contact.consentedAt())).executeUpdate();
    }

    /**
     * Moves awaiting contacts onto the alerts raised since: opened, sealed anew for the alert, the
     * awaiting row deleted. Any node may do it at any time: the update keeps a newer consent the
     * alert already holds, and the delete names the row's own consent time, so a consent given
     * meanwhile is not lost.
     *
     * @return how many contacts reached their alert
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public int pickUp(ContactCipher cipher) {
        List<Object[]> rows = NativeSql.query(em, "select w.sample_id, w.tenant_id, w.contact, w.contact_fingerprint,"
                        + " w.consent_version, w.consented_at, a.id, a.closed_at from alert_contact_awaiting w"
                        + " join alert_case a on a.sample_id = w.sample_id and a.tenant_id = w.tenant_id"
                        + " order by w.consented_at limit " + MOST_PER_PICK_UP).getResultList();
        int moved = 0;
        for (Object[] r : rows) {
            String sampleId = (String) r[0];
            String tenantId = (String) r[1];
            String alertId = (String) r[6];
            Instant consentedAt = InstantColumn.read(r[5]);
            if (r[7] == null) {
                try {
                    PhoneNumber phone = cipher.open((byte[]) r[2], tenantId, awaitingBinding(sampleId));
                    moved += onAlert(tenantId, alertId, cipher.seal(phone, tenantId, alertId), (String) r[3],
                            (String) r[4], consentedAt);
                } catch (ContactUnreadable e) {
                    // its key is gone or the row was altered: it can never be opened, so it goes
                    LOG.warning("an awaiting contact for alert " + alertId + " cannot be opened: " + e.getMessage());
                }
            }
            NativeSql.query(em, "delete from alert_contact_awaiting where sample_id = ? and tenant_id = ?"
                            + " and consented_at = ?").setParameter(1, sampleId).setParameter(2, tenantId)
                    .setParameter(3, Timestamp.from(consentedAt)).executeUpdate();
        }
        return moved;
    }

    /** Erases awaiting contacts whose sample never raised an alert (held and rejected, say) once their time is up. */
    @Transactional
    public int sweep(Instant now) {
        return NativeSql.query(em, "delete from alert_contact_awaiting where consented_at < ?")
                .setParameter(1, Timestamp.from(now.minus(RetentionRule.CONTACT_DATA.keepAtMost()))).executeUpdate();
    }

    private int onAlert(String tenantId, String alertId, byte[] sealed, String fingerprint, String version,
                        Instant consentedAt) {
        return NativeSql.query(em, "update alert_case set contact = ?, contact_fingerprint = ?, consent_version = ?,"
                        + " consented_at = ? where id = ? and tenant_id = ? and closed_at is null"
                        + " and (consented_at is null or consented_at <= ?)")
                .setParameter(1, sealed).setParameter(2, fingerprint).setParameter(3, version)
                .setParameter(4, Timestamp.from(consentedAt)).setParameter(5, alertId).setParameter(6, tenantId)
                .setParameter(7, Timestamp.from(consentedAt)).executeUpdate();
    }
}
