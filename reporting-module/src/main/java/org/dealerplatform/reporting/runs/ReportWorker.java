package org.dealerplatform.reporting.runs;

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
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dealerplatform.reporting.delivery.OutboxDelivery;
import org.dealerplatform.reporting.outbox.ReportKind;

/**
 * Every node ticks every {@code REPORTS_WORKER_SECONDS} (30): create the month's runs (shop, group
 * and national reports) when the schedule says so, plan unfinished runs, send due mail, close
 * finished runs. Nothing here decides for the cluster: the timer is per JVM, and every step it takes is a keyed insert or a
 * conditional UPDATE in the database, so N nodes ticking means N helpers, never N copies of a mail.
 * A tick that is still busy when the next one fires makes that one a no-op.
 */
@Singleton
@Startup
@DependsOn("Migrations")    // no tick before the report tables exist
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReportWorker {

    private static final Logger LOG = Logger.getLogger(ReportWorker.class.getName());

    /** Who holds a claim, for the database and the operator: this JVM plus a random part (pids repeat). */
    static final String NODE = (ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8));

    @Resource
    TimerService timers;

    @Inject
    ReportSettings settings;

    @Inject
    ReportRuns runs;

    @Inject
    RunPlanner planner;

    @Inject
    OutboxDelivery delivery;

    private final AtomicBoolean busy = new AtomicBoolean();

    @PostConstruct
    void start() {
        long millis = settings.workerInterval().toMillis();
        timers.createIntervalTimer(millis, millis, new TimerConfig("report-worker", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            settings.schedule().dueMonth(ZonedDateTime.now()).ifPresent(month -> {
                for (ReportKind kind : ReportKind.values()) {    // shop, group and national reports alike
                    runs.start(kind, month, scheduledBaseUrl(), Instant.now());
                }
            });
            for (String id : runs.unfinished()) {
                runs.byId(id).ifPresent(run -> planner.plan(run, NODE));
            }
            delivery.sendDue(NODE);
            for (String id : runs.unfinished()) {
                runs.finishIfComplete(id, Instant.now());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "report worker tick failed; the next tick carries on", e);
        } finally {
            busy.set(false);
        }
    }

    /** A scheduled run has no request to take an address from: PUBLIC_BASE_URL, else the local default. */
    private String scheduledBaseUrl() {
        return settings.publicBaseUrl().orElse("http://localhost:8080");
    }
}
