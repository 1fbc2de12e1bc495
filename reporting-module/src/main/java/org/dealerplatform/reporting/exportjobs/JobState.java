package org.dealerplatform.reporting.exportjobs;

import java.time.Duration;
import java.time.Instant;

/**
 * A job's lifecycle, the rules the store makes stick with conditional UPDATEs:
 * <pre>
 * QUEUED ──claim──▶ RUNNING ──done──▶ DONE
 *                    │  └──failed──▶ FAILED
 *                    └─claim again after the lease (its node died), FAILED once the attempts are used up
 * </pre>
 * An attempt is counted when the job is claimed, so an export that kills its node every time (out
 * of disk, out of memory) stops after {@link #MOST_ATTEMPTS} instead of going round the cluster.
 */
public record JobState(JobStatus status, int attempts, Instant claimedAt) {

    public static final int MOST_ATTEMPTS = 3;

    public JobState {
        if (status == null || attempts < 0) {
            throw new IllegalArgumentException("a status and a count of attempts");
        }
    }

    public static JobState queued() {
        return new JobState(JobStatus.QUEUED, 0, null);
    }

    /** Whether a node may take the job now: queued, or running under a lease that ran out. */
    public boolean claimable(Instant now, Duration lease) {
        return status == JobStatus.QUEUED
                || status == JobStatus.RUNNING && (claimedAt == null || !claimedAt.plus(lease).isAfter(now));
    }

    /** Taken by a node: RUNNING with one more attempt, or FAILED when every attempt was used. */
    public JobState claim(Instant now, Duration lease) {
        if (!claimable(now, lease)) {
            throw new JobTransitionRefused(status, "claim");
        }
        return attempts >= MOST_ATTEMPTS ? new JobState(JobStatus.FAILED, attempts, null)
                : new JobState(JobStatus.RUNNING, attempts + 1, now);
    }

    /** The node holding the job wrote its last row. */
    public JobState done() {
        if (status != JobStatus.RUNNING) {
            throw new JobTransitionRefused(status, "done");
        }
        return new JobState(JobStatus.DONE, attempts, null);
    }

    /** The export broke (a read or write failed); the caller may ask again. */
    public JobState failed() {
        if (status.finished()) {
            throw new JobTransitionRefused(status, "failed");
        }
        return new JobState(JobStatus.FAILED, attempts, null);
    }

    /** A change the rules do not allow from the current status. */
    public static final class JobTransitionRefused extends IllegalStateException {
        JobTransitionRefused(JobStatus from, String step) {
            super("an export job cannot go '" + step + "' from " + from);
        }
    }
}
