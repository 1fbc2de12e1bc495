package org.dealerplatform.alerts.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import org.dealerplatform.core.persistence.NativeSql;

/**
 * Which shops chose the daily digest ({@code alert_mail_preference}); no row is one mail per alert.
 * Every statement binds the tenant by hand. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class MailPreferences {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    public boolean wantsDigest(String tenantId, String shopId) {
        return !NativeSql.query(em, "select shop_id from alert_mail_preference where tenant_id = ? and shop_id = ?"
                + " and digest = true").setParameter(1, tenantId).setParameter(2, shopId).getResultList().isEmpty();
    }

    public void save(String tenantId, String shopId, boolean digest, String by, Instant now) {
        NativeSql.query(em, "insert into alert_mail_preference (shop_id, tenant_id, digest, updated_at, updated_by)"
                        + " values (?, ?, ?, ?, ?) on duplicate key update digest = values(digest),"
                        + " updated_at = values(updated_at), updated_by = values(updated_by)")
                .setParameter(1, shopId).setParameter(2, tenantId).setParameter(3, digest)
                .setParameter(4, Timestamp.from(now)).setParameter(5, by).executeUpdate();
    }
}
