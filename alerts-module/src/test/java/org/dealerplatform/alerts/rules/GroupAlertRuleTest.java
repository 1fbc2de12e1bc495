package org.dealerplatform.alerts.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dealerplatform.core.alerts.AlertAnswers;
import org.dealerplatform.core.alerts.RatedItem;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.scores.Dimension;
import org.junit.jupiter.api.Test;

class GroupAlertRuleTest {

    private static final AlertRule NATIONAL = AlertRule.NATIONAL_DEFAULT;

    private static AlertAnswers sample(double overall, int lowestRating, Integer recommend) {
        return new AlertAnswers(overall, List.of(new RatedItem("T1", Dimension.TIME, lowestRating)), recommend, false);
    }

    @Test
    void a_group_that_sets_nothing_has_the_national_rule() {
        assertEquals(NATIONAL, GroupAlertRule.AS_NATIONAL.effectiveWith(NATIONAL));
    }

    @Test
    void a_stricter_group_alerts_on_samples_the_nation_lets_pass() {
        GroupAlertRule strict = new GroupAlertRule(70, 5, 8, null);
        AlertRule effective = strict.effectiveWith(NATIONAL);
        assertEquals(new AlertRule(70, 5, 8, true), effective);

        AlertAnswers lukewarm = sample(65, 7, 9);
        assertFalse(NATIONAL.evaluate(lukewarm).raisesAlert());
        assertEquals(List.of(new Trigger.LowOverall(new java.math.BigDecimal("65.00"), 70)),
                effective.evaluate(lukewarm).triggers());

        assertEquals(List.of(AlertCondition.LOW_ITEM), effective.evaluate(sample(80, 5, 9)).triggers().stream()
                .map(Trigger::condition).toList());
        assertEquals(List.of(AlertCondition.LOW_RECOMMENDATION), effective.evaluate(sample(80, 8, 8)).triggers()
                .stream().map(Trigger::condition).toList(), "a passive (7-8) alerts for this group");
    }

    @Test
    void a_group_value_equal_to_the_national_one_is_accepted() {
        assertEquals(NATIONAL, new GroupAlertRule(60, 4, 6, true).effectiveWith(NATIONAL));
    }

    @Test
    void a_looser_value_is_refused_with_a_reason_for_each_field() {
        GroupAlertRule loose = new GroupAlertRule(50, 3, 4, false);
        List<FieldRefusal> refusals = loose.refusalsAgainst(NATIONAL);
        assertEquals(List.of("overallBelow", "itemAtOrBelow", "recommendationAtOrBelow", "complaint"),
                refusals.stream().map(FieldRefusal::field).toList());
        assertEquals("must be at least the national 60: a group may alert on more samples, never on fewer",
                refusals.get(0).message());
        assertEquals(List.of(60), refusals.get(0).arguments());

        StricterOnly refused = assertThrows(StricterOnly.class, () -> loose.effectiveWith(NATIONAL));
        assertEquals(refusals, refused.refusals());
        assertEquals("overallBelow", refused.field(), "a RuleViolation the error mapping already answers with 400");
        assertTrue(refused instanceof RuleViolation);
    }

    @Test
    void only_the_looser_fields_are_refused() {
        List<FieldRefusal> refusals = new GroupAlertRule(75, 3, null, true).refusalsAgainst(NATIONAL);
        assertEquals(List.of("itemAtOrBelow"), refusals.stream().map(FieldRefusal::field).toList());
    }

    @Test
    void a_group_rule_saved_before_the_nation_tightened_is_outvoted_never_looser() {
        GroupAlertRule savedEarlier = new GroupAlertRule(65, null, null, null);
        AlertRule tightened = new AlertRule(70, 4, 6, true);
        assertEquals(70, tightened.withGroup(savedEarlier).overallBelow());
        assertEquals(75, tightened.withGroup(new GroupAlertRule(75, null, null, null)).overallBelow());
    }

    @Test
    void a_group_can_switch_on_a_condition_the_nation_switched_off_but_not_the_reverse() {
        AlertRule nationalWithoutComplaints = new AlertRule(60, 4, null, false);
        AlertRule effective = new GroupAlertRule(null, null, 6, true).effectiveWith(nationalWithoutComplaints);
        assertEquals(new AlertRule(60, 4, 6, true), effective);
        assertEquals(nationalWithoutComplaints,
                new GroupAlertRule(null, null, null, false).effectiveWith(nationalWithoutComplaints),
                "off where the nation is off is not looser");

        FieldRefusal refusal = new GroupAlertRule(null, null, null, false).refusalsAgainst(NATIONAL).get(0);
        assertEquals("complaint", refusal.field());
        assertEquals("rule.refused.complaint", refusal.messageKey());
    }

    @Test
    void a_group_cannot_switch_a_national_condition_off_by_leaving_it_empty() {
        AlertRule effective = new GroupAlertRule(null, null, null, null).effectiveWith(NATIONAL);
        assertTrue(effective.evaluate(sample(80, 2, 9)).raisesAlert());
    }
}
