package org.dealerplatform.alerts.mail;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dealerplatform.core.scheduling.ClusterTask;

/**
 * Once per {@code ALERTS_MAIL_SECONDS} (5) in the cluster ({@link ClusterTask}): plan the new
 * alerts' mail, escalate overdue cases, write the digests whose time has come, send what is due,
 * and delete the outbox rows finished more than {@code ALERTS_MAIL_KEEP_DAYS} (90) ago.
 * Each step is still safe if two nodes meet (conditional updates, leased outbox rows). Each step fails on its own: a broken escalation does not hold back new-alert mail.
 */
@Singleton
@Startup
@DependsOn("Migrations")    // no tick before the mail tables exist
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AlertMailWorker extends ClusterTask {

    private static final Logger LOG = Logger.getLogger(AlertMailWorker.class.getName());
    /** Names this JVM's claims; a restarted node is a new one, and its old claims run out with the lease. */
    static final String NODE = (ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8));
    /** Pages per step and tick: a backlog is worked off over a few ticks. */
    private static final int MAX_PAGES = 20;

    @Inject
    AlertMailSettings settings;

    @Inject
    AlertMailPlanning planning;

    @Inject
    AlertMailDelivery delivery;

    @Inject
    AlertOutbox outbox;

    @Override
    protected String taskName() {
        return "alert-mail";
    }

    @Override
    protected Duration interval() {
        return settings.interval();
    }

    @Override
    protected void runOnce() {
        AlertMailPlanning.Sender sender = new AlertMailPlanning.Sender(settings.baseUrl(), delivery.senderDomain());
        step("planning new-alert mail", () -> {
            for (int i = 0; i < MAX_PAGES && planning.planNewAlerts(sender, Instant.now()) == AlertMailPlanning.PAGE; i++) {
                // another page
            }
        });
        step("escalating overdue cases", () -> {
            for (int i = 0; i < MAX_PAGES && planning.escalateOverdue(sender, Instant.now()) == AlertMailPlanning.PAGE; i++) {
                // another page
            }
        });
        step("writing digests", () -> planning.writeDigests(sender, settings.digest(), Instant.now()));
        step("sending alert mail", () -> delivery.sendDue(NODE));
        step("forgetting old mail", () -> outbox.forgetFinishedBefore(Instant.now().minus(settings.keepFinished())));
    }

    private static void step(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, what + " failed; the next tick tries again", e);
        }
    }
}
