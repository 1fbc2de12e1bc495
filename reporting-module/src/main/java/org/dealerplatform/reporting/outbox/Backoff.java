package org.dealerplatform.reporting.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try a transiently failed mail again, and when to stop. The wait doubles from
 * {@code first} up to {@code cap} (1, 2, 4 … 32 min, then hourly by default), and each wait is cut
 * by a random share of up to {@code jitter} so that rows that failed together (a relay outage)
 * do not all come back in the same second. Jitter only shortens: the cap is a real upper bound.
 * The mail is given up after {@code maxAttempts} or once {@code giveUpAfter} has passed since it
 * was queued, whichever comes first.
 */
public record Backoff(Duration first, Duration cap, double jitter, int maxAttempts, Duration giveUpAfter) {

    /** Covers a relay that is down over a long weekend, then tells the operator. */
    public static final Backoff STANDARD =
            new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), 0.2, 80, Duration.ofDays(3));

    public Backoff {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("0 < first <= cap");
        }
        if (jitter < 0 || jitter >= 1 || maxAttempts < 1 || giveUpAfter.isNegative()) {
            throw new IllegalArgumentException("jitter in [0,1), at least one attempt");
        }
    }

    /** The nominal wait after the given number of failed attempts (1 → first). */
    public Duration nominalDelay(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("no failure yet");
        }
        Duration delay = first;
        for (int i = 1; i < failedAttempts && delay.compareTo(cap) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    /** The wait with jitter: within {@code [(1 - jitter) × nominal, nominal]}. */
    public Duration delay(int failedAttempts, RandomGenerator random) {
        Duration nominal = nominalDelay(failedAttempts);
        long cut = (long) (nominal.toMillis() * jitter * random.nextDouble());
        return nominal.minusMillis(cut);
    }

    /** True when no further attempt is allowed. */
    public boolean isUsedUp(int attempts, Instant queuedAt, Instant now) {
        return attempts >= maxAttempts || !now.isBefore(queuedAt.plus(giveUpAfter));
    }

    /** The next attempt, or empty when the mail should fail for good. */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant queuedAt, Instant now, RandomGenerator random) {
        if (isUsedUp(failedAttempts, queuedAt, now)) {
            return Optional.empty();
        }
        Instant next = now.plus(delay(failedAttempts, random));
        return next.isAfter(queuedAt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
