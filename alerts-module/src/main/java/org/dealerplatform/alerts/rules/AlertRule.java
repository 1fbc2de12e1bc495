package org.dealerplatform.alerts.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dealerplatform.core.alerts.AlertAnswers;
import org.dealerplatform.core.alerts.RatedItem;

/**
 * A complete alert rule: the national one, or the effective one of a dealer group. Each condition
 * is a threshold on the customer's own scale; null switches the condition off (the association
 * may do that nationally, a group can only switch it back on).
 *
 * @param overallBelow            the sample alerts when its overall score (0-100) is below this
 * @param itemAtOrBelow           ... when any question is rated (1-10) this or lower
 * @param recommendationAtOrBelow ... when the recommendation (0-10) is this or lower
 * @param complaint               ... when the customer flagged their comment as a complaint
 */
public record AlertRule(Integer overallBelow, Integer itemAtOrBelow, Integer recommendationAtOrBelow,
                        boolean complaint) {

    /**
     * The association's defaults: overall below 60, any question rated 4 or lower, a detractor's
     * recommendation (0-6, as in NPS), or a complaint.
     */
    public static final AlertRule NATIONAL_DEFAULT = new AlertRule(60, 4, 6, true);

    public AlertRule {
        Thresholds.check(overallBelow, itemAtOrBelow, recommendationAtOrBelow);
    }

    /**
     * Why these values cannot be the national rule, one refusal per field: a threshold out of
     * bounds, the complaint condition not said (true or false), or every condition off. A national
     * rule that never alerts would leave every unhappy customer without a call unless their group
     * stepped in; the association switches conditions off one by one, never all.
     */
    public static List<FieldRefusal> refusalsAsNational(Integer overallBelow, Integer itemAtOrBelow,
                                                        Integer recommendationAtOrBelow, Boolean complaint) {
        List<FieldRefusal> refusals = new ArrayList<>(Thresholds.outOfRange(overallBelow, itemAtOrBelow,
                recommendationAtOrBelow));
        if (complaint == null) {
            refusals.add(new FieldRefusal(Thresholds.COMPLAINT, "is required: true or false",
                    "rule.national.complaintRequired"));
        } else if (!complaint && overallBelow == null && itemAtOrBelow == null && recommendationAtOrBelow == null) {
            refusals.add(new FieldRefusal(Thresholds.COMPLAINT, "at least one condition must stay on:"
                    + " a national rule that never alerts leaves every unhappy customer without a call",
                    "rule.national.allOff"));
        }
        return List.copyOf(refusals);
    }

    /** Whether this rule alerts on at least every sample {@code other} alerts on (each threshold as high, each condition on). */
    public boolean atLeastAsStrictAs(AlertRule other) {
        return notLooser(overallBelow, other.overallBelow) && notLooser(itemAtOrBelow, other.itemAtOrBelow)
                && notLooser(recommendationAtOrBelow, other.recommendationAtOrBelow) && (complaint || !other.complaint);
    }

    private static boolean notLooser(Integer mine, Integer theirs) {
        return theirs == null || (mine != null && mine >= theirs);
    }

    /**
     * This rule (the national one) with a group's own values where they are stricter. Never
     * looser, even for a group value saved before the association tightened its rule: the group's
     * value is then simply outvoted.
     */
    public AlertRule withGroup(GroupAlertRule group) {
        return new AlertRule(Thresholds.stricter(overallBelow, group.overallBelow()),
                Thresholds.stricter(itemAtOrBelow, group.itemAtOrBelow()),
                Thresholds.stricter(recommendationAtOrBelow, group.recommendationAtOrBelow()),
                complaint || Boolean.TRUE.equals(group.complaint()));
    }

    /** Every condition this sample meets; none means no alert. */
    public AlertEvaluation evaluate(AlertAnswers answers) {
        List<Trigger> triggers = new ArrayList<>();
        BigDecimal overall = shown(answers.overall());
        if (overallBelow != null && overall.compareTo(BigDecimal.valueOf(overallBelow)) < 0) {
            triggers.add(new Trigger.LowOverall(overall, overallBelow));
        }
        if (itemAtOrBelow != null) {
            List<RatedItem> low = answers.items().stream().filter(i -> i.rating() <= itemAtOrBelow)
                    .sorted(Comparator.comparingInt(RatedItem::rating).thenComparing(RatedItem::code)).toList();
            if (!low.isEmpty()) {
                triggers.add(new Trigger.LowItems(low, itemAtOrBelow));
            }
        }
        if (recommendationAtOrBelow != null && answers.recommendation() != null
                && answers.recommendation() <= recommendationAtOrBelow) {
            triggers.add(new Trigger.LowRecommendation(answers.recommendation(), recommendationAtOrBelow));
        }
        if (complaint && answers.complaint()) {
            triggers.add(new Trigger.Complaint());
        }
        return new AlertEvaluation(triggers);
    }

    /**
     * The overall score as the API shows it (two decimals): a sample shown as 60.00 must not alert
     * as "below 60" because the double behind it is 59.999999999999996.
     */
    private static BigDecimal shown(double overall) {
        return BigDecimal.valueOf(overall).setScale(2, RoundingMode.HALF_UP);
    }
}
