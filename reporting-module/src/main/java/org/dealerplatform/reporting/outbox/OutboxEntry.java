package org.dealerplatform.reporting.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * One report mail to one recipient and where it stands. Each step is a domain-named method that
 * refuses to run from a state the rules do not allow ({@link OutboxTransitionRefused}):
 * <pre>
 * PENDING ──claim──▶ SENDING ──sent──▶ SENT
 *                     │  ├─transient failure──▶ RETRY_WAIT ──claim (due)──▶ SENDING
 *                     │  │                    └▶ FAILED (attempts or time used up)
 *                     │  └─refused for good──▶ FAILED
 *                     └─claim again after the lease (the node died)
 * PENDING, RETRY_WAIT, SENDING ──unsubscribed──▶ SKIPPED
 * </pre>
 * An attempt is counted when the row is claimed, so a mail that kills its node each time still
 * runs out of attempts.
 */
public final class OutboxEntry {

    private final OutboxKey key;
    private final Instant queuedAt;
    private OutboxState state;
    private int attempts;
    private Instant claimedAt;
    private Instant nextAttemptAt;
    private Instant finishedAt;
    private String lastError;

    private OutboxEntry(OutboxKey key, Instant queuedAt) {
        this.key = key;
        this.queuedAt = queuedAt;
        this.state = OutboxState.PENDING;
    }

    public static OutboxEntry queue(OutboxKey key, Instant now) {
        if (key == null || now == null) {
            throw new IllegalArgumentException("key and time are required");
        }
        return new OutboxEntry(key, now);
    }

    /** Rebuilds a row read from storage; trusts it as stored. */
    public static OutboxEntry restore(OutboxKey key, Instant queuedAt, OutboxState state, int attempts,
                                      Instant claimedAt, Instant nextAttemptAt, Instant finishedAt, String lastError) {
        OutboxEntry entry = new OutboxEntry(key, queuedAt);
        entry.state = state;
        entry.attempts = attempts;
        entry.claimedAt = claimedAt;
        entry.nextAttemptAt = nextAttemptAt;
        entry.finishedAt = finishedAt;
        entry.lastError = lastError;
        return entry;
    }

    /**
     * Whether a sender may take this row now: pending, due for a retry, or sending under a claim
     * older than the lease (its node died). The claiming SQL must say exactly the same.
     */
    public boolean isClaimable(Instant now, Duration lease) {
        return switch (state) {
            case PENDING -> true;
            case RETRY_WAIT -> !now.isBefore(nextAttemptAt);
            case SENDING -> !now.isBefore(claimedAt.plus(lease));
            default -> false;
        };
    }

    /**
     * Takes the row for one attempt. Returns false, and fails the row for good, when it was taken
     * back from a dead node after its last allowed attempt.
     */
    public boolean claim(Instant now, Duration lease, Backoff backoff) {
        if (!isClaimable(now, lease)) {
            throw new OutboxTransitionRefused(state, "be claimed now");
        }
        if (state == OutboxState.SENDING && backoff.isUsedUp(attempts, queuedAt, now)) {
            finish(OutboxState.FAILED, now, "lease expired on the last attempt");
            return false;
        }
        state = OutboxState.SENDING;
        attempts++;
        claimedAt = now;
        nextAttemptAt = null;
        return true;
    }

    public void markSent(Instant now) {
        requireSending("be marked sent");
        finish(OutboxState.SENT, now, null);
    }

    /** Connection trouble or a 4xx: wait and try again, or give up once the backoff is used up. */
    public void deferAfterTransientFailure(String reason, Instant now, Backoff backoff, RandomGenerator random) {
        requireSending("wait for a retry");
        Optional<Instant> next = backoff.nextAttempt(attempts, queuedAt, now, random);
        if (next.isEmpty()) {
            finish(OutboxState.FAILED, now, reason);
            return;
        }
        state = OutboxState.RETRY_WAIT;
        nextAttemptAt = next.get();
        claimedAt = null;
        lastError = reason;
    }

    /** A 5xx for this recipient or message: retrying cannot help. */
    public void failForGood(String reason, Instant now) {
        requireSending("fail for good");
        finish(OutboxState.FAILED, now, reason);
    }

    /** The recipient unsubscribed before the mail went out; checked right after claiming, too. */
    public void skipUnsubscribed(Instant now) {
        if (state.isFinal()) {
            throw new OutboxTransitionRefused(state, "be skipped");
        }
        finish(OutboxState.SKIPPED, now, null);
    }

    private void requireSending(String step) {
        if (state != OutboxState.SENDING) {
            throw new OutboxTransitionRefused(state, step);
        }
    }

    private void finish(OutboxState end, Instant now, String reason) {
        state = end;
        finishedAt = now;
        claimedAt = null;
        nextAttemptAt = null;
        if (reason != null) {
            lastError = reason;
        }
    }

    public OutboxKey key() {
        return key;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public OutboxState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant claimedAt() {
        return claimedAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String lastError() {
        return lastError;
    }
}
