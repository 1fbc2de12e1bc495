package org.dealerplatform.survey.collection;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Duration;
import org.dealerplatform.core.scheduling.ClusterTask;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Forgets the uses of expired start tickets every ten minutes, in batches, so the table holds
 * about two hours of page views. Once per interval in the cluster ({@link ClusterTask}); deleting
 * what another run already deleted costs nothing.
 */
@Singleton
@Startup
@DependsOn("Migrations")    // no sweep before the ticket table exists
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TicketUseSweeper extends ClusterTask {

    private static final Logger LOG = Logger.getLogger(TicketUseSweeper.class.getName());
    /** At most this many batches per run: a backlog is worked off over a few runs, never in one long burst. */
    private static final int MAX_BATCHES = 100;

    @Inject
    TicketUses uses;

    @Override
    protected String taskName() {
        return "survey-ticket-sweep";
    }

    @Override
    protected Duration interval() {
        return Duration.ofMinutes(10);
    }

    @Override
    protected void runOnce() {
        Instant now = Instant.now();
        try {
            for (int batch = 0; batch < MAX_BATCHES && uses.sweep(now) == TicketUses.SWEEP_BATCH; batch++) {
                // another batch
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not sweep used start tickets; the next run tries again", e);
        }
    }
}
