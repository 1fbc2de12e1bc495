package org.dealerplatform.alerts.figures;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.dealerplatform.alerts.cases.CaseStatus;

/**
 * What the figures read of one case: where it belongs, its status and its times. No contact, no
 * note, no sample id: the association's figures are made of these and nothing else.
 */
public record CaseFacts(String tenantId, String shopId, CaseStatus status, Instant raisedAt, Instant firstContactAt,
                        Instant firstContactDue, Instant closureDue) {

    public CaseFacts {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(firstContactDue, "firstContactDue");
        Objects.requireNonNull(closureDue, "closureDue");
    }

    /** First contact minus raised; never negative (a clock set back must not shorten the median below 0). */
    public Optional<Duration> timeToFirstContact() {
        return Optional.ofNullable(firstContactAt).map(at -> at.isBefore(raisedAt) ? Duration.ZERO
                : Duration.between(raisedAt, at));
    }

    /**
     * Past a service level now, as the inbox shows it: OPEN after the first-contact deadline, or not
     * closed after the closure deadline. Strictly after: a deadline is met at the very instant it falls due.
     */
    public boolean overdueAt(Instant now) {
        return status == CaseStatus.OPEN ? now.isAfter(firstContactDue)
                : !status.closed() && now.isAfter(closureDue);
    }
}
