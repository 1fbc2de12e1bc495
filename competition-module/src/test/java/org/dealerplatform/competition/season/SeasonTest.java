package org.dealerplatform.competition.season;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class SeasonTest {

    static final Instant NOW = Instant.parse("2026-01-10T02:00:00Z");

    static Season season() {
        return new Season("2026", "2026 年度售后服务质量竞赛", new Season.Schedule(LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 2, 28), YearMonth.of(2026, 2), YearMonth.of(2026, 10)), Set.of(1), NOW);
    }

    @Test
    void everyStepGoesOneForwardAndOnlyAClosedSeasonReopens() {
        Season s = season();
        assertEquals(SeasonStatus.DRAFT, s.status());
        assertThrows(Conflict.class, () -> s.moveTo(SeasonStatus.COLLECTING, null, NOW), "no skipping enrolment");
        assertThrows(Conflict.class, () -> s.moveTo(SeasonStatus.DRAFT, null, NOW), "no standing still");
        s.moveTo(SeasonStatus.ENROLLING, null, NOW);
        assertThrows(Conflict.class, () -> s.moveTo(SeasonStatus.DRAFT, "oops", NOW), "no way back to draft");
        s.moveTo(SeasonStatus.COLLECTING, null, NOW);
        s.moveTo(SeasonStatus.CLOSED, null, NOW);
        RuleViolation noReason = assertThrows(RuleViolation.class, () -> s.moveTo(SeasonStatus.COLLECTING, " ", NOW));
        assertEquals("reason", noReason.field());
        assertEquals(SeasonStatus.CLOSED, s.moveTo(SeasonStatus.COLLECTING, "迟到的审核结论", NOW));
        s.moveTo(SeasonStatus.CLOSED, null, NOW);
        s.moveTo(SeasonStatus.FINAL, null, NOW);
        assertThrows(Conflict.class, () -> s.moveTo(SeasonStatus.COLLECTING, "too late", NOW), "final is final");
        assertFalse(s.published());
        s.moveTo(SeasonStatus.PUBLISHED, null, NOW);
        assertTrue(s.published());
        assertNotNull(s.publishedAt());
        assertThrows(Conflict.class, () -> s.moveTo(SeasonStatus.PUBLISHED, null, NOW));
    }

    @Test
    void theTransitionTableIsExactlyTheLifeCycle() {
        int allowed = 0;
        for (SeasonStatus from : SeasonStatus.values()) {
            for (SeasonStatus to : SeasonStatus.values()) {
                if (from.canMoveTo(to)) {
                    allowed++;
                }
            }
        }
        assertEquals(6, allowed, "five steps forward and one re-opening");
        assertTrue(SeasonStatus.CLOSED.canMoveTo(SeasonStatus.COLLECTING));
        assertFalse(SeasonStatus.FINAL.canMoveTo(SeasonStatus.CLOSED));
    }

    @Test
    void datesOutOfOrderAreRefusedWithTheFieldNamed() {
        assertEquals("enrolTo", assertThrows(RuleViolation.class, () -> new Season.Schedule(LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 10))).field());
        assertEquals("collectTo", assertThrows(RuleViolation.class, () -> new Season.Schedule(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 1), YearMonth.of(2026, 10), YearMonth.of(2026, 2))).field());
        assertEquals("enrolFrom", assertThrows(RuleViolation.class, () -> new Season.Schedule(LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 2, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 10))).field());
        assertEquals("collectTo", assertThrows(RuleViolation.class, () -> new Season.Schedule(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 1), YearMonth.of(2026, 1), YearMonth.of(2028, 1))).field());
        assertEquals("code", assertThrows(RuleViolation.class, () -> new Season("a b", "x", season().schedule(),
                Set.of(), NOW)).field());
    }

    @Test
    void enrolmentIsOpenOnlyWhileEnrollingAndInsideItsDates() {
        Season s = season();
        assertFalse(s.enrolmentOpen(LocalDate.of(2026, 1, 10)), "a draft takes no entries");
        s.moveTo(SeasonStatus.ENROLLING, null, NOW);
        assertFalse(s.enrolmentOpen(LocalDate.of(2026, 1, 4)));
        assertTrue(s.enrolmentOpen(LocalDate.of(2026, 1, 5)));
        assertTrue(s.enrolmentOpen(LocalDate.of(2026, 2, 28)));
        assertFalse(s.enrolmentOpen(LocalDate.of(2026, 3, 1)));
        assertFalse(s.collectionOver(YearMonth.of(2026, 10)));
        assertTrue(s.collectionOver(YearMonth.of(2026, 11)));
    }

    @Test
    void planAndRulesAreFixedOnceEnrolmentOpens() {
        Season s = season();
        s.replan("新名称", s.schedule(), Set.of(1, 2), NOW);
        assertEquals(java.util.List.of(1, 2), s.questionnaireVersionList());
        s.moveTo(SeasonStatus.ENROLLING, null, NOW);
        assertThrows(Conflict.class, () -> s.replan("又一个名称", s.schedule(), Set.of(1), NOW));
        assertTrue(s.status().rulesFixed());
        assertFalse(SeasonStatus.DRAFT.rulesFixed());
    }

    @Test
    void theDrawSeedIsFixedPerSeason() {
        assertEquals(season().drawSeed(), season().drawSeed());
    }
}
