package org.dealerplatform.alerts.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.dealerplatform.alerts.cases.AlertCase;
import org.dealerplatform.alerts.cases.NotResolvedReason;
import org.junit.jupiter.api.Test;

class ContactRetentionTest {

    private static final Instant RAISED = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant DAY_30 = Instant.parse("2026-04-01T02:00:00Z");
    private static final String MANAGER = "user-shop-manager-1";

    private final ContactRetention retention = new ContactRetention(RetentionRule.CONTACT_DATA);
    private final AlertCase alertCase = AlertCase.open("alert-1", RAISED);

    @Test
    void the_rule_is_closure_or_30_days_whichever_first() {
        assertEquals(new RetentionRule(Duration.ofDays(30), true), RetentionRule.CONTACT_DATA);
    }

    @Test
    void an_open_case_keeps_its_contact_until_30_days_after_the_alert() {
        assertEquals(Optional.empty(), retention.mustErase(alertCase, RAISED));
        assertEquals(Optional.empty(), retention.mustErase(alertCase, DAY_30.minusSeconds(1)));
        assertEquals(Optional.of(ErasureReason.RETENTION_ELAPSED), retention.mustErase(alertCase, DAY_30),
                "at most 30 days: at the 30th day it goes");
        assertEquals(DAY_30, retention.keptAtMostUntil(alertCase));
    }

    @Test
    void a_worked_case_still_open_after_30_days_loses_its_contact_anyway() {
        alertCase.markContacted(MANAGER, RAISED.plusSeconds(3600), null);
        assertEquals(Optional.of(ErasureReason.RETENTION_ELAPSED), retention.mustErase(alertCase, DAY_30.plusSeconds(1)));
    }

    @Test
    void closing_the_case_erases_the_contact_at_once() {
        Instant closed = RAISED.plus(Duration.ofDays(2));
        alertCase.markContacted(MANAGER, RAISED.plusSeconds(3600), null);
        alertCase.resolve(MANAGER, closed, "已解决");
        assertEquals(Optional.of(ErasureReason.CASE_CLOSED), retention.mustErase(alertCase, closed));
        assertEquals(Optional.of(ErasureReason.CASE_CLOSED), retention.mustErase(alertCase, DAY_30.plusSeconds(1)),
                "the first reason in time is the one recorded");
        assertEquals(closed, retention.keptAtMostUntil(alertCase));
    }

    @Test
    void a_reopened_case_does_not_get_its_contact_back() {
        Instant closed = RAISED.plus(Duration.ofDays(1));
        alertCase.markNotResolved(NotResolvedReason.UNREACHABLE, MANAGER, closed, "三次未接通");
        alertCase.reopen(MANAGER, closed.plusSeconds(60), "客户回电");
        assertEquals(Optional.of(ErasureReason.CASE_CLOSED), retention.mustErase(alertCase, closed.plusSeconds(120)));
    }

    @Test
    void a_case_closed_after_30_days_had_lost_its_contact_to_the_limit_first() {
        alertCase.markContacted(MANAGER, RAISED.plusSeconds(60), null);
        alertCase.resolve(MANAGER, DAY_30.plus(Duration.ofDays(5)), "终于解决");
        assertEquals(Optional.of(ErasureReason.RETENTION_ELAPSED),
                retention.mustErase(alertCase, DAY_30.plus(Duration.ofDays(6))));
        assertEquals(DAY_30, retention.keptAtMostUntil(alertCase));
    }

    @Test
    void no_rule_may_keep_contact_data_longer_than_the_consent_promises() {
        assertThrows(IllegalArgumentException.class, () -> new RetentionRule(Duration.ofDays(31), true));
        assertThrows(IllegalArgumentException.class, () -> new RetentionRule(Duration.ZERO, true));
        ContactRetention shorter = new ContactRetention(new RetentionRule(Duration.ofDays(7), true));
        assertEquals(Optional.of(ErasureReason.RETENTION_ELAPSED), shorter.mustErase(alertCase, RAISED.plus(Duration.ofDays(7))));
    }
}
