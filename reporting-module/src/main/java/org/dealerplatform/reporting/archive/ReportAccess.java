package org.dealerplatform.reporting.archive;

import org.dealerplatform.core.security.Caller;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.reporting.outbox.ReportKind;

/**
 * Who may open an archived report, by its kind. A shop report: people of its group (the shop
 * catalog then narrows a shop manager to their shop); a group report: that group's admins only,
 * since it ranks every shop of the group; the national report: the association. Anything else
 * answers like a missing report.
 */
final class ReportAccess {

    private ReportAccess() {
    }

    static boolean mayOpen(Caller caller, ReportKind kind, String reportTenant) {
        return switch (kind) {
            case SHOP_MONTHLY -> reportTenant != null && reportTenant.equals(caller.tenantId());
            case GROUP_MONTHLY -> caller.hasRole(Roles.GROUP_ADMIN) && reportTenant != null
                    && reportTenant.equals(caller.tenantId());
            case NATIONAL_MONTHLY -> caller.isAssociationAdmin() && reportTenant == null;
        };
    }
}
