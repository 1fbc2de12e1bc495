package org.dealerplatform.alerts.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.dealerplatform.alerts.cases.CaseStatus;
import org.dealerplatform.core.alerts.AlertFigures;
import org.junit.jupiter.api.Test;

class FigureTallyTest {

    static final Instant RAISED = Instant.parse("2026-03-10T02:00:00Z");
    static final Instant NOW = RAISED.plus(Duration.ofDays(3));

    /** A case raised at RAISED, due as the default service levels put it (24 hours, 7 days). */
    static CaseFacts raised(CaseStatus status, Duration contactedAfter) {
        return new CaseFacts("g", "s", status, RAISED, contactedAfter == null ? null : RAISED.plus(contactedAfter),
                RAISED.plus(Duration.ofHours(24)), RAISED.plus(Duration.ofDays(7)));
    }

    @Test
    void fourAlertsOfSixSamplesWithThreeContactsOneResolvedOneNotAndOneOverdue() {
        FigureTally tally = new FigureTally().addSamples(4).addSamples(2);
        tally.add(raised(CaseStatus.RESOLVED, Duration.ofHours(2)), NOW);
        tally.add(raised(CaseStatus.NOT_RESOLVED, Duration.ofHours(6)), NOW);
        tally.add(raised(CaseStatus.CONTACTED, Duration.ofHours(10)), NOW);
        tally.add(raised(CaseStatus.OPEN, null), NOW);
        AlertFigures f = tally.figures();
        assertEquals(4, f.alerts());
        assertEquals(6, f.validSamples());
        assertEquals(4.0 / 6, f.shareAlerting().getAsDouble(), 1e-12);
        assertEquals(3, f.contacted());
        assertEquals(Duration.ofHours(6), f.medianTimeToFirstContact().orElseThrow());
        assertEquals(2, f.closed());
        assertEquals(1, f.resolved());
        assertEquals(0.5, f.shareResolved().getAsDouble(), 1e-12);
        assertEquals(1, f.overdueNow(), "only the case nobody called, 3 days after a 24-hour deadline");
    }

    @Test
    void aWithdrawnAlertIsNoAlertOfTheShopsNeitherClosedNorOverdue() {
        FigureTally tally = new FigureTally().addSamples(3);
        tally.add(raised(CaseStatus.RESOLVED, Duration.ofHours(2)), NOW);
        tally.add(raised(CaseStatus.WITHDRAWN, null), NOW);
        AlertFigures f = tally.figures();
        assertEquals(1, f.alerts());
        assertEquals(1, f.closed());
        assertEquals(0, f.overdueNow());
    }

    @Test
    void nothingToShareIsEmptyNotZero() {
        AlertFigures none = new FigureTally().figures();
        assertEquals(AlertFigures.NONE, none);
        assertTrue(none.shareAlerting().isEmpty());
        assertTrue(none.shareResolved().isEmpty());
        assertTrue(none.medianTimeToFirstContact().isEmpty());
        AlertFigures samplesOnly = new FigureTally().addSamples(12).figures();
        assertEquals(0.0, samplesOnly.shareAlerting().getAsDouble());
    }

    @Test
    void aDeadlineIsMetAtTheVeryInstantItFallsDue() {
        CaseFacts open = raised(CaseStatus.OPEN, null);
        assertFalse(open.overdueAt(RAISED.plus(Duration.ofHours(24))));
        assertTrue(open.overdueAt(RAISED.plus(Duration.ofHours(24)).plusMillis(1)));
        CaseFacts contacted = raised(CaseStatus.CONTACTED, Duration.ofHours(1));
        assertFalse(contacted.overdueAt(RAISED.plus(Duration.ofDays(7))), "contacted: only closure is due");
        assertTrue(contacted.overdueAt(RAISED.plus(Duration.ofDays(7)).plusMillis(1)));
        assertFalse(raised(CaseStatus.RESOLVED, Duration.ofHours(1)).overdueAt(RAISED.plus(Duration.ofDays(30))),
                "a closed case is never overdue");
    }

    @Test
    void aFirstContactBeforeTheAlertCountsAsNoTimeNotNegative() {
        CaseFacts early = new CaseFacts("g", "s", CaseStatus.CONTACTED, RAISED, RAISED.minusSeconds(5),
                RAISED.plus(Duration.ofHours(24)), RAISED.plus(Duration.ofDays(7)));
        assertEquals(Duration.ZERO, early.timeToFirstContact().orElseThrow());
    }

    @Test
    void aClosedCaseWithoutContactCountsAsClosedButNotInTheMedian() {
        AlertFigures f = new FigureTally().add(raised(CaseStatus.NOT_RESOLVED, null), NOW).figures();
        assertEquals(1, f.closed());
        assertEquals(0, f.contacted());
        assertEquals(0.0, f.shareResolved().getAsDouble());
        assertTrue(f.medianTimeToFirstContact().isEmpty());
    }
}
