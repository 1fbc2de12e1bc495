package org.dealerplatform.alerts.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.dealerplatform.core.persistence.NativeSql;

/**
 * The cases of a group's shops that are past a deadline: OPEN past first contact, CONTACTED past
 * closure (the same rule as {@link StoredAlert#overdueAt}), per shop, the longest overdue first.
 * Tenant and shops bound by hand like every alert statement; the shop index
 * ({@code tenant_id, shop_id, status}) narrows it to the two statuses that can be late.
 */
@ApplicationScoped
public class OverdueCases {

    /** Most cases the list answers: beyond that a group has a staffing problem, not a list problem. */
    public static final int MOST_LISTED = 500;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Transactional
    @SuppressWarnings("unchecked")
    public List<StoredAlert> of(String tenantId, Collection<String> shopIds, Instant now) {
        if (shopIds.isEmpty()) {
            return List.of();
        }
        String sql = "select " + StoredAlert.COLUMNS + " from alert_case where tenant_id = ? and shop_id in ("
                + String.join(", ", Collections.nCopies(shopIds.size(), "?")) + ") and ((status = 'OPEN'"
                + " and first_contact_due < ?) or (status = 'CONTACTED' and closure_due < ?))"
                + " order by shop_id, case status when 'OPEN' then first_contact_due else closure_due end, id"
                + " limit " + MOST_LISTED;
        var query = NativeSql.query(em, sql).setParameter(1, tenantId);
        int i = 2;
        for (String shop : shopIds) {
            query.setParameter(i++, shop);
        }
        query.setParameter(i++, Timestamp.from(now)).setParameter(i, Timestamp.from(now));
        return ((List<Object[]>) query.getResultList()).stream().map(StoredAlert::of).toList();
    }
}
