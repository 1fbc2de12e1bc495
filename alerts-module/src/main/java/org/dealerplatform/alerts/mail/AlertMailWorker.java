package org.dealerplatform.alerts.mail;

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
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every node, every {@code ALERTS_MAIL_SECONDS} (5): plan the new alerts' mail, escalate overdue
 * cases, write the digests whose time has come, send what is due. The timer is per JVM and decides
 * nothing for the cluster (see the package); a tick still busy when the next fires makes that one a
 * no-op. Each step fails on its own: a broken escalation does not hold back new-alert mail.
 */
@Singleton
@Startup
@DependsOn("Migrations")    // no tick before the mail tables exist
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AlertMailWorker {

    private static final Logger LOG = Logger.getLogger(AlertMailWorker.class.getName());
    /** Names this JVM's claims; a restarted node is a new one, and its old claims run out with the lease. */
    static final String NODE = (ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8));
    /** Pages per step and tick: a backlog is worked off over a few ticks. */
    private static final int MAX_PAGES = 20;

    @Resource
    TimerService timers;

    @Inject
    AlertMailSettings settings;

    @Inject
    AlertMailPlanning planning;

    @Inject
    AlertMailDelivery delivery;

    private final AtomicBoolean busy = new AtomicBoolean();

    @PostConstruct
    void start() {
        long millis = settings.interval().toMillis();
        timers.createIntervalTimer(millis, millis, new TimerConfig("alert-mail", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
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
        } finally {
            busy.set(false);
        }
    }

    private static void step(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, what + " failed; the next tick tries again", e);
        }
    }
}
