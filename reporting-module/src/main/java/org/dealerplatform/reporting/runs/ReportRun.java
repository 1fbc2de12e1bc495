package org.dealerplatform.reporting.runs;

import java.time.Instant;
import java.time.YearMonth;
import org.dealerplatform.reporting.outbox.ReportKind;
import org.dealerplatform.reporting.outbox.RunStatus;

/** A run as stored: one per kind and month; {@code plannedAt} is set once every shop is rendered and queued. */
public record ReportRun(String id, ReportKind kind, YearMonth month, RunStatus status, String baseUrl,
                        Instant createdAt, Instant plannedAt) {
}
