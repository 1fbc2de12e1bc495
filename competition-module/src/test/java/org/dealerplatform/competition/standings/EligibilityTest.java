package org.dealerplatform.competition.standings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.dealerplatform.competition.enrolment.EntryStatus;
import org.dealerplatform.core.scores.ScoreTotals;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    static ScoreTotals totals(long valid, long suspect, long invalid) {
        return new ScoreTotals(valid, valid * 88.0, valid * 88.0 * 88.0, new double[5], new long[5], 0, 0, 0,
                suspect, invalid);
    }

    static List<Reason> reasons(EntryStatus status, boolean groupActive, ScoreTotals t) {
        return Eligibility.check(new Eligibility.Facts(status, "资料不全", groupActive, t, 50, 0.20)).stream()
                .map(Exclusion::reason).toList();
    }

    @Test
    void anApprovedEntryWithEnoughCleanSamplesIsEligible() {
        assertEquals(List.of(), reasons(EntryStatus.APPROVED, true, totals(50, 0, 0)));
    }

    @Test
    void everyReasonIsListedNotJustTheFirst() {
        // 30 valid, 6 suspect, 4 invalid: 10 of 40 flagged = 25 % > 20 %, 6 open cases
        assertEquals(List.of(Reason.WITHDRAWN, Reason.GROUP_SUSPENDED, Reason.TOO_FEW_SAMPLES, Reason.TOO_MANY_FLAGGED,
                Reason.OPEN_REVIEW_CASES), reasons(EntryStatus.WITHDRAWN, false, totals(30, 6, 4)));
    }

    @Test
    void statusReasons() {
        assertEquals(List.of(Reason.NOT_APPROVED), reasons(EntryStatus.PENDING, true, totals(80, 0, 0)));
        assertEquals(List.of(Reason.REJECTED), reasons(EntryStatus.REJECTED, true, totals(80, 0, 0)));
    }

    @Test
    void theFlaggedShareLimitIsInclusive() {
        // 80 valid + 20 invalid: exactly 20 % flagged is still allowed
        assertEquals(List.of(), reasons(EntryStatus.APPROVED, true, totals(80, 0, 20)));
        assertEquals(List.of(Reason.TOO_MANY_FLAGGED), reasons(EntryStatus.APPROVED, true, totals(79, 0, 21)));
    }

    @Test
    void reasonsReadAsSentencesInBothLanguages() {
        List<Exclusion> e = Eligibility.check(new Eligibility.Facts(EntryStatus.APPROVED, null, true,
                totals(12, 3, 0), 50, 0.20));
        assertEquals("有效样本 12 份，少于最低要求 50 份", e.get(0).text(Locale.SIMPLIFIED_CHINESE));
        assertEquals("12 valid samples, fewer than the minimum of 50", e.get(0).text(Locale.ENGLISH));
        assertEquals("3 samples still wait for review", e.get(1).text(Locale.ENGLISH));
        assertTrue(Reason.OPEN_REVIEW_CASES.held() && Reason.TOO_MANY_FLAGGED.held());
        assertTrue(!Reason.TOO_FEW_SAMPLES.held());
    }
}
