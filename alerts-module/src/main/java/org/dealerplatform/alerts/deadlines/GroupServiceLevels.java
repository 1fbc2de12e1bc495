package org.dealerplatform.alerts.deadlines;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dealerplatform.core.persistence.NativeSql;

/**
 * Each dealer group's own service levels ({@code alert_service_levels}, one row per group, none for
 * a group on the defaults). Read when an alert is raised and when a case is reopened: a change
 * applies to new deadlines, never moves the ones already given.
 */
@ApplicationScoped
public class GroupServiceLevels {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /** The group's levels, or {@link ServiceLevels#DEFAULT}. */
    @Transactional
    public ServiceLevels of(String tenantId) {
        return own(tenantId).orElse(ServiceLevels.DEFAULT);
    }

    /** The group's own levels, empty when it keeps the defaults. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<ServiceLevels> own(String tenantId) {
        List<Object[]> rows = NativeSql.query(em, "select first_contact_within_hours, close_within_days"
                + " from alert_service_levels where tenant_id = ?").setParameter(1, tenantId).getResultList();
        return rows.stream().findFirst()
                .map(r -> ServiceLevels.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue()));
    }

    @Transactional
    public void save(String tenantId, ServiceLevels levels, String by, Instant now) {
        NativeSql.query(em, "insert into alert_service_levels (tenant_id, first_contact_within_hours,"
                        + " close_within_days, updated_at, updated_by) values (?, ?, ?, ?, ?) on duplicate key update"
                        + " first_contact_within_hours = values(first_contact_within_hours),"
                        + " close_within_days = values(close_within_days), updated_at = values(updated_at),"
                        + " updated_by = values(updated_by)")
                .setParameter(1, tenantId).setParameter(2, levels.firstContactWithinHours())
                .setParameter(3, levels.closeWithinDays()).setParameter(4, Timestamp.from(now)).setParameter(5, by)
                .executeUpdate();
    }
}
