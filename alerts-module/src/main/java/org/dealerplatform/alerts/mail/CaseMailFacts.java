package org.dealerplatform.alerts.mail;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.dealerplatform.alerts.cases.CaseStatus;

/**
 * What a case needs mailed now, from the columns the worker reads. The SQL that picks cases says
 * exactly the same ({@link AlertMailPlanning}): unplanned is {@code mail_planned_at IS NULL};
 * escalation is {@code status = 'OPEN' AND escalated_at IS NULL AND first_contact_due < now}, the
 * same instant {@code CaseDeadlines} calls overdue (strictly after the deadline).
 */
public record CaseMailFacts(CaseStatus status, Instant mailPlannedAt, Instant firstContactDue, Instant escalatedAt) {

    public CaseMailFacts {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(firstContactDue, "firstContactDue");
    }

    /** Mails the case still calls for (the digest is the shop's, not the case's: see {@link MailMode}). */
    public Set<MailKind> due(Instant now) {
        Set<MailKind> due = EnumSet.noneOf(MailKind.class);
        if (mailPlannedAt == null) {
            due.add(MailKind.NEW_ALERT);
        }
        if (escalationDue(now)) {
            due.add(MailKind.ESCALATION);
        }
        return due;
    }

    /** Nobody has called, nobody has escalated, and the first-contact deadline has passed. */
    public boolean escalationDue(Instant now) {
        return status == CaseStatus.OPEN && escalatedAt == null && now.isAfter(firstContactDue);
    }
}
