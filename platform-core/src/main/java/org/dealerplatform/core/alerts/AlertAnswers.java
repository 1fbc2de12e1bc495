package org.dealerplatform.core.alerts;

import java.util.List;
import java.util.OptionalInt;

/**
 * The answers of one screened sample that an alert rule reads, each on its own scale:
 * <ul>
 * <li>{@code overall}: the sample's overall score, 0-100, as the scoring method computed it;</li>
 * <li>{@code items}: every answered question, rated 1-10;</li>
 * <li>{@code recommendation}: the 0-10 "would you recommend" answer, null when not answered;</li>
 * <li>{@code complaint}: the customer ticked "this comment is a complaint".</li>
 * </ul>
 * Nothing here identifies the customer: no comment text, no phone number.
 */
public record AlertAnswers(double overall, List<RatedItem> items, Integer recommendation, boolean complaint) {

    public AlertAnswers {
        if (Double.isNaN(overall) || overall < 0 || overall > 100) {
            throw new IllegalArgumentException("an overall score is 0 to 100, not " + overall);
        }
        items = List.copyOf(items);
        if (recommendation != null && (recommendation < 0 || recommendation > 10)) {
            throw new IllegalArgumentException("a recommendation is 0 to 10, not " + recommendation);
        }
    }

    public OptionalInt recommendationGiven() {
        return recommendation == null ? OptionalInt.empty() : OptionalInt.of(recommendation);
    }
}
