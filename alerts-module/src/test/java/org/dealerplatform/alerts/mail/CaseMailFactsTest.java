package org.dealerplatform.alerts.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.dealerplatform.alerts.cases.CaseStatus;
import org.junit.jupiter.api.Test;

class CaseMailFactsTest {

    static final Instant RAISED = Instant.parse("2026-03-02T01:00:00Z");
    static final Instant DUE = Instant.parse("2026-03-03T01:00:00Z");

    @Test
    void a_new_alert_needs_its_mail_until_planned_and_nothing_else_before_the_deadline() {
        assertEquals(Set.of(MailKind.NEW_ALERT), new CaseMailFacts(CaseStatus.OPEN, null, DUE, null).due(RAISED));
        assertEquals(Set.of(), new CaseMailFacts(CaseStatus.OPEN, RAISED, DUE, null).due(RAISED));
    }

    @Test
    void an_open_case_is_escalated_strictly_after_its_first_contact_deadline_and_only_once() {
        CaseMailFacts open = new CaseMailFacts(CaseStatus.OPEN, RAISED, DUE, null);
        assertFalse(open.escalationDue(DUE), "met at the very instant it falls due");
        assertTrue(open.escalationDue(DUE.plusMillis(1)));
        assertEquals(Set.of(MailKind.ESCALATION), open.due(DUE.plusSeconds(60)));
        assertFalse(new CaseMailFacts(CaseStatus.OPEN, RAISED, DUE, DUE.plusSeconds(5)).escalationDue(DUE.plusSeconds(60)),
                "escalated already");
    }

    @Test
    void a_contacted_or_closed_case_is_never_escalated() {
        for (CaseStatus status : CaseStatus.values()) {
            if (status != CaseStatus.OPEN) {
                assertFalse(new CaseMailFacts(status, RAISED, DUE, null).escalationDue(DUE.plusSeconds(3600)), status.name());
            }
        }
    }

    @Test
    void a_digest_shop_waits_for_its_digest_even_without_managers_and_an_other_shop_without_managers_mails_nobody() {
        assertEquals(MailMode.DIGEST, MailMode.forNewAlert(true, 0));
        assertEquals(MailMode.DIGEST, MailMode.forNewAlert(true, 2));
        assertEquals(MailMode.EACH, MailMode.forNewAlert(false, 1));
        assertEquals(MailMode.NONE, MailMode.forNewAlert(false, 0));
    }
}
