package org.dealerplatform.survey.retention;

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
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dealerplatform.survey.module.SurveySettings;

/**
 * Every node, every {@code SURVEY_HASH_SWEEP_SECONDS} (600), clears the hashes that
 * {@link HashRetention} no longer keeps and forgets their review causes. Per node on purpose (as
 * the report worker): every step is an idempotent statement, so N nodes are N helpers.
 * <p>
 * Each node walks the samples by submission time and remembers how far it got, so a run reads
 * only what aged since the last one; it starts again a margin earlier, for samples committed late
 * on another node. The first run after a start walks from the beginning, which also picks up
 * rows written with old times (a restored backup, the demo loader).
 */
@Singleton
@Startup
@DependsOn("Migrations")    // no sweep before the survey tables exist
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class HashSweeper {

    private static final Logger LOG = Logger.getLogger(HashSweeper.class.getName());
    /** At most this many batches per hash and run: a backlog is worked off over a few runs. */
    private static final int MAX_BATCHES = 100;

    @Resource
    TimerService timers;

    @Inject
    SurveySettings settings;

    @Inject
    HashSweep sweep;

    private final Map<TracedHash, Instant> sweptUpTo = new EnumMap<>(TracedHash.class);
    private final AtomicBoolean busy = new AtomicBoolean();

    @PostConstruct
    void start() {
        long millis = settings.hashSweepInterval().toMillis();
        timers.createIntervalTimer(millis, millis, new TimerConfig("survey-hash-sweep", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            HashRetention retention = settings.hashRetention();
            Instant now = Instant.now();
            for (TracedHash hash : TracedHash.values()) {
                sweepOne(hash, retention, now);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "hash sweep failed; the next run carries on", e);
        } finally {
            busy.set(false);
        }
    }

    private void sweepOne(TracedHash hash, HashRetention retention, Instant now) {
        Instant before = retention.clearBefore(hash, now);
        Instant from = sweptUpTo.getOrDefault(hash, Instant.EPOCH);
        HashSweep.Batch batch;
        int batches = 0;
        do {
            batch = sweep.clear(hash, from, before);
            from = batch.next();
        } while (batch.full() && ++batches < MAX_BATCHES);
        // a walk cut short resumes where it stopped; a finished one next time a margin before its cut-off
        sweptUpTo.put(hash, batch.full() ? from : before.minus(retention.margin()));
        for (int i = 0; i < MAX_BATCHES && sweep.forgetCauses(hash, before) == HashSweep.BATCH; i++) {
            // another batch
        }
    }
}
