package org.dealerplatform.alerts.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.dealerplatform.alerts.cases.CaseStatus;
import org.dealerplatform.core.persistence.InstantColumn;
import org.dealerplatform.core.persistence.NativeSql;

/**
 * Reads the {@link CaseFacts} of the cases whose sample was submitted in a period: of one dealer
 * group (bound by hand, as every tenant read of {@code alert_case}), optionally of some of its shops,
 * or of every group for the association's figures. Only the columns the figures need are read.
 */
@ApplicationScoped
public class CaseFactsStore {

    private static final String COLUMNS = "tenant_id, shop_id, status, raised_at, first_contact_at,"
            + " first_contact_due, closure_due";

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /** Every group's cases of the period (for the nation and the groups side by side). */
    @Transactional
    public List<CaseFacts> everyGroup(FigurePeriod period) {
        return read("", List.of(), period);
    }

    /** One group's cases of the period; {@code shopIds} empty = all its shops. */
    @Transactional
    public List<CaseFacts> ofGroup(String tenantId, Collection<String> shopIds, FigurePeriod period) {
        List<Object> bound = new ArrayList<>();
        bound.add(tenantId);
        bound.addAll(shopIds);
        String shops = shopIds.isEmpty() ? ""
                : " and shop_id in (" + String.join(", ", Collections.nCopies(shopIds.size(), "?")) + ")";
        return read(" and tenant_id = ?" + shops, bound, period);
    }

    @SuppressWarnings("unchecked")
    private List<CaseFacts> read(String where, List<Object> bound, FigurePeriod period) {
        var query = NativeSql.query(em, "select " + COLUMNS + " from alert_case where submitted_at >= ?"
                + " and submitted_at < ?" + where)
                .setParameter(1, Timestamp.from(period.start())).setParameter(2, Timestamp.from(period.end()));
        for (int i = 0; i < bound.size(); i++) {
            query.setParameter(i + 3, bound.get(i));
        }
        List<CaseFacts> facts = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            facts.add(new CaseFacts((String) r[0], (String) r[1], CaseStatus.valueOf((String) r[2]),
                    InstantColumn.read(r[3]), InstantColumn.read(r[4]), InstantColumn.read(r[5]),
                    InstantColumn.read(r[6])));
        }
        return facts;
    }
}
