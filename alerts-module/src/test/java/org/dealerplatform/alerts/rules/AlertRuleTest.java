package org.dealerplatform.alerts.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dealerplatform.core.alerts.AlertAnswers;
import org.dealerplatform.core.alerts.RatedItem;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.scores.Dimension;
import org.junit.jupiter.api.Test;

class AlertRuleTest {

    private static final AlertRule NATIONAL = AlertRule.NATIONAL_DEFAULT;

    /** A content customer: every question 7 or better, would recommend (9), no complaint. */
    private static AlertAnswers content() {
        return answers(82.5, List.of(item("A1", Dimension.ADVISOR, 9), item("Q1", Dimension.QUALITY, 7)), 9, false);
    }

    private static AlertAnswers answers(double overall, List<RatedItem> items, Integer recommend, boolean complaint) {
        return new AlertAnswers(overall, items, recommend, complaint);
    }

    private static RatedItem item(String code, Dimension dimension, int rating) {
        return new RatedItem(code, dimension, rating);
    }

    private static AlertAnswers overall(double overall) {
        return answers(overall, List.of(item("A1", Dimension.ADVISOR, 8)), 8, false);
    }

    @Test
    void the_national_defaults_are_those_the_association_published() {
        assertEquals(new AlertRule(60, 4, 6, true), NATIONAL);
    }

    @Test
    void a_content_customer_raises_no_alert() {
        AlertEvaluation evaluation = NATIONAL.evaluate(content());
        assertFalse(evaluation.raisesAlert());
        assertEquals(List.of(), evaluation.triggers());
    }

    @Test
    void overall_below_60_alerts_60_itself_does_not() {
        assertEquals(Set.of(AlertCondition.LOW_OVERALL), NATIONAL.evaluate(overall(59.99)).conditions());
        assertEquals(new Trigger.LowOverall(new BigDecimal("52.30"), 60), NATIONAL.evaluate(overall(52.3)).triggers().get(0));
        assertFalse(NATIONAL.evaluate(overall(60.0)).raisesAlert());
    }

    @Test
    void overall_is_compared_as_shown_with_two_decimals() {
        // a double a hair below 60 is shown as 60.00: the customer's page and the alert must agree
        assertFalse(NATIONAL.evaluate(overall(59.999999999999996)).raisesAlert());
        assertFalse(NATIONAL.evaluate(overall(59.995)).raisesAlert(), "59.995 is shown as 60.00");
        assertTrue(NATIONAL.evaluate(overall(59.994)).raisesAlert(), "59.994 is shown as 59.99");
    }

    @Test
    void any_question_rated_4_or_lower_alerts_and_every_such_question_is_named_lowest_first() {
        AlertAnswers answers = answers(75, List.of(item("A1", Dimension.ADVISOR, 9), item("T2", Dimension.TIME, 4),
                item("P1", Dimension.PRICE, 2), item("F1", Dimension.FACILITIES, 5)), 8, false);
        AlertEvaluation evaluation = NATIONAL.evaluate(answers);
        assertEquals(List.of(new Trigger.LowItems(List.of(item("P1", Dimension.PRICE, 2), item("T2", Dimension.TIME, 4)), 4)),
                evaluation.triggers());

        AlertAnswers fives = answers(75, List.of(item("A1", Dimension.ADVISOR, 5)), 8, false);
        assertFalse(NATIONAL.evaluate(fives).raisesAlert(), "5 is above the threshold");
    }

    @Test
    void a_detractors_recommendation_0_to_6_alerts_and_an_unanswered_one_does_not() {
        for (int r = 0; r <= 6; r++) {
            AlertAnswers answers = answers(80, List.of(item("A1", Dimension.ADVISOR, 8)), r, false);
            assertEquals(List.of(new Trigger.LowRecommendation(r, 6)), NATIONAL.evaluate(answers).triggers(), "r=" + r);
        }
        for (Integer r : new Integer[] {7, 8, 9, 10, null}) {
            AlertAnswers answers = answers(80, List.of(item("A1", Dimension.ADVISOR, 8)), r, false);
            assertFalse(NATIONAL.evaluate(answers).raisesAlert(), "r=" + r);
        }
    }

    @Test
    void a_complaint_alerts_even_with_top_scores() {
        AlertAnswers answers = answers(100, List.of(item("A1", Dimension.ADVISOR, 10)), 10, true);
        assertEquals(List.of(new Trigger.Complaint()), NATIONAL.evaluate(answers).triggers());
    }

    @Test
    void every_condition_that_fired_is_reported_in_the_rules_order() {
        AlertAnswers answers = answers(41.67, List.of(item("Q1", Dimension.QUALITY, 3)), 2, true);
        AlertEvaluation evaluation = NATIONAL.evaluate(answers);
        assertEquals(List.of(AlertCondition.LOW_OVERALL, AlertCondition.LOW_ITEM, AlertCondition.LOW_RECOMMENDATION,
                AlertCondition.COMPLAINT), evaluation.triggers().stream().map(Trigger::condition).toList());
    }

    @Test
    void the_reasons_read_in_chinese_and_in_english_with_their_figures() {
        AlertAnswers answers = answers(41.67, List.of(item("Q1", Dimension.QUALITY, 3), item("P2", Dimension.PRICE, 4)), 2, true);
        AlertEvaluation evaluation = NATIONAL.evaluate(answers);
        assertEquals(List.of("总分 41.67，低于 60 分", "单项评分 4 分及以下：维修质量 Q1：3 分；服务价格 P2：4 分",
                "推荐意愿 2 分（0–10），不高于 6 分", "客户将留言标记为投诉"), evaluation.describe(Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of("Overall score 41.67, below 60", "Rated 4 or lower: Repair quality Q1: 3; Service price P2: 4",
                "Likelihood to recommend 2 (0-10), at most 6", "The customer marked the comment as a complaint"),
                evaluation.describe(Locale.ENGLISH));
    }

    @Test
    void a_rule_that_would_alert_on_every_sample_or_on_nothing_sensible_is_refused() {
        assertEquals("overallBelow", assertThrows(RuleViolation.class, () -> new AlertRule(101, 4, 6, true)).field());
        assertEquals("overallBelow", assertThrows(RuleViolation.class, () -> new AlertRule(0, 4, 6, true)).field());
        assertEquals("itemAtOrBelow", assertThrows(RuleViolation.class, () -> new AlertRule(60, 10, 6, true)).field());
        assertEquals("itemAtOrBelow", assertThrows(RuleViolation.class, () -> new AlertRule(60, 0, 6, true)).field());
        assertEquals("recommendationAtOrBelow",
                assertThrows(RuleViolation.class, () -> new AlertRule(60, 4, 10, true)).field());
        assertEquals("recommendationAtOrBelow",
                assertThrows(RuleViolation.class, () -> new GroupAlertRule(null, null, -1, null)).field());
    }

    @Test
    void the_association_may_switch_a_condition_off_nationally() {
        AlertRule noItems = new AlertRule(60, null, 6, true);
        AlertAnswers answers = answers(80, List.of(item("A1", Dimension.ADVISOR, 1)), 9, false);
        assertFalse(noItems.evaluate(answers).raisesAlert());
        assertTrue(NATIONAL.evaluate(answers).raisesAlert());
    }
}
