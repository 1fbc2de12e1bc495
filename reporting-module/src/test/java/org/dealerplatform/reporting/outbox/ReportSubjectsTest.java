package org.dealerplatform.reporting.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.dealerplatform.core.mail.MailAddress;
import org.junit.jupiter.api.Test;

class ReportSubjectsTest {

    static final String SHOP = "7f3c2a10-0000-4000-8000-00000000a001";

    @Test
    void eachKindIsAboutItsShopItsGroupOrTheNation() {
        assertEquals(SHOP, ReportSubjects.of(ReportKind.SHOP_MONTHLY, "demo-group-a", SHOP));
        assertEquals("demo-group-a", ReportSubjects.of(ReportKind.GROUP_MONTHLY, "demo-group-a", null));
        assertEquals("national", ReportSubjects.of(ReportKind.NATIONAL_MONTHLY, null, null));
        assertThrows(IllegalArgumentException.class, () -> ReportSubjects.of(ReportKind.SHOP_MONTHLY, "g", null));
        assertThrows(IllegalArgumentException.class, () -> ReportSubjects.of(ReportKind.GROUP_MONTHLY, null, SHOP));
    }

    @Test
    void unsubscribeScopesNeverCollideAndShopLinksAlreadyMailedKeepTheirScope() {
        assertEquals(SHOP, ReportSubjects.unsubscribeScope(ReportKind.SHOP_MONTHLY, SHOP), "as in links already sent");
        // shop ids are UUIDs; a group code may look like one, or be "national": each still has a scope of its own
        Set<String> scopes = new HashSet<>(Set.of(
                ReportSubjects.unsubscribeScope(ReportKind.SHOP_MONTHLY, SHOP),
                ReportSubjects.unsubscribeScope(ReportKind.GROUP_MONTHLY, SHOP),
                ReportSubjects.unsubscribeScope(ReportKind.GROUP_MONTHLY, "national"),
                ReportSubjects.unsubscribeScope(ReportKind.NATIONAL_MONTHLY, ReportSubjects.NATIONAL)));
        assertEquals(4, scopes.size(), scopes.toString());
        for (ReportKind kind : ReportKind.values()) {
            String scope = ReportSubjects.unsubscribeScope(kind, ReportSubjects.of(kind, "demo-group-a", SHOP));
            assertEquals(kind, ReportSubjects.kindOfScope(scope), scope);
        }
        assertEquals(Optional.of("demo-group-a"), ReportSubjects.groupOfScope("group:demo-group-a"));
        assertEquals(Optional.empty(), ReportSubjects.groupOfScope(SHOP));
        assertTrue(ReportSubjects.unsubscribeScope(ReportKind.GROUP_MONTHLY, "a".repeat(40)).length() <= 64,
                "fits report_unsubscribe.scope");
    }

    @Test
    void aGroupReportMailHasAStableMessageIdOfItsOwn() {
        MailAddress to = MailAddress.of("group-a@demo.example.com");
        YearMonth month = YearMonth.of(2026, 3);
        OutboxKey group = new OutboxKey(ReportKind.GROUP_MONTHLY, month, "demo-group-a", to);
        assertEquals(group.messageId(), new OutboxKey(ReportKind.GROUP_MONTHLY, month, "demo-group-a", to).messageId());
        assertTrue(group.messageId().startsWith("<report.GROUP_MONTHLY.2026-03.demo-group-a."), group.messageId());
        assertNotEquals(group.messageId(), new OutboxKey(ReportKind.NATIONAL_MONTHLY, month, "national", to).messageId());
    }

    @Test
    void onlyTheExactKindNamesAreKinds() {
        assertEquals(Optional.of(ReportKind.GROUP_MONTHLY), ReportKind.named(" GROUP_MONTHLY "));
        assertEquals(Optional.empty(), ReportKind.named("group_monthly"));
        assertEquals(Optional.empty(), ReportKind.named(null));
    }
}
