package org.dealerplatform.survey.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.survey.questionnaire.Questionnaire;
import org.dealerplatform.survey.scoring.SampleScore;
import org.dealerplatform.survey.screening.Reason;
import org.dealerplatform.survey.screening.SampleStatus;
import org.dealerplatform.survey.screening.Verdict;
import org.junit.jupiter.api.Test;

/** Only a SUSPECT sample is settled by the reviewer, and only once; its reasons stay with it. */
class SurveyResponseTest {

    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    static SurveyResponse sample(Verdict verdict) {
        Submission submission = new Submission(Map.of("A1", 9, "T1", 8), 9, VisitType.REPAIR, null, "RO-1", null, null,
                null);
        ShopProfile shop = new ShopProfile("s-1", "demo-group-a", "A1", "浦东店", "TOYOTA", "丰田", "Toyota", "31", "上海",
                true);
        Answered answered = new Answered(submission, shop, Questionnaire.national(), "token-1", null, null, null, 12,
                "key-00000001", "hash");
        SampleScore score = new SampleScore(85.0, Map.of(Dimension.ADVISOR, 90.0), 9);
        return new SurveyResponse(answered, score, verdict, "2026-03", NOW);
    }

    @Test
    void aSuspectSampleIsSettledOnceAndKeepsItsReasons() {
        SurveyResponse suspect = sample(new Verdict(SampleStatus.SUSPECT, List.of(Reason.TOO_FAST)));
        suspect.settle(false, NOW.plusSeconds(60));
        assertEquals(SampleStatus.INVALID, suspect.status());
        assertEquals("TOO_FAST", suspect.reasons());

        Conflict again = assertThrows(Conflict.class, () -> suspect.settle(true, NOW.plusSeconds(120)));
        assertEquals("only a SUSPECT sample can be reviewed; this one is INVALID", again.getMessage());
        assertNull(again.field());
        assertFalse(again.isDuplicate());
        assertEquals(SampleStatus.INVALID, suspect.status(), "the first decision stands");
    }

    @Test
    void aValidSampleIsNotForReview() {
        SurveyResponse valid = sample(new Verdict(SampleStatus.VALID, List.of()));
        Conflict refused = assertThrows(Conflict.class, () -> valid.settle(false, NOW));
        assertEquals("only a SUSPECT sample can be reviewed; this one is VALID", refused.getMessage());
        assertEquals(SampleStatus.VALID, valid.status());
    }
}
