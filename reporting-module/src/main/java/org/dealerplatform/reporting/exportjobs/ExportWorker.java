package org.dealerplatform.reporting.exportjobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Every node ticks every {@code EXPORTS_WORKER_SECONDS} (5): delete what expired, now and then
 * sweep files nobody owns, then take queued jobs one at a time and write them. One export at a time
 * per node keeps the database and disk load of exports bounded; more nodes, more at once. Taking a
 * job is a conditional UPDATE, so a cluster never writes one job twice; a tick still busy when the
 * next fires makes that one a no-op.
 */
@Singleton
@Startup
@DependsOn("Migrations")    // no tick before export_job exists
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ExportWorker {

    private static final Logger LOG = Logger.getLogger(ExportWorker.class.getName());

    /** Who holds a job, for the database and the operator: this JVM plus a random part (pids repeat). */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    /** Jobs one tick writes before it lets expiry and the next tick have a turn. */
    static final int JOBS_PER_TICK = 20;
    static final Duration SWEEP_EVERY = Duration.ofMinutes(10);

    @Resource
    TimerService timers;

    @Inject
    ExportSettings settings;

    @Inject
    ExportJobs jobs;

    @Inject
    ExportFiles files;

    @Inject
    ExportRunner runner;

    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile Instant lastSweep = Instant.EPOCH;

    @PostConstruct
    void start() {
        long millis = settings.workerInterval().toMillis();
        timers.createIntervalTimer(millis, millis, new TimerConfig("export-worker", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
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
        } finally {
            busy.set(false);
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
