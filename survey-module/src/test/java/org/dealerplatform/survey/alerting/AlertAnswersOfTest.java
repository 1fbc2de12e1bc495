package org.dealerplatform.survey.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dealerplatform.core.alerts.AlertAnswers;
import org.dealerplatform.core.alerts.RatedItem;
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.survey.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;

class AlertAnswersOfTest {

    @Test
    void eachAnsweredQuestionWithItsDimensionOnTheCustomersScale() {
        AlertAnswers answers = AlertAnswersOf.of(Questionnaire.national(), "{\"A1\":3,\"Q1\":10,\"F2\":1}", 4, 52.5,
                false);
        assertEquals(List.of(new RatedItem("A1", Dimension.ADVISOR, 3), new RatedItem("Q1", Dimension.QUALITY, 10),
                new RatedItem("F2", Dimension.FACILITIES, 1)), answers.items());
        assertEquals(4, answers.recommendation());
        assertEquals(52.5, answers.overall());
        assertFalse(answers.complaint(), "not ticked");
    }

    @Test
    void theComplaintTickStoredWithTheSampleIsReportedForTheRule() {
        AlertAnswers answers = AlertAnswersOf.of(Questionnaire.national(), "{\"A1\":9}", 9, 90.0, true);
        assertTrue(answers.complaint(), "a sample scored well can still carry a complaint");
    }

    @Test
    void codesTheQuestionnaireDoesNotHaveAreLeftOutAndNoRecommendationStaysNull() {
        AlertAnswers answers = AlertAnswersOf.of(Questionnaire.national(), "{\"ZZ\":1,\"T1\":7}", null, 66.0, false);
        assertEquals(List.of(new RatedItem("T1", Dimension.TIME, 7)), answers.items());
        assertNull(answers.recommendation());
    }
}
