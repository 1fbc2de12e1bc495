package org.dealerplatform.alerts.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.dealerplatform.core.persistence.NativeSql;

/**
 * The association's national alert rule ({@code alert_national_rule}, one row once it has set one;
 * {@link AlertRule#NATIONAL_DEFAULT} before). Read fresh for every scan page and every call-back
 * offer: one primary-key read, and a change applies on every node at once, with no cache to expire.
 */
@ApplicationScoped
public class NationalRules {

    static final String ROW = "national";

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /** The rule in force now. */
    @Transactional
    @SuppressWarnings("unchecked")
    public AlertRule current() {
        List<Object[]> rows = NativeSql.query(em, "select overall_below,"
                        + " item_at_or_below, recommendation_at_or_below, complaint from alert_national_rule where name = ?")
                .setParameter(1, ROW).getResultList();
        if (rows.isEmpty()) {
            return AlertRule.NATIONAL_DEFAULT;
        }
        Object[] r = rows.get(0);
        return new AlertRule(integer(r[0]), integer(r[1]), integer(r[2]),
                r[3] instanceof Boolean b ? b : ((Number) r[3]).intValue() != 0);
    }

    /** Replaces the national rule; groups' stricter values stay and are outvoted where now looser. */
    @Transactional
    public void save(AlertRule rule, String by, Instant now) {
        NativeSql.query(em, "insert into alert_national_rule (name, overall_below,"
                        + " item_at_or_below, recommendation_at_or_below, complaint, updated_at, updated_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?) on duplicate key update overall_below = values(overall_below),"
                        + " item_at_or_below = values(item_at_or_below),"
                        + " recommendation_at_or_below = values(recommendation_at_or_below), complaint = values(complaint),"
                        + " updated_at = values(updated_at), updated_by = values(updated_by)")
                .setParameter(1, ROW).setParameter(2, rule.overallBelow()).setParameter(3, rule.itemAtOrBelow())
                .setParameter(4, rule.recommendationAtOrBelow()).setParameter(5, rule.complaint())
                .setParameter(6, Timestamp.from(now)).setParameter(7, by).executeUpdate();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
