package org.dealerplatform.core.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dealerplatform.core.cluster.ThisNode;

/**
 * A periodic task that runs once per interval in the whole cluster. Every node keeps its own
 * interval timer (Payara Micro's timers are per JVM); a tick runs the task only when it takes the
 * task's lease ({@link Leases}, row {@code task:<name>}) for nine tenths of the interval, so the
 * node whose timer fires first after the lease ran out does the work and the others skip. A node
 * that died holds nothing after one interval: the next tick elsewhere takes over. A tick still
 * busy on this node when the next one fires makes that one a no-op.
 * <p>
 * Subclasses are {@code @Singleton @Startup} EJBs (with {@code @DependsOn("Migrations")} when the
 * task reads tables) and say what to do; the timer, the lease, the busy flag and the logging are
 * here. A run that takes longer than the interval may meet another node's run, so the work itself
 * stays made of keyed inserts and conditional updates.
 */
public abstract class ClusterTask {

    private static final Logger LOG = Logger.getLogger(ClusterTask.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Leases leases;

    private final AtomicBoolean busy = new AtomicBoolean();

    /** Names the timer and the lease row; unique in the platform. */
    protected abstract String taskName();

    protected abstract Duration interval();

    /** One run; a runtime exception is logged and the next interval tries again. */
    protected abstract void runOnce();

    @PostConstruct
    void schedule() {
        long millis = interval().toMillis();
        timers.createIntervalTimer(millis, millis, new TimerConfig(taskName(), false));
    }

    /**
     * A node shutting down gives its lease back, so the next node (or the same one restarted,
     * perhaps with a shorter interval) need not wait for it to run out.
     */
    @PreDestroy
    void handBack() {
        try {
            leases.release(leaseName(), ThisNode.ID);
        } catch (RuntimeException e) {
            LOG.fine(() -> taskName() + ": lease not handed back at shutdown (" + e + "); it runs out by itself");
        }
    }

    private String leaseName() {
        return "task:" + taskName();
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    protected void tick() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            if (leases.acquire(leaseName(), ThisNode.ID, interval().multipliedBy(9).dividedBy(10))) {
                runOnce();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, taskName() + " failed; the next run carries on", e);
        } finally {
            busy.set(false);
        }
    }
}
