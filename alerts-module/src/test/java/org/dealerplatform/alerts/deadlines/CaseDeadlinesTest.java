package org.dealerplatform.alerts.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dealerplatform.alerts.cases.AlertCase;
import org.dealerplatform.alerts.cases.NotResolvedReason;
import org.dealerplatform.core.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class CaseDeadlinesTest {

    private static final Instant RAISED = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant DAY_LATER = Instant.parse("2026-03-03T02:00:00Z");
    private static final Instant WEEK_LATER = Instant.parse("2026-03-09T02:00:00Z");
    private static final String MANAGER = "user-shop-manager-1";

    private final AlertCase alertCase = AlertCase.open("alert-1", RAISED);
    private final CaseDeadlines deadlines = CaseDeadlines.of(alertCase, ServiceLevels.DEFAULT);

    @Test
    void by_default_first_contact_within_24_hours_and_closure_within_7_days() {
        assertEquals(new ServiceLevels(Duration.ofHours(24), Duration.ofDays(7)), ServiceLevels.DEFAULT);
        assertEquals(DAY_LATER, deadlines.firstContactDue());
        assertEquals(WEEK_LATER, deadlines.closureDue());
    }

    @Test
    void a_group_may_set_its_own_levels_within_bounds() {
        assertEquals(new ServiceLevels(Duration.ofHours(1), Duration.ofDays(1)), ServiceLevels.of(1, 1));
        assertEquals(new ServiceLevels(Duration.ofDays(7), Duration.ofDays(30)), ServiceLevels.of(168, 30));
        assertEquals("firstContactWithinHours", assertThrows(RuleViolation.class,
                () -> new ServiceLevels(Duration.ofMinutes(59), Duration.ofDays(7))).field());
        assertEquals("firstContactWithinHours", assertThrows(RuleViolation.class, () -> ServiceLevels.of(169, 30)).field());
        assertEquals("closeWithinDays", assertThrows(RuleViolation.class,
                () -> new ServiceLevels(Duration.ofHours(4), Duration.ofHours(23))).field());
        assertEquals("closeWithinDays", assertThrows(RuleViolation.class, () -> ServiceLevels.of(24, 31)).field());
        RuleViolation inverted = assertThrows(RuleViolation.class, () -> ServiceLevels.of(48, 1));
        assertEquals("cannot be later than the closure deadline", inverted.getMessage());
    }

    @Test
    void first_contact_is_overdue_strictly_after_its_deadline_and_only_while_nobody_called() {
        assertFalse(deadlines.overdueForFirstContact(DAY_LATER.minusSeconds(1)));
        assertFalse(deadlines.overdueForFirstContact(DAY_LATER), "met at the very instant it falls due");
        assertTrue(deadlines.overdueForFirstContact(DAY_LATER.plusSeconds(1)));

        alertCase.markContacted(MANAGER, DAY_LATER.plusSeconds(3600), null);
        assertFalse(deadlines.overdueForFirstContact(DAY_LATER.plusSeconds(7200)), "late, but no longer overdue");
        assertEquals(Optional.of(false), deadlines.firstContactInTime());
    }

    @Test
    void a_first_contact_in_time_counts_as_in_time() {
        assertEquals(Optional.empty(), deadlines.firstContactInTime());
        alertCase.markContacted(MANAGER, DAY_LATER, null);
        assertEquals(Optional.of(true), deadlines.firstContactInTime());
    }

    @Test
    void a_stricter_group_level_makes_a_case_overdue_sooner() {
        CaseDeadlines fourHours = CaseDeadlines.of(alertCase, ServiceLevels.of(4, 3));
        Instant fiveHoursLater = RAISED.plus(Duration.ofHours(5));
        assertTrue(fourHours.overdueForFirstContact(fiveHoursLater));
        assertFalse(deadlines.overdueForFirstContact(fiveHoursLater));
        assertEquals(RAISED.plus(Duration.ofDays(3)), fourHours.closureDue());
    }

    @Test
    void closure_is_overdue_after_7_days_unless_closed() {
        assertFalse(deadlines.overdueForClosure(WEEK_LATER));
        assertTrue(deadlines.overdueForClosure(WEEK_LATER.plusSeconds(1)));

        alertCase.markNotResolved(NotResolvedReason.NO_CONTACT_DATA, MANAGER, DAY_LATER, "无联系方式");
        assertFalse(deadlines.overdueForClosure(WEEK_LATER.plusSeconds(1)));
        assertFalse(deadlines.overdueForFirstContact(WEEK_LATER), "a closed case is nobody's to-do");
    }

    @Test
    void a_reopened_case_gets_a_fresh_closure_period() {
        alertCase.markContacted(MANAGER, RAISED.plusSeconds(600), null);
        alertCase.resolve(MANAGER, RAISED.plusSeconds(1200), "已处理");
        Instant reopened = RAISED.plus(Duration.ofDays(10));
        alertCase.reopen(MANAGER, reopened, "客户再次投诉");

        assertEquals(reopened.plus(Duration.ofDays(7)), deadlines.closureDue());
        assertFalse(deadlines.overdueForClosure(reopened.plusSeconds(1)));
        assertTrue(deadlines.overdueForClosure(reopened.plus(Duration.ofDays(7)).plusSeconds(1)));
        assertFalse(deadlines.overdueForFirstContact(reopened), "first contact was made before");
    }

    @Test
    void the_escalation_falls_due_at_the_first_contact_deadline() {
        assertEquals(Optional.of(DAY_LATER), deadlines.escalationDue());
        assertFalse(deadlines.escalationNeeded(DAY_LATER));
        assertTrue(deadlines.escalationNeeded(DAY_LATER.plusSeconds(1)));
    }

    @Test
    void a_sweep_every_minute_for_three_days_escalates_exactly_once_at_the_first_run_after_the_deadline() {
        List<Instant> escalations = new ArrayList<>();
        for (Instant now = RAISED; now.isBefore(RAISED.plus(Duration.ofDays(3))); now = now.plusSeconds(60)) {
            if (deadlines.escalateIfDue(now)) {
                escalations.add(now);
            }
        }
        assertEquals(List.of(DAY_LATER.plusSeconds(60)), escalations);
        assertEquals(Optional.of(DAY_LATER.plusSeconds(60)), alertCase.escalatedAt());
        assertEquals(Optional.empty(), deadlines.escalationDue(), "nothing left to escalate");
    }

    @Test
    void two_sweeps_at_the_same_moment_escalate_once() {
        Instant late = DAY_LATER.plusSeconds(5);
        assertTrue(deadlines.escalateIfDue(late));
        assertFalse(deadlines.escalateIfDue(late));
        assertFalse(CaseDeadlines.of(alertCase, ServiceLevels.DEFAULT).escalateIfDue(late.plusSeconds(3600)));
    }

    @Test
    void a_customer_called_in_time_or_even_late_before_the_sweep_is_never_escalated() {
        alertCase.markContacted(MANAGER, DAY_LATER.plusSeconds(30), "晚了30秒，但已联系");
        assertEquals(Optional.empty(), deadlines.escalationDue());
        assertFalse(deadlines.escalateIfDue(DAY_LATER.plusSeconds(60)));
        assertEquals(Optional.empty(), alertCase.escalatedAt());
    }

    @Test
    void a_case_closed_before_its_deadline_is_never_escalated() {
        alertCase.markNotResolved(NotResolvedReason.NO_CONTACT_DATA, MANAGER, RAISED.plusSeconds(60), "客户未留电话");
        assertFalse(deadlines.escalateIfDue(DAY_LATER.plusSeconds(60)));
    }
}
