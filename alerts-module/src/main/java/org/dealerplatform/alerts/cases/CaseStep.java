package org.dealerplatform.alerts.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * One move of a case, kept for good: from where to where, when, by whom (the user's id from the
 * token), the note given and, for NOT_RESOLVED, the reason.
 */
public record CaseStep(CaseStatus from, CaseStatus to, Instant at, String by, String note, NotResolvedReason reason) {

    public CaseStep {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
    }

    /** A closed case going back to work. */
    public boolean reopening() {
        return from.closed() && !to.closed();
    }
}
