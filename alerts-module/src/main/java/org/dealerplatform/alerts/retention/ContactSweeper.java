package org.dealerplatform.alerts.retention;

import org.dealerplatform.core.scheduling.ClusterTask;
import java.time.Duration;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dealerplatform.alerts.module.AlertSettings;

/**
 * Once per {@code ALERTS_CONTACT_SWEEP_SECONDS} (600) in the cluster ({@link ClusterTask}), erases
 * the contacts that {@link RetentionRule#CONTACT_DATA} no longer allows: 30 days after the alert,
 * at most a sweep interval late. Every step is a conditional UPDATE.
 */
@Singleton
@Startup
@DependsOn("Migrations")    // no sweep before the alert tables exist
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ContactSweeper extends ClusterTask {

    private static final Logger LOG = Logger.getLogger(ContactSweeper.class.getName());
    /** At most this many batches per run: a backlog is worked off over a few runs. */
    private static final int MAX_BATCHES = 50;

    @Inject
    AlertSettings settings;

    @Inject
    ContactSweep sweep;

    @Override
    protected String taskName() {
        return "alert-contact-sweep";
    }

    @Override
    protected Duration interval() {
        return settings.contactSweepInterval();
    }

    @Override
    protected void runOnce() {
        try {
            Instant now = Instant.now();
            Instant cutOff = now.minus(RetentionRule.CONTACT_DATA.keepAtMost());
            for (int i = 0; i < MAX_BATCHES && sweep.eraseRaisedBefore(cutOff, now) == ContactSweep.BATCH; i++) {
                // another batch
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "contact sweep failed; the next run carries on", e);
        }
    }
}
