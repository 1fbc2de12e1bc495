package org.dealerplatform.alerts.retention;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.dealerplatform.alerts.cases.AlertCase;

/**
 * Whether a case's contact data must go now. Closing a case should erase its contact in the same
 * transaction; this answers the sweep that catches the 30-day limit and anything a crash left
 * behind. A case closed once counts as closed even if it was reopened since: the contact was due
 * for erasure at that closure and a reopen does not bring it back.
 */
public final class ContactRetention {

    private final RetentionRule rule;

    public ContactRetention(RetentionRule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** Why the contact must be erased at {@code now}; empty while it may be kept. */
    public Optional<ErasureReason> mustErase(AlertCase alertCase, Instant now) {
        Optional<Instant> closed = rule.eraseOnClosure() ? alertCase.firstClosedAt() : Optional.empty();
        Instant limit = limit(alertCase);
        if (closed.isPresent() && !now.isBefore(closed.get()) && closed.get().isBefore(limit)) {
            return Optional.of(ErasureReason.CASE_CLOSED);
        }
        if (!now.isBefore(limit)) {
            return Optional.of(ErasureReason.RETENTION_ELAPSED);
        }
        return Optional.empty();
    }

    /** The latest moment the contact may still exist, for "kept until" on the alert page. */
    public Instant keptAtMostUntil(AlertCase alertCase) {
        Instant limit = limit(alertCase);
        return rule.eraseOnClosure() ? alertCase.firstClosedAt().filter(limit::isAfter).orElse(limit) : limit;
    }

    private Instant limit(AlertCase alertCase) {
        return alertCase.raisedAt().plus(rule.keepAtMost());
    }
}
