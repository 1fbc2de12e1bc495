package org.dealerplatform.alerts.retention;

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
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dealerplatform.alerts.module.AlertSettings;

/**
 * Every node, every {@code ALERTS_CONTACT_SWEEP_SECONDS} (600), erases the contacts that
 * {@link RetentionRule#CONTACT_DATA} no longer allows: 30 days after the alert, at most a sweep
 * interval late. Per node, like the scan: every step is a conditional UPDATE.
 */
@Singleton
@Startup
@DependsOn("Migrations")    // no sweep before the alert tables exist
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ContactSweeper {

    private static final Logger LOG = Logger.getLogger(ContactSweeper.class.getName());
    /** At most this many batches per run: a backlog is worked off over a few runs. */
    private static final int MAX_BATCHES = 50;

    @Resource
    TimerService timers;

    @Inject
    AlertSettings settings;

    @Inject
    ContactSweep sweep;

    private final AtomicBoolean busy = new AtomicBoolean();

    @PostConstruct
    void start() {
        long millis = settings.contactSweepInterval().toMillis();
        timers.createIntervalTimer(millis, millis, new TimerConfig("alert-contact-sweep", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant now = Instant.now();
            Instant cutOff = now.minus(RetentionRule.CONTACT_DATA.keepAtMost());
            for (int i = 0; i < MAX_BATCHES && sweep.eraseRaisedBefore(cutOff, now) == ContactSweep.BATCH; i++) {
                // another batch
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "contact sweep failed; the next run carries on", e);
        } finally {
            busy.set(false);
        }
    }
}
