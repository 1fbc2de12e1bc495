package org.dealerplatform.alerts.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A dealer group's own values for the alert rule. Each one left null means "as the national
 * rule"; a value given must be at least as strict as the national one (a higher threshold, the
 * complaint condition on). There is no way to switch a national condition off for a group.
 */
public record GroupAlertRule(Integer overallBelow, Integer itemAtOrBelow, Integer recommendationAtOrBelow,
                             Boolean complaint) {

    /** The group keeps the national rule as it is. */
    public static final GroupAlertRule AS_NATIONAL = new GroupAlertRule(null, null, null, null);

    public GroupAlertRule {
        Thresholds.check(overallBelow, itemAtOrBelow, recommendationAtOrBelow);
    }

    /**
     * Why this group rule would be looser than the national one, one reason per field; empty when
     * it is as strict or stricter everywhere. For the form that saves it.
     */
    public List<FieldRefusal> refusalsAgainst(AlertRule national) {
        List<FieldRefusal> refusals = new ArrayList<>();
        if (looser(overallBelow, national.overallBelow())) {
            refusals.add(new FieldRefusal(Thresholds.OVERALL, "must be at least the national " + national.overallBelow()
                    + ": a group may alert on more samples, never on fewer",
                    "rule.refused.overall", national.overallBelow()));
        }
        if (looser(itemAtOrBelow, national.itemAtOrBelow())) {
            refusals.add(new FieldRefusal(Thresholds.ITEM, "must be at least the national " + national.itemAtOrBelow()
                    + ": a group may alert on more samples, never on fewer",
                    "rule.refused.item", national.itemAtOrBelow()));
        }
        if (looser(recommendationAtOrBelow, national.recommendationAtOrBelow())) {
            refusals.add(new FieldRefusal(Thresholds.RECOMMENDATION, "must be at least the national "
                    + national.recommendationAtOrBelow() + ": a group may alert on more samples, never on fewer",
                    "rule.refused.recommendation", national.recommendationAtOrBelow()));
        }
        if (Boolean.FALSE.equals(complaint) && national.complaint()) {
            refusals.add(new FieldRefusal(Thresholds.COMPLAINT,
                    "cannot be switched off: the national rule alerts on every complaint", "rule.refused.complaint"));
        }
        return List.copyOf(refusals);
    }

    /**
     * The effective rule for the group's shops, refusing a group rule looser than the national
     * one with every reason at once.
     */
    public AlertRule effectiveWith(AlertRule national) {
        List<FieldRefusal> refusals = refusalsAgainst(national);
        if (!refusals.isEmpty()) {
            throw new StricterOnly(refusals);
        }
        return national.withGroup(this);
    }

    private static boolean looser(Integer group, Integer national) {
        return group != null && national != null && group < national;
    }
}
