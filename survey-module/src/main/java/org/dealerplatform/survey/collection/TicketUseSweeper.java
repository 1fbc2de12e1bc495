package org.dealerplatform.survey.collection;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Forgets the uses of expired start tickets every ten minutes, in batches, so the table holds
 * about two hours of page views. Every node runs it (Payara's timers are per node); deleting
 * what another node already deleted costs nothing.
 */
@Singleton
public class TicketUseSweeper {

    private static final Logger LOG = Logger.getLogger(TicketUseSweeper.class.getName());
    /** At most this many batches per run: a backlog is worked off over a few runs, never in one long burst. */
    private static final int MAX_BATCHES = 100;

    @Inject
    TicketUses uses;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
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
