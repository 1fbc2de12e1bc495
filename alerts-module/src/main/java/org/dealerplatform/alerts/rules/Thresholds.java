package org.dealerplatform.alerts.rules;

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
        within(OVERALL, overallBelow, 1, 100, "must be a whole score from 1 to 100 (the sample alerts below it)");
        within(ITEM, itemAtOrBelow, 1, 9, "must be a rating from 1 to 9 (a question rated this or lower alerts)");
        within(RECOMMENDATION, recommendationAtOrBelow, 0, 9,
                "must be an answer from 0 to 9 (a recommendation this or lower alerts)");
    }

    private static void within(String field, Integer value, int min, int max, String message) {
        if (value != null && (value < min || value > max)) {
            throw new RuleViolation(field, message);
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
