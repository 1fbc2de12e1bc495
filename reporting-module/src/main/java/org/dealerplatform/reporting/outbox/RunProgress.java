package org.dealerplatform.reporting.outbox;

import java.util.Map;

/**
 * Progress of one report run, counted from its outbox rows (one row per mail). The integrator
 * gets the counts from a {@code GROUP BY state} and the number of rendered reports from wherever
 * rendered reports are kept.
 *
 * <p>A run whose rows are all final is DONE, and so is a run with no rows at all: the rows are
 * created with the run, so none means there was nobody to write to.
 */
public record RunProgress(RunStatus status, long total, long rendered, long sent, long failed,
                          long skipped, long remaining) {

    public static RunProgress count(Map<OutboxState, Long> rowsByState, long rendered) {
        long total = 0;
        for (long n : rowsByState.values()) {
            if (n < 0) {
                throw new IllegalArgumentException("negative count");
            }
            total += n;
        }
        long sent = rowsByState.getOrDefault(OutboxState.SENT, 0L);
        long failed = rowsByState.getOrDefault(OutboxState.FAILED, 0L);
        long skipped = rowsByState.getOrDefault(OutboxState.SKIPPED, 0L);
        long pending = rowsByState.getOrDefault(OutboxState.PENDING, 0L);
        long remaining = total - sent - failed - skipped;
        RunStatus status;
        if (remaining == 0) {
            status = RunStatus.DONE;
        } else if (pending == total && rendered == 0) {
            status = RunStatus.QUEUED;
        } else {
            status = RunStatus.RUNNING;
        }
        return new RunProgress(status, total, rendered, sent, failed, skipped, remaining);
    }
}
