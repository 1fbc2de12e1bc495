package org.dealerplatform.alerts.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.domain.RuleViolation;

/**
 * The call-back case of one alert. Allowed steps:
 * <pre>
 *   OPEN ──contacted──▶ CONTACTED ──resolved──▶ RESOLVED
 *     │                     └──not resolved──▶ NOT_RESOLVED
 *     └──not resolved (unreachable, no contact data …)──▶ NOT_RESOLVED
 *   RESOLVED / NOT_RESOLVED ──reopen──▶ CONTACTED, or OPEN if the customer was never contacted
 * </pre>
 * Decisions, with their reasons:
 * <ul>
 * <li>RESOLVED only after contact: "resolved" means somebody spoke to the customer. A customer who
 * left no number can still be closed, as NOT_RESOLVED with a reason.</li>
 * <li>Closing needs a note (how it was resolved, or why not) and NOT_RESOLVED a coded reason: the
 * record of the outcome is the point of the closed loop.</li>
 * <li>Reopening goes back to where the work was: CONTACTED when the customer had been contacted
 * (first contact is a fact that stays, so a reopened case is never "overdue for first contact"
 * again), OPEN when they never were. The target is not the caller's choice; asking for the other
 * one is refused and says which is right. Changing a closed outcome also goes through a reopen, so
 * the history shows it. Contact data erased at closure does not come back.</li>
 * <li>Escalation is a fact recorded once ({@link #recordEscalation}); when it is due is the
 * deadlines' business.</li>
 * <li>The first person to mark the customer contacted becomes the owner if nobody was assigned.</li>
 * </ul>
 * Times come from the caller's clock and must not run backwards within a case.
 */
public class AlertCase {

    private final String alertId;
    private final Instant raisedAt;
    private CaseStatus status = CaseStatus.OPEN;
    private String owner;
    private Instant escalatedAt;
    private final List<CaseStep> steps = new ArrayList<>();
    private final List<CaseNote> notes = new ArrayList<>();

    private AlertCase(String alertId, Instant raisedAt) {
        if (alertId == null || alertId.isBlank()) {
            throw new IllegalArgumentException("a case belongs to an alert");
        }
        this.alertId = alertId;
        this.raisedAt = Objects.requireNonNull(raisedAt, "raisedAt");
    }

    /** The case of a freshly raised alert: OPEN, nobody assigned. */
    public static AlertCase open(String alertId, Instant raisedAt) {
        return new AlertCase(alertId, raisedAt);
    }

    // ---- the workflow -------------------------------------------------------------------------

    /** The API's one entry, {@code POST /alerts/{id}/transitions {to, note, reason}}. */
    public void moveTo(CaseStatus to, String by, Instant at, String note, NotResolvedReason reason) {
        Objects.requireNonNull(to, "to");
        switch (to) {
            case OPEN -> {
                if (!status.closed()) {
                    throw refused(CaseStatus.OPEN, "case.refused.backToOpen", status == CaseStatus.OPEN
                            ? "the case is already open" : "a contact cannot be undone; add a note instead");
                }
                reopenTo(CaseStatus.OPEN, by, at, note);
            }
            case CONTACTED -> {
                if (status.closed()) {
                    reopenTo(CaseStatus.CONTACTED, by, at, note);
                } else {
                    markContacted(by, at, note);
                }
            }
            case RESOLVED -> resolve(by, at, note);
            case NOT_RESOLVED -> markNotResolved(reason, by, at, note);
            case WITHDRAWN -> throw refused(CaseStatus.WITHDRAWN, "case.refused.withdrawByHand",
                    "an alert is withdrawn only when its sample stops counting, never by hand");
        }
    }

    /** Somebody spoke to the customer. */
    public void markContacted(String by, Instant at, String note) {
        if (status != CaseStatus.OPEN) {
            throw refused(CaseStatus.CONTACTED, status == CaseStatus.CONTACTED ? "case.refused.alreadyContacted"
                    : "case.refused.closed", status == CaseStatus.CONTACTED
                    ? "the customer was already contacted; add a note for a further call"
                    : "the case is closed; reopen it first");
        }
        step(CaseStatus.CONTACTED, by, at, optionalNote(note), null);
        if (owner == null) {
            owner = by;
        }
    }

    /** The customer's problem is settled; {@code note} says how. */
    public void resolve(String by, Instant at, String note) {
        if (status != CaseStatus.CONTACTED) {
            throw refused(CaseStatus.RESOLVED, status == CaseStatus.OPEN ? "case.refused.resolveUncontacted"
                    : "case.refused.closed", status == CaseStatus.OPEN
                    ? "a case is resolved only after the customer was contacted; mark it contacted first"
                    : "the case is closed; reopen it first");
        }
        step(CaseStatus.RESOLVED, by, at, CaseNote.checkedText("note", note), null);
    }

    /** Closed without a resolution, for a coded reason; {@code note} says the rest. */
    public void markNotResolved(NotResolvedReason reason, String by, Instant at, String note) {
        if (status.closed()) {
            throw refused(CaseStatus.NOT_RESOLVED, "case.refused.closed", "the case is closed; reopen it first");
        }
        if (reason == null) {
            throw new RuleViolation("reason", "is required to close a case as not resolved");
        }
        step(CaseStatus.NOT_RESOLVED, by, at, CaseNote.checkedText("note", note), reason);
    }

