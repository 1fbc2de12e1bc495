package org.dealerplatform.reporting.archive;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.dealerplatform.core.security.Caller;
import org.dealerplatform.core.security.Roles;
import org.dealerplatform.reporting.outbox.ReportKind;
import org.junit.jupiter.api.Test;

class ReportAccessTest {

    static final Caller GROUP_A = new Caller("s1", "group-a", Set.of(Roles.GROUP_ADMIN), "demo-group-a", null);
    static final Caller GROUP_B = new Caller("s2", "group-b", Set.of(Roles.GROUP_ADMIN), "demo-group-b", null);
    static final Caller SHOP_A = new Caller("s3", "shop-a", Set.of(Roles.SHOP_MANAGER), "demo-group-a", "A1");
    static final Caller ASSOC = new Caller("s4", "assoc", Set.of(Roles.ASSOCIATION_ADMIN), null, null);

    @Test
    void aGroupReportIsForItsOwnGroupAdminsOnly() {
        assertTrue(ReportAccess.mayOpen(GROUP_A, ReportKind.GROUP_MONTHLY, "demo-group-a"));
        assertFalse(ReportAccess.mayOpen(GROUP_B, ReportKind.GROUP_MONTHLY, "demo-group-a"));
        assertFalse(ReportAccess.mayOpen(SHOP_A, ReportKind.GROUP_MONTHLY, "demo-group-a"),
                "it ranks every shop of the group: not for one shop's manager");
        assertFalse(ReportAccess.mayOpen(ASSOC, ReportKind.GROUP_MONTHLY, "demo-group-a"));
        assertFalse(ReportAccess.mayOpen(ASSOC, ReportKind.GROUP_MONTHLY, null));
    }

    @Test
    void theNationalReportIsTheAssociations() {
        assertTrue(ReportAccess.mayOpen(ASSOC, ReportKind.NATIONAL_MONTHLY, null));
        assertFalse(ReportAccess.mayOpen(GROUP_A, ReportKind.NATIONAL_MONTHLY, null));
        assertFalse(ReportAccess.mayOpen(ASSOC, ReportKind.NATIONAL_MONTHLY, "demo-group-a"));
    }

    @Test
    void aShopReportStaysWithinItsGroup() {
        assertTrue(ReportAccess.mayOpen(GROUP_A, ReportKind.SHOP_MONTHLY, "demo-group-a"));
        assertTrue(ReportAccess.mayOpen(SHOP_A, ReportKind.SHOP_MONTHLY, "demo-group-a"), "the catalog narrows further");
        assertFalse(ReportAccess.mayOpen(GROUP_B, ReportKind.SHOP_MONTHLY, "demo-group-a"));
        assertFalse(ReportAccess.mayOpen(ASSOC, ReportKind.SHOP_MONTHLY, "demo-group-a"));
    }
}
