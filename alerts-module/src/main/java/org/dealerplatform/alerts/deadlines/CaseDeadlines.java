package org.dealerplatform.alerts.deadlines;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.dealerplatform.alerts.cases.AlertCase;
import org.dealerplatform.alerts.cases.CaseStatus;

/**
 * One case against its service levels. A deadline is met at the very instant it falls due;
 * overdue is strictly after. The first-contact deadline runs from the alert; the closure deadline
 * from the alert, or from the latest reopening (a reopened case gets a fresh closure period, not
 * an instant breach). Reads the case live, so it always answers for the case as it is now.
 */
public final class CaseDeadlines {

    private final AlertCase alertCase;
    private final ServiceLevels levels;

    private CaseDeadlines(AlertCase alertCase, ServiceLevels levels) {
        this.alertCase = Objects.requireNonNull(alertCase, "alertCase");
        this.levels = Objects.requireNonNull(levels, "levels");
    }

    public static CaseDeadlines of(AlertCase alertCase, ServiceLevels levels) {
        return new CaseDeadlines(alertCase, levels);
    }

    public Instant firstContactDue() {
        return alertCase.raisedAt().plus(levels.firstContactWithin());
    }

    public Instant closureDue() {
        return alertCase.lastReopenedAt().orElse(alertCase.raisedAt()).plus(levels.closeWithin());
    }

    /** Nobody has spoken to the customer and the first-contact deadline has passed. */
    public boolean overdueForFirstContact(Instant now) {
        return alertCase.status() == CaseStatus.OPEN && now.isAfter(firstContactDue());
    }

    /** Still not closed and the closure deadline has passed. */
    public boolean overdueForClosure(Instant now) {
        return !alertCase.status().closed() && now.isAfter(closureDue());
    }

    /** Whether the first contact, once made, came within the service level; empty before that. */
    public Optional<Boolean> firstContactInTime() {
        return alertCase.firstContactAt().map(at -> !at.isAfter(firstContactDue()));
    }

    /**
     * When the one escalation falls due: the first-contact deadline, while nobody has called and
     * nobody has escalated. Empty once contacted, closed or escalated: there is nothing to send.
     */
    public Optional<Instant> escalationDue() {
        if (alertCase.status() != CaseStatus.OPEN || alertCase.escalatedAt().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(firstContactDue());
    }

    /** The sweep's question: escalate this case now? */
    public boolean escalationNeeded(Instant now) {
        return escalationDue().filter(now::isAfter).isPresent();
    }

    /**
     * Records the escalation when it is needed now, and says whether it did; the caller sends the
     * mail only on true. A second call answers false, so a sweep that runs again (or on another
     * node that read the same row, once persistence makes this a conditional update) sends
     * nothing more.
     */
    public boolean escalateIfDue(Instant now) {
        if (!escalationNeeded(now)) {
            return false;
        }
        alertCase.recordEscalation(now);
        return true;
    }
}