    /** Back to work on a closed case: to CONTACTED, or OPEN if the customer was never contacted. */
    public void reopen(String by, Instant at, String note) {
        reopenTo(reopensTo(), by, at, note);
    }

    private void reopenTo(CaseStatus to, String by, Instant at, String note) {
        if (!status.closed()) {
            throw refused(to, "case.refused.notClosed", "only a closed case can be reopened");
        }
        if (to != reopensTo()) {
            throw reopensTo() == CaseStatus.CONTACTED
                    ? refused(to, "case.refused.reopenAsContacted",
                            "the customer was already contacted, so the case reopens as CONTACTED")
                    : refused(to, "case.refused.reopenAsOpen",
                            "the customer was never contacted, so the case reopens as OPEN");
        }
        step(to, by, at, CaseNote.checkedText("note", note), null);
    }

    /** Where a reopen lands from here. */
    public CaseStatus reopensTo() {
        return firstContactAt().isPresent() ? CaseStatus.CONTACTED : CaseStatus.OPEN;
    }

    /** A note without a change of status. */
    public void addNote(String by, Instant at, String text) {
        notAfterLatest(at);
        notes.add(new CaseNote(at, requiredUser(by), text));
    }

    /** Who handles the case now; a user of the shop, checked by the caller. */
    public void assignTo(String user) {
        owner = requiredUser(user);
    }

    /**
     * The one escalation to the group admins. A second one is refused, so is one for a case
     * already contacted or closed: escalation is about a customer nobody called.
     */
    public void recordEscalation(Instant at) {
        if (escalatedAt != null) {
            throw new Conflict("escalatedAt", "the case was already escalated at " + escalatedAt);
        }
        if (status != CaseStatus.OPEN) {
            throw new Conflict("escalatedAt", "a case that is " + status + " is not escalated");
        }
        notAfterLatest(at);
        escalatedAt = at;
    }

    private void step(CaseStatus to, String by, Instant at, String note, NotResolvedReason reason) {
        notAfterLatest(at);
        steps.add(new CaseStep(status, to, at, requiredUser(by), note, reason));
        status = to;
    }

    private TransitionRefused refused(CaseStatus to, String key, String message) {
        return new TransitionRefused(status, to, key, message);
    }

    private void notAfterLatest(Instant at) {
        Objects.requireNonNull(at, "at");
        if (at.isBefore(latest())) {
            throw new IllegalArgumentException("a case's clock does not run backwards: " + at + " is before " + latest());
        }
    }

    private Instant latest() {
        return steps.isEmpty() ? raisedAt : steps.get(steps.size() - 1).at();
    }

    private static String optionalNote(String note) {
        return note == null || note.isBlank() ? null : CaseNote.checkedText("note", note);
    }

    private static String requiredUser(String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("every step of a case names the user who took it");
        }
        return user;
    }

    // ---- what the case knows ------------------------------------------------------------------

    public String alertId() {
        return alertId;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public CaseStatus status() {
        return status;
    }

    public Optional<String> owner() {
        return Optional.ofNullable(owner);
    }

    public List<CaseStep> steps() {
        return List.copyOf(steps);
    }

    public List<CaseNote> notes() {
        return List.copyOf(notes);
    }

    public Optional<Instant> escalatedAt() {
        return Optional.ofNullable(escalatedAt);
    }

    /** When the customer was first spoken to; the service level's first-contact clock stops here. */
    public Optional<Instant> firstContactAt() {
        return steps.stream().filter(s -> s.to() == CaseStatus.CONTACTED && s.from() == CaseStatus.OPEN)
                .map(CaseStep::at).findFirst();
    }

    public Optional<Duration> timeToFirstContact() {
        return firstContactAt().map(at -> Duration.between(raisedAt, at));
    }

    /** When the case was closed, while it is closed. */
    public Optional<Instant> closedAt() {
        return status.closed() ? Optional.of(latest()) : Optional.empty();
    }

    /** The first closure ever, even if reopened since: contact data is erased from then on. */
    public Optional<Instant> firstClosedAt() {
        return steps.stream().filter(s -> s.to().closed()).map(CaseStep::at).findFirst();
    }

    /** The latest reopening, if any; a reopened case's closure clock restarts here. */
    public Optional<Instant> lastReopenedAt() {
        return steps.stream().filter(CaseStep::reopening).map(CaseStep::at).reduce((a, b) -> b);
    }

    /** The reason of the current NOT_RESOLVED closure. */
    public Optional<NotResolvedReason> notResolvedReason() {
        return status == CaseStatus.NOT_RESOLVED ? Optional.ofNullable(steps.get(steps.size() - 1).reason())
                : Optional.empty();
    }

    /** Never prints the notes: they are about a customer. */
    @Override
    public String toString() {
        return "AlertCase[" + alertId + ", " + status + "]";
    }
}
