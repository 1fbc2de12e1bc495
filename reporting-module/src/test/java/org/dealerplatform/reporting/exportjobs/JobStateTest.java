package org.dealerplatform.reporting.exportjobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JobStateTest {

    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(5);

    @Test
    void aQueuedJobIsClaimedAsRunningWithItsFirstAttempt() {
        JobState queued = JobState.queued();
        assertTrue(queued.claimable(T0, LEASE));
        JobState running = queued.claim(T0, LEASE);
        assertEquals(new JobState(JobStatus.RUNNING, 1, T0), running);
    }

    @Test
    void aRunningJobIsNotClaimableWhileItsLeaseHolds() {
        JobState running = JobState.queued().claim(T0, LEASE);
        assertFalse(running.claimable(T0.plus(LEASE).minusMillis(1), LEASE));
        assertThrows(JobState.JobTransitionRefused.class, () -> running.claim(T0.plusSeconds(10), LEASE));
    }

    @Test
    void aJobWhoseNodeDiedIsTakenOverAfterTheLeaseWithAnotherAttempt() {
        JobState running = JobState.queued().claim(T0, LEASE);
        Instant later = T0.plus(LEASE);
        assertTrue(running.claimable(later, LEASE));
        assertEquals(new JobState(JobStatus.RUNNING, 2, later), running.claim(later, LEASE));
    }

    @Test
    void aJobThatStoppedOnEveryAttemptFailsInsteadOfGoingRoundTheCluster() {
        JobState state = JobState.queued();
        Instant now = T0;
        for (int attempt = 1; attempt <= JobState.MOST_ATTEMPTS; attempt++) {
            state = state.claim(now, LEASE);
            assertEquals(JobStatus.RUNNING, state.status());
            now = now.plus(LEASE);
        }
        JobState given = state.claim(now, LEASE);
        assertEquals(JobStatus.FAILED, given.status());
        assertEquals(JobState.MOST_ATTEMPTS, given.attempts());
        assertNull(given.claimedAt());
    }

    @Test
    void onlyARunningJobIsDoneAndAFinishedOneNeitherFailsNorIsClaimed() {
        assertThrows(JobState.JobTransitionRefused.class, () -> JobState.queued().done());
        JobState done = JobState.queued().claim(T0, LEASE).done();
        assertEquals(JobStatus.DONE, done.status());
        assertFalse(done.claimable(T0.plus(Duration.ofDays(30)), LEASE));
        assertThrows(JobState.JobTransitionRefused.class, done::failed);
        assertThrows(JobState.JobTransitionRefused.class, done::done);
        JobState failed = JobState.queued().claim(T0, LEASE).failed();
        assertEquals(JobStatus.FAILED, failed.status());
        assertFalse(failed.claimable(T0.plus(Duration.ofDays(30)), LEASE));
        assertThrows(JobState.JobTransitionRefused.class, failed::failed);
    }

    @Test
    void aQueuedJobMayFailWithoutRunning() {
        assertEquals(JobStatus.FAILED, JobState.queued().failed().status());
    }
}
