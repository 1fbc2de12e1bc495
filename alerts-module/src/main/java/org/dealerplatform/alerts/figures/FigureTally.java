package org.dealerplatform.alerts.figures;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dealerplatform.alerts.cases.CaseStatus;
import org.dealerplatform.core.alerts.AlertFigures;

/** Adds cases and valid samples up into one scope's {@link AlertFigures}, as core defines them. Not thread-safe. */
public final class FigureTally {

    private long alerts;
    private long validSamples;
    private long closed;
    private long resolved;
    private long overdue;
    private final List<Duration> toFirstContact = new ArrayList<>();

    /** A withdrawn alert (its sample stopped counting before anyone worked it) is no alert of the shop's. */
    public FigureTally add(CaseFacts c, Instant now) {
        if (!c.status().counts()) {
            return this;
        }
        alerts++;
        c.timeToFirstContact().ifPresent(toFirstContact::add);
        if (c.status().closed()) {
            closed++;
            if (c.status() == CaseStatus.RESOLVED) {
                resolved++;
            }
        }
        if (c.overdueAt(now)) {
            overdue++;
        }
        return this;
    }

    public FigureTally addSamples(long valid) {
        validSamples += valid;
        return this;
    }

    public AlertFigures figures() {
        return new AlertFigures(alerts, validSamples, toFirstContact.size(), Median.of(toFirstContact).orElse(null),
                closed, resolved, overdue);
    }
}
