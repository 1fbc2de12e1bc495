package org.dealerplatform.alerts.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseHistoryTest {

    static final Instant RAISED = Instant.parse("2025-03-01T02:00:00Z");

    @Test
    void replayingTheStepsGivesTheSameCaseThroughCloseAndReopen() {
        AlertCase original = AlertCase.open("a-1", RAISED);
        original.moveTo(CaseStatus.CONTACTED, "li", RAISED.plusSeconds(600), null, null);
        original.moveTo(CaseStatus.NOT_RESOLVED, "wang", RAISED.plusSeconds(1200), "不同意方案", NotResolvedReason.NO_AGREEMENT);
        original.moveTo(CaseStatus.CONTACTED, "wang", RAISED.plusSeconds(1800), "客户回电", null);
        original.moveTo(CaseStatus.RESOLVED, "wang", RAISED.plusSeconds(2400), "已免费返修", null);

        AlertCase rebuilt = CaseHistory.rebuild("a-1", RAISED, original.steps(), null);

        assertEquals(original.steps(), rebuilt.steps());
        assertEquals(CaseStatus.RESOLVED, rebuilt.status());
        assertEquals(Optional.of("li"), rebuilt.owner());
        assertEquals(original.firstContactAt(), rebuilt.firstContactAt());
        assertEquals(original.lastReopenedAt(), rebuilt.lastReopenedAt());
    }

    @Test
    void theEscalationGoesBackBetweenTheStepsWhereItHappened() {
        AlertCase original = AlertCase.open("a-2", RAISED);
        Instant escalated = RAISED.plusSeconds(86_401);
        original.recordEscalation(escalated);
        original.moveTo(CaseStatus.CONTACTED, "li", escalated.plusSeconds(60), null, null);

        AlertCase rebuilt = CaseHistory.rebuild("a-2", RAISED, original.steps(), escalated);

        assertEquals(Optional.of(escalated), rebuilt.escalatedAt());
        assertEquals(CaseStatus.CONTACTED, rebuilt.status());
    }

    @Test
    void aNewStepIsNeverEarlierThanTheLatestOne() {
        AlertCase c = AlertCase.open("a-3", RAISED);
        assertEquals(RAISED, CaseHistory.notBeforeLatest(c, RAISED.minusMillis(5)), "a node whose clock is behind");
        assertEquals(RAISED.plusSeconds(1), CaseHistory.notBeforeLatest(c, RAISED.plusSeconds(1)));
    }
}
