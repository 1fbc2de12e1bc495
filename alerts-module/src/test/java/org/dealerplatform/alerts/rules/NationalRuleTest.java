package org.dealerplatform.alerts.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dealerplatform.core.alerts.AlertAnswers;
import org.dealerplatform.core.alerts.RatedItem;
import org.dealerplatform.core.scores.Dimension;
import org.junit.jupiter.api.Test;

/** The national rule as the association edits it, and group rules judged against the rule in force. */
class NationalRuleTest {

    private static AlertAnswers sample(double overall, int lowestRating, Integer recommend, boolean complaint) {
        return new AlertAnswers(overall, List.of(new RatedItem("Q1", Dimension.QUALITY, lowestRating)), recommend,
                complaint);
    }

    private static List<String> fields(List<FieldRefusal> refusals) {
        return refusals.stream().map(FieldRefusal::field).toList();
    }

    @Test
    void the_association_may_set_any_rule_within_bounds_and_switch_conditions_off_one_by_one() {
        assertEquals(List.of(), AlertRule.refusalsAsNational(70, 5, 7, true));
        assertEquals(List.of(), AlertRule.refusalsAsNational(null, 4, null, false));
        assertEquals(List.of(), AlertRule.refusalsAsNational(null, null, null, true), "complaints alone");
    }

    @Test
    void every_bad_field_is_named_at_once() {
        List<FieldRefusal> refusals = AlertRule.refusalsAsNational(101, 10, -1, null);
        assertEquals(List.of("overallBelow", "itemAtOrBelow", "recommendationAtOrBelow", "complaint"),
                fields(refusals));
        assertEquals("must be a whole score from 1 to 100 (the sample alerts below it)", refusals.get(0).message());
        assertEquals("is required: true or false", refusals.get(3).message());
        assertEquals(List.of("overallBelow"), fields(AlertRule.refusalsAsNational(0, null, null, true)));
    }

    @Test
    void a_national_rule_that_never_alerts_is_refused() {
        List<FieldRefusal> refusals = AlertRule.refusalsAsNational(null, null, null, false);
        assertEquals(List.of("complaint"), fields(refusals));
        assertEquals("rule.national.allOff", refusals.get(0).messageKey());
    }

    @Test
    void a_stricter_national_rule_alerts_on_a_sample_the_default_let_pass() {
        AlertAnswers lukewarm = sample(65, 6, 8, false);
        assertFalse(AlertRule.NATIONAL_DEFAULT.evaluate(lukewarm).raisesAlert());
        AlertRule edited = new AlertRule(70, 4, 6, true);
        assertEquals(List.of(AlertCondition.LOW_OVERALL), edited.evaluate(lukewarm).triggers().stream()
                .map(Trigger::condition).toList());
    }

    @Test
    void a_group_rule_is_judged_against_the_current_national_rule_not_the_default() {
        AlertRule tightened = new AlertRule(70, 5, 7, true);
        GroupAlertRule fineUnderTheDefault = new GroupAlertRule(65, 4, 6, null);
        assertEquals(List.of(), fineUnderTheDefault.refusalsAgainst(AlertRule.NATIONAL_DEFAULT));
        assertEquals(List.of("overallBelow", "itemAtOrBelow", "recommendationAtOrBelow"),
                fields(fineUnderTheDefault.refusalsAgainst(tightened)), "now looser than the nation: refused on save");

        AlertRule loosened = new AlertRule(50, 3, 5, true);
        assertEquals(List.of(), new GroupAlertRule(55, null, null, null).refusalsAgainst(loosened),
                "a value below the old national one is stricter than the new");
    }

    @Test
    void a_group_saved_before_the_nation_tightened_keeps_the_stricter_of_both_field_by_field() {
        GroupAlertRule saved = new GroupAlertRule(75, 3, null, null);
        AlertRule tightened = new AlertRule(70, 5, 7, true);
        AlertRule effective = tightened.withGroup(saved);
        assertEquals(new AlertRule(75, 5, 7, true), effective);
        assertTrue(effective.atLeastAsStrictAs(tightened));
        assertTrue(effective.atLeastAsStrictAs(new AlertRule(75, 3, null, false)));
        assertFalse(tightened.atLeastAsStrictAs(effective));
        assertTrue(effective.evaluate(sample(72, 9, 9, false)).raisesAlert(), "the group's 75 still applies");
        assertTrue(effective.evaluate(sample(90, 5, 9, false)).raisesAlert(), "the nation's new 5 applies too");
    }

    @Test
    void a_complaint_raises_an_alert_whatever_the_scores_while_the_rule_says_so() {
        AlertAnswers happyButComplaining = sample(95, 9, 10, true);
        assertEquals(List.of(AlertCondition.COMPLAINT), AlertRule.NATIONAL_DEFAULT.evaluate(happyButComplaining)
                .triggers().stream().map(Trigger::condition).toList());
        assertFalse(new AlertRule(60, 4, 6, false).evaluate(happyButComplaining).raisesAlert());
    }
}
