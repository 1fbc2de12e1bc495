package org.dealerplatform.reporting.runs;

import org.dealerplatform.core.cluster.ThisNode;
import org.dealerplatform.core.scheduling.ClusterTask;
import java.time.Duration;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.dealerplatform.reporting.delivery.OutboxDelivery;
import org.dealerplatform.reporting.outbox.ReportKind;

/**
 * Once per {@code REPORTS_WORKER_SECONDS} (30) in the cluster ({@link ClusterTask}): create the
 * month's runs (shop, group and national reports) when the schedule says so, plan unfinished runs,
 * send due mail, close finished runs. Every step is also a keyed insert or a conditional UPDATE in
 * the database, so a run that overlaps another node's (a slow tick, a lease taken over) is a
 * second helper, never a second copy of a mail.
 */
@Singleton
@Startup
@DependsOn("Migrations")    // no tick before the report tables exist
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReportWorker extends ClusterTask {

    /** Who holds a claim, for the database and the operator: this JVM plus a random part (pids repeat). */
    static final String NODE = ThisNode.ID;

    @Inject
    ReportSettings settings;

    @Inject
    ReportRuns runs;

    @Inject
    RunPlanner planner;

    @Inject
    OutboxDelivery delivery;

    @Override
    protected String taskName() {
        return "report-worker";
    }

    @Override
    protected Duration interval() {
        return settings.workerInterval();
    }

    @Override
    protected void runOnce() {
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
    }

    /** A scheduled run has no request to take an address from: PUBLIC_BASE_URL, else the local default. */
    private String scheduledBaseUrl() {
        return settings.publicBaseUrl().orElse("http://localhost:8080");
    }
}
