package org.dealerplatform.alerts.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.dealerplatform.alerts.module.AlertsModule;
import org.dealerplatform.core.modules.ModuleRegistry;
import org.dealerplatform.core.tenancy.TenantDirectory;
import org.dealerplatform.core.persistence.NativeSql;

/**
 * Each dealer group's own alert rule ({@code alert_group_rule}, one row per group, none for a group
 * that keeps the national rule), judged against the association's current national rule
 * ({@link NationalRules}).
 */
@ApplicationScoped
public class GroupRules {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Instance<TenantDirectory> directory;

    @Inject
    ModuleRegistry modules;

    @Inject
    NationalRules nationalRules;

    /** The association's rule as it stands now. */
    public AlertRule national() {
        return nationalRules.current();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public GroupAlertRule of(String tenantId) {
        List<Object[]> rows = NativeSql.query(em, "select overall_below,"
                        + " item_at_or_below, recommendation_at_or_below, complaint from alert_group_rule where tenant_id = ?")
                .setParameter(1, tenantId).getResultList();
        if (rows.isEmpty()) {
            return GroupAlertRule.AS_NATIONAL;
        }
        Object[] r = rows.get(0);
        return new GroupAlertRule(integer(r[0]), integer(r[1]), integer(r[2]),
                r[3] == null ? null : r[3] instanceof Boolean b ? b : ((Number) r[3]).intValue() != 0);
    }

    /** The rule the group's samples are judged by: never looser than the national one. */
    @Transactional
    public AlertRule effectiveFor(String tenantId) {
        return national().withGroup(of(tenantId));
    }

    /**
     * The group's effective rule when the group has the alerts module enabled: what the scan
     * raises by and the survey page offers a call-back by, so the two never disagree.
     */
    @Transactional
    public Optional<AlertRule> effectiveIfEnabled(String tenantId) {
        boolean enabled = directory.stream().findFirst().flatMap(d -> d.standing(tenantId))
                .filter(standing -> modules.enabledFor(AlertsModule.ID, standing.modules())).isPresent();
        return enabled ? Optional.of(effectiveFor(tenantId)) : Optional.empty();
    }

    /** Saves a group's rule as given; the caller has refused one looser than the national rule. */
    @Transactional
    public void save(String tenantId, GroupAlertRule rule, String by, Instant now) {
        NativeSql.query(em, "insert into alert_group_rule (tenant_id, overall_below,"
                        + " item_at_or_below, recommendation_at_or_below, complaint, updated_at, updated_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?) on duplicate key update overall_below = values(overall_below),"
                        + " item_at_or_below = values(item_at_or_below),"
                        + " recommendation_at_or_below = values(recommendation_at_or_below), complaint = values(complaint),"
                        + " updated_at = values(updated_at), updated_by = values(updated_by)")
                .setParameter(1, tenantId).setParameter(2, rule.overallBelow()).setParameter(3, rule.itemAtOrBelow())
                .setParameter(4, rule.recommendationAtOrBelow()).setParameter(5, rule.complaint())
                .setParameter(6, Timestamp.from(now)).setParameter(7, by).executeUpdate();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
