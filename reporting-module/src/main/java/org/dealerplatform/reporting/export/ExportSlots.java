package org.dealerplatform.reporting.export;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dealerplatform.core.web.ApiException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many exports may stream at once on this node. A sample export holds a database connection
 * for as long as the download takes; without a cap a handful of slow downloads could take the pool
 * from survey submissions. A caller over the cap is told to retry rather than queued.
 */
@ApplicationScoped
public class ExportSlots {

    @Inject
    @ConfigProperty(name = "reports.exports.concurrent", defaultValue = "4")
    int concurrent;

    private Semaphore free;

    @PostConstruct
    void open() {
        free = new Semaphore(Math.max(1, concurrent));
    }

    /** A slot for one export, given back when it closes; 503 when every slot is taken. */
    public Slot take() {
        if (!free.tryAcquire()) {
            throw new ApiException(503, "Service Unavailable", "too many exports are running; try again in a minute");
        }
        return new Slot(free);
    }

    /** Closing twice gives back one slot. */
    public static final class Slot implements AutoCloseable {
        private final Semaphore owner;
        private final AtomicBoolean open = new AtomicBoolean(true);

        Slot(Semaphore owner) {
            this.owner = owner;
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                owner.release();
            }
        }
    }
}
