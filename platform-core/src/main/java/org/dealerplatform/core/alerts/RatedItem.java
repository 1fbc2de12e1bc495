package org.dealerplatform.core.alerts;

import java.util.Objects;
import org.dealerplatform.core.scores.Dimension;

/**
 * One question as the customer rated it, on the questionnaire's 1-10 scale (not the 0-100 item
 * score): alert rules speak the customer's scale, "rated 4 or lower". The dimension travels with
 * it so an alert can say "维修质量 Q1: 3" without knowing the questionnaire.
 */
public record RatedItem(String code, Dimension dimension, int rating) {

    public RatedItem {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a rated item needs its question code");
        }
        Objects.requireNonNull(dimension, "dimension");
        if (rating < 1 || rating > 10) {
            throw new IllegalArgumentException("a rating is 1 to 10, not " + rating);
        }
    }
}
