package org.dealerplatform.alerts.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import org.dealerplatform.alerts.contact.ContactSettings;
import org.dealerplatform.alerts.module.AlertsModule;
import org.dealerplatform.core.persistence.NativeSql;
import org.dealerplatform.core.phone.PhoneNumber;
import org.dealerplatform.core.privacy.PhoneTraces;

/**
 * Erases a number's consented call-back contacts in every dealer group: the fingerprint is keyed
 * for the whole installation (not per group) exactly so that this is one indexed statement per
 * table. On an alert the alert itself stays (it is about the visit, not the person), with
 * {@code erased_at} set; a consent still waiting for its alert ({@code alert_contact_awaiting})
 * goes whole, so the scan cannot move it onto the alert afterwards.
 */
@ApplicationScoped
public class AlertPhoneTraces implements PhoneTraces {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    ContactSettings contacts;

    @Override
    public String module() {
        return AlertsModule.ID;
    }

    @Override
    public long erase(PhoneNumber phone) {
        String fingerprint = contacts.secrets().fingerprints().of(phone).hex();
        long onAlerts = NativeSql.query(em, "update alert_case set contact = null, contact_fingerprint = null,"
                        + " erased_at = ? where contact_fingerprint = ?")
                .setParameter(1, Timestamp.from(Instant.now())).setParameter(2, fingerprint).executeUpdate();
        long waiting = NativeSql.query(em, "delete from alert_contact_awaiting where contact_fingerprint = ?")
                .setParameter(1, fingerprint).executeUpdate();
        return onAlerts + waiting;
    }
}
