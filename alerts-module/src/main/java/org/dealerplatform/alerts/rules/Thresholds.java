package org.dealerplatform.alerts.rules;

import java.util.ArrayList;
import java.util.List;
import org.dealerplatform.core.domain.RuleViolation;

/**
 * The bounds every rule keeps, national or a group's. A threshold that would alert on every
 * sample (a top rating, "below 101") is refused: it would bury the customers who need a call.
 */
final class Thresholds {

    static final String OVERALL = "overallBelow";
    static final String ITEM = "itemAtOrBelow";
    static final String RECOMMENDATION = "recommendationAtOrBelow";
    static final String COMPLAINT = "complaint";

    private Thresholds() {
    }

    static void check(Integer overallBelow, Integer itemAtOrBelow, Integer recommendationAtOrBelow) {
        List<FieldRefusal> refusals = outOfRange(overallBelow, itemAtOrBelow, recommendationAtOrBelow);
        if (!refusals.isEmpty()) {
            throw new RuleViolation(refusals.get(0).field(), refusals.get(0).message());
        }
    }

    /** Every threshold outside its bounds, one refusal each, for a form that marks them all at once. */
    static List<FieldRefusal> outOfRange(Integer overallBelow, Integer itemAtOrBelow, Integer recommendationAtOrBelow) {
        List<FieldRefusal> refusals = new ArrayList<>();
        within(refusals, OVERALL, overallBelow, 1, 100,
                "must be a whole score from 1 to 100 (the sample alerts below it)", "rule.range.overall");
        within(refusals, ITEM, itemAtOrBelow, 1, 9,
                "must be a rating from 1 to 9 (a question rated this or lower alerts)", "rule.range.item");
        within(refusals, RECOMMENDATION, recommendationAtOrBelow, 0, 9,
                "must be an answer from 0 to 9 (a recommendation this or lower alerts)", "rule.range.recommendation");
        return refusals;
    }

    private static void within(List<FieldRefusal> refusals, String field, Integer value, int min, int max,
                               String message, String key) {
        if (value != null && (value < min || value > max)) {
            refusals.add(new FieldRefusal(field, message, key));
        }
    }

    /** The stricter of two thresholds where a higher value alerts on more samples; null is "off". */
    static Integer stricter(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.max(a, b);
    }
}
