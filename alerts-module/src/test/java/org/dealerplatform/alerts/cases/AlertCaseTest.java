package org.dealerplatform.alerts.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.domain.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertCaseTest {

    static final Instant RAISED = Instant.parse("2026-03-02T02:00:00Z");
    static final String MANAGER = "user-shop-manager-1";
    static final String ADMIN = "user-group-admin-7";

    static Instant at(int minutesAfterRaised) {
        return RAISED.plus(Duration.ofMinutes(minutesAfterRaised));
    }

    /** A case in each situation the workflow distinguishes. */
    static AlertCase inSituation(String situation) {
        AlertCase c = AlertCase.open("alert-1", RAISED);
        switch (situation) {
            case "OPEN" -> { }
            case "CONTACTED" -> c.markContacted(MANAGER, at(30), null);
            case "RESOLVED" -> {
                c.markContacted(MANAGER, at(30), null);
                c.resolve(MANAGER, at(60), "免费重新做了四轮定位，客户满意");
            }
            case "NOT_RESOLVED_AFTER_CONTACT" -> {
                c.markContacted(MANAGER, at(30), null);
                c.markNotResolved(NotResolvedReason.NO_AGREEMENT, MANAGER, at(60), "客户要求全额退款");
            }
            case "NOT_RESOLVED_NEVER_CONTACTED" ->
                    c.markNotResolved(NotResolvedReason.NO_CONTACT_DATA, MANAGER, at(60), "客户未留电话");
            default -> throw new IllegalArgumentException(situation);
        }
        return c;
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            // from situation,             to,           allowed or the refusal's key
            "OPEN,                         OPEN,         case.refused.backToOpen",
            "OPEN,                         CONTACTED,    allowed",
            "OPEN,                         RESOLVED,     case.refused.resolveUncontacted",
            "OPEN,                         NOT_RESOLVED, allowed",
            "CONTACTED,                    OPEN,         case.refused.backToOpen",
            "CONTACTED,                    CONTACTED,    case.refused.alreadyContacted",
            "CONTACTED,                    RESOLVED,     allowed",
            "CONTACTED,                    NOT_RESOLVED, allowed",
            "RESOLVED,                     OPEN,         case.refused.reopenAsContacted",
            "RESOLVED,                     CONTACTED,    allowed",
            "RESOLVED,                     RESOLVED,     case.refused.closed",
            "RESOLVED,                     NOT_RESOLVED, case.refused.closed",
            "NOT_RESOLVED_AFTER_CONTACT,   OPEN,         case.refused.reopenAsContacted",
            "NOT_RESOLVED_AFTER_CONTACT,   CONTACTED,    allowed",
            "NOT_RESOLVED_AFTER_CONTACT,   RESOLVED,     case.refused.closed",
            "NOT_RESOLVED_AFTER_CONTACT,   NOT_RESOLVED, case.refused.closed",
            "NOT_RESOLVED_NEVER_CONTACTED, OPEN,         allowed",
            "NOT_RESOLVED_NEVER_CONTACTED, CONTACTED,    case.refused.reopenAsOpen",
            "NOT_RESOLVED_NEVER_CONTACTED, RESOLVED,     case.refused.closed",
            "NOT_RESOLVED_NEVER_CONTACTED, NOT_RESOLVED, case.refused.closed",
    })
    void every_step_from_every_status_is_allowed_or_refused_with_its_reason(String situation, CaseStatus to,
                                                                          String expected) {
        AlertCase c = inSituation(situation);
        CaseStatus before = c.status();
        int stepsBefore = c.steps().size();
        if (expected.equals("allowed")) {
            c.moveTo(to, ADMIN, at(120), "跟进", NotResolvedReason.UNREACHABLE);
            assertEquals(to, c.status());
            CaseStep last = c.steps().get(c.steps().size() - 1);
            assertEquals(new CaseStep(before, to, at(120), ADMIN, "跟进",
                    to == CaseStatus.NOT_RESOLVED ? NotResolvedReason.UNREACHABLE : null), last);
        } else {
            TransitionRefused refused = assertThrows(TransitionRefused.class,
                    () -> c.moveTo(to, ADMIN, at(120), "跟进", NotResolvedReason.UNREACHABLE));
            assertEquals(expected, refused.messageKey());
            assertEquals(before, refused.from());
            assertEquals(to, refused.to());
            assertEquals("to", refused.field(), "a core Conflict on the field 'to': the API answers 409");
            assertTrue(refused.getMessage().startsWith("a case that is " + before + " cannot move to " + to + ": "),
                    refused.getMessage());
            assertEquals(before, c.status(), "a refused step changes nothing");
            assertEquals(stepsBefore, c.steps().size());
        }
    }

    @Test
    void a_case_starts_open_with_nobody_assigned() {
        AlertCase c = AlertCase.open("alert-1", RAISED);
        assertEquals(CaseStatus.OPEN, c.status());
        assertEquals(Optional.empty(), c.owner());
        assertEquals(List.of(), c.steps());
        assertEquals(Optional.empty(), c.firstContactAt());
        assertEquals(Optional.empty(), c.closedAt());
    }

    @Test
    void the_full_loop_keeps_who_did_what_and_when() {
        AlertCase c = AlertCase.open("alert-1", RAISED);
        c.addNote(MANAGER, at(10), "第一次打电话无人接听");
        c.markContacted(MANAGER, at(95), "客户反映保养后异响");
        c.resolve(MANAGER, at(60 * 26), "免费复检，更换了刹车片卡子");

        assertEquals(CaseStatus.RESOLVED, c.status());
        assertEquals(List.of(
                new CaseStep(CaseStatus.OPEN, CaseStatus.CONTACTED, at(95), MANAGER, "客户反映保养后异响", null),
                new CaseStep(CaseStatus.CONTACTED, CaseStatus.RESOLVED, at(60 * 26), MANAGER, "免费复检，更换了刹车片卡子", null)),
                c.steps());
        assertEquals(List.of(new CaseNote(at(10), MANAGER, "第一次打电话无人接听")), c.notes());
        assertEquals(Optional.of(at(95)), c.firstContactAt());
        assertEquals(Optional.of(Duration.ofMinutes(95)), c.timeToFirstContact());
        assertEquals(Optional.of(at(60 * 26)), c.closedAt());
        assertEquals(Optional.of(MANAGER), c.owner(), "who first contacted the customer owns an unassigned case");
    }

    @Test
    void an_assigned_owner_stays_when_somebody_else_calls() {
        AlertCase c = AlertCase.open("alert-1", RAISED);
        c.assignTo(ADMIN);
        c.markContacted(MANAGER, at(5), null);
        assertEquals(Optional.of(ADMIN), c.owner());
        assertThrows(IllegalArgumentException.class, () -> c.assignTo(" "));
    }

    @Test
    void closing_needs_a_note_and_not_resolved_needs_a_reason() {
        AlertCase c = inSituation("CONTACTED");
        assertEquals("note", assertThrows(RuleViolation.class, () -> c.resolve(MANAGER, at(40), "  ")).field());
        assertEquals("reason", assertThrows(RuleViolation.class,
                () -> c.markNotResolved(null, MANAGER, at(40), "客户挂断")).field());
        assertEquals("note", assertThrows(RuleViolation.class,
                () -> c.markNotResolved(NotResolvedReason.DECLINED, MANAGER, at(40), null)).field());
        assertEquals("note", assertThrows(RuleViolation.class,
                () -> c.resolve(MANAGER, at(40), "好".repeat(CaseNote.MAX_LENGTH + 1))).field());
        assertEquals(CaseStatus.CONTACTED, c.status());

        c.markNotResolved(NotResolvedReason.DECLINED, MANAGER, at(40), "客户不愿再谈");
        assertEquals(Optional.of(NotResolvedReason.DECLINED), c.notResolvedReason());
    }

    @Test
    void a_reopened_case_goes_back_to_contacted_and_keeps_its_history() {
        AlertCase c = inSituation("RESOLVED");
        c.reopen(ADMIN, at(60 * 24 * 3), "客户再次来电投诉异响");
        assertEquals(CaseStatus.CONTACTED, c.status());
        assertEquals(Optional.of(at(30)), c.firstContactAt(), "first contact is a fact that stays");
        assertEquals(Optional.of(at(60)), c.firstClosedAt());
        assertEquals(Optional.of(at(60 * 24 * 3)), c.lastReopenedAt());
        assertEquals(Optional.empty(), c.closedAt());
        assertTrue(c.steps().get(2).reopening());

        c.markNotResolved(NotResolvedReason.NO_AGREEMENT, ADMIN, at(60 * 24 * 4), "建议客户向厂家反映");
        assertEquals(CaseStatus.NOT_RESOLVED, c.status());
        assertEquals(Optional.of(at(60)), c.firstClosedAt(), "the first closure is the one that erased the contact");
    }

    @Test
    void a_case_closed_without_contact_reopens_as_open() {
        AlertCase c = inSituation("NOT_RESOLVED_NEVER_CONTACTED");
        assertEquals(CaseStatus.OPEN, c.reopensTo());
        c.reopen(MANAGER, at(70), "客户主动来电");
        assertEquals(CaseStatus.OPEN, c.status());
        assertThrows(TransitionRefused.class, () -> c.reopen(MANAGER, at(80), "再次"));
    }

    @Test
    void reopening_needs_a_note() {
        AlertCase c = inSituation("RESOLVED");
        assertEquals("note", assertThrows(RuleViolation.class, () -> c.reopen(ADMIN, at(90), null)).field());
        assertEquals(CaseStatus.RESOLVED, c.status());
    }

    @Test
    void a_case_clock_never_runs_backwards() {
        AlertCase c = inSituation("CONTACTED");
        assertThrows(IllegalArgumentException.class, () -> c.resolve(MANAGER, at(29), "已解决"));
        assertThrows(IllegalArgumentException.class,
                () -> AlertCase.open("alert-2", RAISED).markContacted(MANAGER, RAISED.minusSeconds(1), null));
        c.resolve(MANAGER, at(30), "同一时刻可以");
        assertEquals(CaseStatus.RESOLVED, c.status());
    }

    @Test
    void an_escalation_is_recorded_once_and_only_for_a_customer_nobody_called() {
        AlertCase c = AlertCase.open("alert-1", RAISED);
        c.recordEscalation(at(60 * 24 + 1));
        assertEquals(Optional.of(at(60 * 24 + 1)), c.escalatedAt());
        Conflict twice = assertThrows(Conflict.class, () -> c.recordEscalation(at(60 * 24 + 2)));
        assertEquals("escalatedAt", twice.field());
        assertEquals(Optional.of(at(60 * 24 + 1)), c.escalatedAt(), "the first escalation stands");

        assertThrows(Conflict.class, () -> inSituation("CONTACTED").recordEscalation(at(60 * 25)));
        assertThrows(Conflict.class, () -> inSituation("NOT_RESOLVED_NEVER_CONTACTED").recordEscalation(at(60 * 25)));
    }

    @Test
    void printing_a_case_shows_no_notes() {
        AlertCase c = inSituation("RESOLVED");
        assertEquals("AlertCase[alert-1, RESOLVED]", c.toString());
        assertFalse(c.toString().contains("四轮定位"));
    }

    @Test
    void nobody_withdraws_a_case_by_hand_and_a_withdrawn_case_is_closed_and_left_out_of_the_figures() {
        AlertCase c = AlertCase.open("a-1", RAISED);
        TransitionRefused refused = assertThrows(TransitionRefused.class,
                () -> c.moveTo(CaseStatus.WITHDRAWN, MANAGER, at(5), null, null));
        assertEquals("case.refused.withdrawByHand", refused.messageKey());
        assertEquals(CaseStatus.OPEN, c.status());
        assertTrue(CaseStatus.WITHDRAWN.closed(), "nobody works it, its contact is erased");
        assertFalse(CaseStatus.WITHDRAWN.counts());
        assertTrue(CaseStatus.NOT_RESOLVED.counts());
    }

    @Test
    void notes_keep_their_time_and_author_and_an_owner_can_be_given() {
        AlertCase c = AlertCase.open("a-1", RAISED);
        c.addNote(MANAGER, at(10), "客户未接电话，明早再打");
        c.assignTo(ADMIN);
        assertEquals(List.of(new CaseNote(at(10), MANAGER, "客户未接电话，明早再打")), c.notes());
        assertEquals(Optional.of(ADMIN), c.owner());
        assertThrows(RuleViolation.class, () -> c.addNote(MANAGER, at(11), " "));
        assertThrows(RuleViolation.class, () -> c.addNote(MANAGER, at(11), "长".repeat(CaseNote.MAX_LENGTH + 1)));
    }
}
