package org.dealerplatform.survey.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.FieldError;
import org.dealerplatform.survey.questionnaire.Questionnaire;
import org.junit.jupiter.api.Test;

/** Validation of what customers send: every bad field reported at once, good input normalised. */
class SurveyInputTest {

    static final java.util.function.Predicate<String> ADVISORS = "adv-1"::equals;

    static Map<String, String> allAnswered(String value) {
        Map<String, String> answers = new HashMap<>();
        for (String code : new String[] {"A1", "A2", "A3", "T1", "T2", "Q1", "Q2", "P1", "P2", "F1", "F2"}) {
            answers.put(code, value);
        }
        return answers;
    }

    static SurveyInput input(Map<String, String> answers, String recommend, String comment, String phone) {
        return new SurveyInput(answers, recommend, "repair", "adv-1", " ro-17/3 ", comment, phone, "1.x", null);
    }

    static List<String> fields(SurveyInput input) {
        ApiException e = assertThrows(ApiException.class, () -> input.validate(Questionnaire.national(), ADVISORS));
        assertEquals(400, e.status());
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteSubmissionIsNormalised() {
        Submission s = input(allAnswered("8"), "9", "  很好  ", "+86 138-1234-5678").validate(Questionnaire.national(),
                ADVISORS);
        assertEquals(8, s.answers().get("Q1"));
        assertEquals(VisitType.REPAIR, s.visitType());
        assertEquals("RO-17/3", s.repairOrderNo());
        assertEquals("很好", s.comment());
        assertEquals("13812345678", s.phone());
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        Map<String, String> answers = allAnswered("8");
        answers.remove("F2");
        answers.put("A1", "11");
        answers.put("A2", "eight");
        answers.put("ZZ", "5");
        SurveyInput bad = new SurveyInput(answers, "12", "wash", "someone-else", "RO 1", "x".repeat(1001), "555",
                null, null);
        assertEquals(List.of("answers.ZZ", "answers.A1", "answers.A2", "answers.F2", "recommend", "visitType",
                "advisorId", "repairOrderNo", "comment", "phone"), fields(bad).stream().sorted((a, b) -> 0).toList());
    }

    @Test
    void theCommentLimitCountsCharactersNotBytes() {
        input(allAnswered("7"), "7", "好".repeat(1000), null).validate(Questionnaire.national(), ADVISORS);
        assertEquals(List.of("comment"), fields(input(allAnswered("7"), "7", "好".repeat(1001), null)));
        assertEquals(List.of("comment"), fields(input(allAnswered("7"), "7", "😀".repeat(1001), null)));
    }

    @Test
    void ratingsMustBeWholeNumbersFromOneToTen() {
        for (String bad : new String[] {"0", "11", "8.5", "-1", "ten"}) {
            Map<String, String> answers = allAnswered("8");
            answers.put("T1", bad);
            assertEquals(List.of("answers.T1"), fields(input(answers, "8", null, null)), bad);
        }
        assertEquals(List.of("recommend"), fields(input(allAnswered("8"), null, null, null)));
        input(allAnswered("1"), "0", null, null).validate(Questionnaire.national(), ADVISORS);
    }

    static SurveyInput withComplaint(String comment, String complaint) {
        return new SurveyInput(allAnswered("8"), "9", "repair", null, null, comment, null, null, null, complaint);
    }

    @Test
    void aTickedComplaintIsKeptWithItsCommentFromTheFormOrTheJson() {
        assertTrue(withComplaint("保养后异响没修好", "yes").validate(Questionnaire.national(), ADVISORS).complaint());
        assertTrue(withComplaint("still noisy", "true").validate(Questionnaire.national(), ADVISORS).complaint());
        assertFalse(withComplaint("还行", "false").validate(Questionnaire.national(), ADVISORS).complaint());
        assertFalse(withComplaint("还行", null).validate(Questionnaire.national(), ADVISORS).complaint());
        assertFalse(input(allAnswered("8"), "9", "ok", null).validate(Questionnaire.national(), ADVISORS).complaint(),
                "the form without the tick");
    }

    @Test
    void aComplaintWithoutACommentOrATickThatIsNotYesOrNoIsRefused() {
        assertEquals(List.of("complaint"), fields(withComplaint("  ", "yes")));
        assertEquals(List.of("complaint"), fields(withComplaint(null, "true")));
        assertEquals(List.of("complaint"), fields(withComplaint("差", "maybe")));
    }

    @Test
    void theComplaintIsPartOfWhatAnIdempotencyKeyIsBoundToOnlyWhenTicked() {
        Submission plain = withComplaint("差", null).validate(Questionnaire.national(), ADVISORS);
        Submission ticked = withComplaint("差", "yes").validate(Questionnaire.national(), ADVISORS);
        assertFalse(plain.canonical(null, 1).contains("cp="), "a key sent before the tick existed still matches");
        assertTrue(ticked.canonical(null, 1).endsWith("|cp=1"));
    }
}
