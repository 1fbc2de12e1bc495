package org.dealerplatform.alerts.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collections;
import java.util.Set;
import org.dealerplatform.alerts.cases.AlertHandling;
import org.dealerplatform.alerts.cases.CaseStatus;
import org.dealerplatform.core.console.MenuBadge;
import org.dealerplatform.core.modules.LocalizedText;
import org.dealerplatform.core.persistence.NativeSql;
import org.dealerplatform.core.security.Caller;

/**
 * The number of OPEN alerts of the caller's shops beside the inbox entry: nobody has called these
 * customers yet. One count on the shop index ({@code tenant_id, shop_id, status}), reading only the
 * open rows of the caller's shops, the same shops the inbox lists.
 */
@ApplicationScoped
public class OpenAlertsBadge implements MenuBadge {

    @Inject
    AlertHandling handling;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Override
    public String path() {
        return "/alerts";
    }

    /** Joins the page's transaction, if any; a count that fails must not doom the page's own work. */
    @Override
    @Transactional(dontRollbackOn = RuntimeException.class)
    public long count(Caller caller) {
        Set<String> shops = handling.visibleShops().keySet();
        if (caller.tenantId() == null || shops.isEmpty()) {
            return 0;
        }
        var query = NativeSql.query(em, "select count(*) from alert_case where tenant_id = ? and shop_id in ("
                + String.join(", ", Collections.nCopies(shops.size(), "?")) + ") and status = ?")
                .setParameter(1, caller.tenantId());
        int i = 2;
        for (String shop : shops) {
            query.setParameter(i++, shop);
        }
        return ((Number) query.setParameter(i, CaseStatus.OPEN.name()).getSingleResult()).longValue();
    }

    @Override
    public LocalizedText meaning() {
        return new LocalizedText("条待联系", "open");
    }
}
