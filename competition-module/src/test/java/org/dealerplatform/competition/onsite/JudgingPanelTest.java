package org.dealerplatform.competition.onsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dealerplatform.core.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class JudgingPanelTest {

    static final List<JudgingPanel.Weighted> RUBRIC = List.of(new JudgingPanel.Weighted("process", 0.4),
            new JudgingPanel.Weighted("skills", 0.4), new JudgingPanel.Weighted("communication", 0.2));

    @Test
    void aJudgesTotalIsTheWeightedMeanOfTheCriteria() {
        // 0.4 × 90 + 0.4 × 80 + 0.2 × 100 = 36 + 32 + 20 = 88
        assertEquals(88.0, JudgingPanel.total(Map.of("process", 90, "skills", 80, "communication", 100), RUBRIC), 1e-9);
    }

    @Test
    void withFewerThanFiveJudgesEveryTotalCounts() {
        // (70 + 80 + 96) / 3 = 82
        assertEquals(82.0, JudgingPanel.onSiteScore(List.of(70.0, 96.0, 80.0)), 1e-9);
        assertEquals(85.5, JudgingPanel.onSiteScore(List.of(81.0, 90.0, 85.0, 86.0)), 1e-9);
    }

    @Test
    void withFiveOrMoreJudgesTheHighestAndLowestAreDropped() {
        // 40 and 99 dropped: (80 + 84 + 86) / 3 = 83.333…
        assertEquals(250.0 / 3, JudgingPanel.onSiteScore(List.of(99.0, 80.0, 40.0, 84.0, 86.0)), 1e-9);
        // six judges: drop one 95 and the 60; (70 + 75 + 80 + 95) / 4 = 80
        assertEquals(80.0, JudgingPanel.onSiteScore(List.of(95.0, 60.0, 70.0, 75.0, 80.0, 95.0)), 1e-9);
        assertTrue(Double.isNaN(JudgingPanel.onSiteScore(List.of())));
    }

    @Test
    void theTeamResultWeighsTheOnSiteRoundByTheSeasonsWeight() {
        // 0.7 × 90 + 0.3 × 80 = 63 + 24 = 87
        assertEquals(87.0, JudgingPanel.teamResult(90, 80, 0.3), 1e-9);
    }

    @Test
    void scoresMustCoverTheRubricWithinZeroToHundred() {
        assertThrows(RuleViolation.class, () -> JudgingPanel.total(Map.of("process", 90, "skills", 80), RUBRIC));
        assertThrows(RuleViolation.class, () -> JudgingPanel.total(Map.of("process", 101, "skills", 80,
                "communication", 80), RUBRIC));
        assertThrows(RuleViolation.class, () -> JudgingPanel.total(Map.of("process", 90, "skills", 80,
                "communication", 80, "charm", 100), RUBRIC));
        assertThrows(RuleViolation.class, () -> JudgingPanel.checkWeights(List.of(new JudgingPanel.Weighted("a", 0.7),
                new JudgingPanel.Weighted("b", 0.7))));
        assertThrows(RuleViolation.class, () -> JudgingPanel.checkWeights(List.of(new JudgingPanel.Weighted("a", 0.5),
                new JudgingPanel.Weighted("a", 0.5))));
        JudgingPanel.checkWeights(RUBRIC);
    }
}
