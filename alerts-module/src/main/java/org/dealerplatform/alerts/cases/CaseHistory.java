package org.dealerplatform.alerts.cases;

import java.time.Instant;
import java.util.List;

/**
 * A stored case rebuilt from its steps: the steps are the record, and replaying them through
 * {@link AlertCase} gives the same case the workflow made, so stored cases obey the workflow's
 * rules without a second copy of them. The escalation is put back where it happened, among the
 * steps.
 */
public final class CaseHistory {

    private CaseHistory() {
    }

    public static AlertCase rebuild(String alertId, Instant raisedAt, List<CaseStep> steps, Instant escalatedAt) {
        AlertCase rebuilt = AlertCase.open(alertId, raisedAt);
        boolean escalationPending = escalatedAt != null;
        for (CaseStep step : steps) {
            if (escalationPending && !step.at().isBefore(escalatedAt)) {
                rebuilt.recordEscalation(escalatedAt);
                escalationPending = false;
            }
            rebuilt.moveTo(step.to(), step.by(), step.at(), step.note(), step.reason());
        }
        if (escalationPending) {
            rebuilt.recordEscalation(escalatedAt);
        }
        return rebuilt;
    }

    /** The time of the case's latest event: a new step is never earlier (clocks of two nodes differ). */
    public static Instant notBeforeLatest(AlertCase alertCase, Instant now) {
        List<CaseStep> steps = alertCase.steps();
        Instant latest = steps.isEmpty() ? alertCase.raisedAt() : steps.get(steps.size() - 1).at();
        return now.isBefore(latest) ? latest : now;
    }
}
