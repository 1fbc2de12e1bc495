package org.dealerplatform.survey.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.dealerplatform.survey.screening.ScreeningPolicy;

/**
 * How long each hash is kept: the window of the screening rule that compares it ({@code SampleStore}
 * counts earlier phones and devices over the repeat window, addresses over the burst window), which
 * is also how long the review grouping joins samples on it ({@code CauseKind#window}), plus a
 * margin for clocks of several nodes and transactions in flight. Older, a hash decides nothing and
 * is only a trace of a person.
 */
public record HashRetention(ScreeningPolicy policy, Duration margin) {

    public HashRetention {
        Objects.requireNonNull(policy, "policy");
        if (margin == null || margin.isNegative()) {
            throw new IllegalArgumentException("the margin is zero or more");
        }
    }

    /** How long after its sample a hash may still be compared, plus the margin. */
    public Duration keep(TracedHash hash) {
        return hash.cause().window(policy).plus(margin);
    }

    /** Hashes of samples submitted before this moment are cleared at {@code now}. */
    public Instant clearBefore(TracedHash hash, Instant now) {
        return now.minus(keep(hash));
    }
}
