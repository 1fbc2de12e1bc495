package org.dealerplatform.survey.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/** A case counts its samples, is decided once for all of them, or member by member. */
class ReviewCaseTest {

    static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");

    static ReviewCase withSamples(int n) {
        ReviewCase c = new ReviewCase("demo-group-a", "s-1", "浦东店", "TOYOTA", "31", null, T0, T0);
        for (int i = 0; i < n; i++) {
            c.add(i == 0 ? "NO_TIMING" : "NO_TIMING,ADDRESS_BURST", T0.plusSeconds(i), i == 0 ? null : CauseKind.ADDRESS,
                    T0.plusSeconds(i));
        }
        return c;
    }

    @Test
    void samplesAddUpAndTheFirstSharedCauseNamesTheCase() {
        ReviewCase c = withSamples(300);
        assertEquals(300, c.sampleCount());
        assertEquals(300, c.openCount());
        assertEquals(CauseKind.ADDRESS, c.cause());
        assertEquals("NO_TIMING,ADDRESS_BURST", c.reasons());
        assertEquals(T0, c.firstAt());
        assertEquals(T0.plusSeconds(299), c.lastAt());
        c.add("REPEAT_REPAIR_ORDER", T0.minusSeconds(3600), CauseKind.REPAIR_ORDER, T0);
        assertEquals(T0.minusSeconds(3600), c.firstAt(), "an earlier sample flagged along moves the start");
        assertEquals(CauseKind.ADDRESS, c.cause(), "the cause stays the first one shared");
    }

    @Test
    void oneDecisionSettlesEveryOpenSampleAndASecondIsAConflict() {
        ReviewCase c = withSamples(5);
        assertEquals("reason", assertThrows(RuleViolation.class, () -> c.decide(false, "assoc", " ", T0)).field());
        assertEquals(ReviewCase.State.OPEN, c.state());
        assertEquals(5, c.decide(false, "assoc", " 同一地址批量提交 ", T0));
        assertEquals(ReviewCase.State.REJECTED, c.state());
        assertEquals(5, c.rejectedCount());
        assertEquals(0, c.openCount());
        assertEquals("同一地址批量提交", c.decisionNote());
        Conflict again = assertThrows(Conflict.class, () -> c.decide(true, "other", "x", T0));
        assertEquals("this case was already rejected by assoc", again.getMessage());
        assertThrows(Conflict.class, () -> c.add("TOO_FAST", T0, CauseKind.ADDRESS, T0), "no sample joins a decided case");
    }

    @Test
    void membersDecidedOneByOneDecideTheCaseWithTheLast() {
        ReviewCase c = withSamples(3);
        c.memberDecided(true, "assoc", T0);
        c.memberDecided(false, "assoc", T0);
        assertEquals(ReviewCase.State.OPEN, c.state());
        assertEquals(1, c.openCount());
        assertEquals(1, c.decide(false, "assoc", "rest is junk", T0), "the bulk decision covers the open rest");
        assertEquals(2, c.rejectedCount());
        assertEquals(1, c.acceptedCount());

        ReviewCase mixed = withSamples(2);
        mixed.memberDecided(true, "assoc", T0);
        mixed.memberDecided(false, "assoc", T0);
        assertEquals(ReviewCase.State.MIXED, mixed.state());
        ReviewCase accepted = withSamples(1);
        accepted.memberDecided(true, "assoc", T0);
        assertEquals(ReviewCase.State.ACCEPTED, accepted.state());
        assertThrows(Conflict.class, () -> accepted.memberDecided(true, "assoc", T0));
    }
}
