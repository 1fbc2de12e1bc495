package org.dealerplatform.alerts.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a mail the SMTP server did not take again: the wait doubles from {@code first} up
 * to an hour; after {@code maxAttempts}, or a day after it was queued, the row is FAILED (an alert
 * mail a day late has lost its point; the inbox and the escalation still stand).
 */
public record RetryPolicy(Duration first, int maxAttempts, Duration giveUpAfter) {

    static final Duration CAP = Duration.ofHours(1);

    public RetryPolicy {
        if (first.isNegative() || first.isZero() || maxAttempts < 1 || giveUpAfter.isNegative()) {
            throw new IllegalArgumentException("a positive first wait and at least one attempt");
        }
    }

    public static RetryPolicy startingAfter(Duration first) {
        return new RetryPolicy(first, 30, Duration.ofDays(1));
    }

    /** The next attempt after {@code attempts} failed ones, or empty when the mail is given up. */
    public Optional<Instant> nextAttempt(int attempts, Instant queuedAt, Instant now) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(CAP) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        Instant next = now.plus(wait.compareTo(CAP) > 0 ? CAP : wait);
        return next.isAfter(queuedAt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
