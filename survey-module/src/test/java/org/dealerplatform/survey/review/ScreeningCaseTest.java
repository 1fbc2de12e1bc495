package org.dealerplatform.survey.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/** A screened sample is decided once, with a reason; a second reviewer is told who was first. */
class ScreeningCaseTest {

    static final Instant SUBMITTED = Instant.parse("2026-03-01T08:00:00Z");
    static final Instant DECIDED = Instant.parse("2026-03-02T09:30:00Z");

    static ScreeningCase open() {
        return new ScreeningCase("r-1", "c-1", "demo-group-a", "s-1", "浦东店", "TOYOTA", "31", SUBMITTED, "TOO_FAST", 92.5,
                41, "很好", SUBMITTED);
    }

    @Test
    void aDecisionRecordsWhoWhenAndWhy() {
        ScreeningCase c = open();
        c.decide(true, "reviewer-1", "  called the customer  ", DECIDED);
        assertEquals(ScreeningCase.State.ACCEPTED, c.state());
        assertEquals("reviewer-1", c.decidedBy());
        assertEquals(DECIDED, c.decidedAt());
        assertEquals("called the customer", c.decisionNote());
    }

    @Test
    void aDecidedSampleCannotBeDecidedAgain() {
        ScreeningCase c = open();
        c.decide(false, "reviewer-1", "same phone as yesterday", DECIDED);
        Conflict second = assertThrows(Conflict.class,
                () -> c.decide(true, "reviewer-2", "looks fine to me", DECIDED.plusSeconds(5)));
        assertEquals("this sample was already rejected by reviewer-1", second.getMessage());
        assertNull(second.field());
        assertFalse(second.isDuplicate());
        assertEquals(ScreeningCase.State.REJECTED, c.state(), "the first decision stands");
        assertEquals("reviewer-1", c.decidedBy());
        assertEquals("same phone as yesterday", c.decisionNote());
    }

    @Test
    void aDecisionNeedsAReason() {
        ScreeningCase c = open();
        assertEquals("reason", assertThrows(RuleViolation.class, () -> c.decide(true, "reviewer-1", " ", DECIDED))
                .field());
        assertEquals(ScreeningCase.State.OPEN, c.state(), "still open for a decision with a reason");
    }
}
