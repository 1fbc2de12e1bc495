package org.dealerplatform.alerts.retention;

import java.time.Duration;
import java.util.Objects;

/**
 * The retention of contact data. {@code keepAtMost} runs from the alert, not from the consent:
 * consent comes within an hour after the alert, so counting from the alert erases a little early,
 * never late, and the sweep needs only the alert's time. Bounded by the 30 days the published
 * consent text promises: a longer period needs a new consent version first.
 */
public record RetentionRule(Duration keepAtMost, boolean eraseOnClosure) {

    static final Duration PROMISED = Duration.ofDays(30);

    public static final RetentionRule CONTACT_DATA = new RetentionRule(PROMISED, true);

    public RetentionRule {
        Objects.requireNonNull(keepAtMost, "keepAtMost");
        if (keepAtMost.isNegative() || keepAtMost.isZero() || keepAtMost.compareTo(PROMISED) > 0) {
            throw new IllegalArgumentException("contact data is kept more than nothing and at most " + PROMISED.toDays()
                    + " days, as the consent text promises");
        }
    }
}
