package org.dealerplatform.reporting.exportjobs;

import org.dealerplatform.core.cluster.ThisNode;
import org.dealerplatform.core.scheduling.ClusterTask;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Once per {@code EXPORTS_WORKER_SECONDS} (5) in the cluster ({@link ClusterTask}): delete what
 * expired, now and then sweep files nobody owns, then take queued jobs one at a time and write
 * them. One export at a time keeps the database and disk load of exports bounded. Taking a job is
 * a conditional UPDATE with a lease, so a cluster never writes one job twice and a job whose node
 * died is written again elsewhere.
 */
@Singleton
@Startup
@DependsOn("Migrations")    // no tick before export_job exists
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ExportWorker extends ClusterTask {

    private static final Logger LOG = Logger.getLogger(ExportWorker.class.getName());

    /** Who holds a job, for the database and the operator: this JVM plus a random part (pids repeat). */
    static final String NODE = ThisNode.ID;

    /** Jobs one tick writes before it lets expiry and the next tick have a turn. */
    static final int JOBS_PER_TICK = 20;
    static final Duration SWEEP_EVERY = Duration.ofMinutes(10);

    @Inject
    ExportSettings settings;

    @Inject
    ExportJobs jobs;

    @Inject
    ExportFiles files;

    @Inject
    ExportRunner runner;

    private volatile Instant lastSweep = Instant.EPOCH;

    @Override
    protected String taskName() {
        return "export-worker";
    }

    @Override
    protected Duration interval() {
        return settings.workerInterval();
    }

    @Override
    protected void runOnce() {
        try {
            expire(Instant.now());
            if (lastSweep.plus(SWEEP_EVERY).isBefore(Instant.now())) {
                sweep(Instant.now());
                lastSweep = Instant.now();
            }
            for (int done = 0; done < JOBS_PER_TICK; done++) {
                Optional<ExportJob> job = next();
                if (job.isEmpty()) {
                    break;
                }
                runner.run(job.get(), NODE);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "export worker tick failed; the next tick carries on", e);
        }
    }

    /** The first job this node manages to claim; the stream is lazy, so it claims one at most. */
    private Optional<ExportJob> next() {
        Duration lease = settings.lease();
        return jobs.claimable(Instant.now(), lease, 10).stream()
                .map(id -> jobs.claim(id, NODE, Instant.now(), lease, settings.keep()))
                .flatMap(Optional::stream).findFirst();
    }

    /** Expired jobs go with their files; whichever node deletes the row deletes the file. */
    private void expire(Instant now) {
        for (ExportJob job : jobs.expired(now, 100)) {
            if (jobs.forget(job.id(), now)) {
                files.delete(job);
            }
        }
    }

    /**
     * Files left behind: parts nobody has written to for a lease (their node died, or lost the
     * job), and finished files whose job is gone (deleted while it was running, or a node died
     * between the two deletes). Younger files may belong to a job being written right now.
     */
    private void sweep(Instant now) {
        Instant stale = now.minus(settings.lease());
        var entries = files.entries();
        Set<String> alive = jobs.existing(entries.stream().map(ExportFiles.Entry::jobId).collect(Collectors.toSet()));
        for (ExportFiles.Entry entry : entries) {
            boolean orphan = entry.part() || !alive.contains(entry.jobId());
            if (orphan && entry.modified().isBefore(stale)) {
                ExportFiles.deleteQuietly(entry.path());
            }
        }
    }
}
