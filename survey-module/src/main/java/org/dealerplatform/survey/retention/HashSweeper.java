package org.dealerplatform.survey.retention;

import org.dealerplatform.core.scheduling.ClusterTask;
import java.time.Duration;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dealerplatform.survey.module.SurveySettings;

/**
 * Once per {@code SURVEY_HASH_SWEEP_SECONDS} (600) in the cluster ({@link ClusterTask}), clears
 * the hashes that {@link HashRetention} no longer keeps and forgets their review causes. Every
 * step is an idempotent statement, so a run overlapping another node's does no harm.
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
public class HashSweeper extends ClusterTask {

    private static final Logger LOG = Logger.getLogger(HashSweeper.class.getName());
    /** At most this many batches per hash and run: a backlog is worked off over a few runs. */
    private static final int MAX_BATCHES = 100;

    @Inject
    SurveySettings settings;

    @Inject
    HashSweep sweep;

    private final Map<TracedHash, Instant> sweptUpTo = new EnumMap<>(TracedHash.class);

    @Override
    protected String taskName() {
        return "survey-hash-sweep";
    }

    @Override
    protected Duration interval() {
        return settings.hashSweepInterval();
    }

    @Override
    protected void runOnce() {
        try {
            HashRetention retention = settings.hashRetention();
            Instant now = Instant.now();
            for (TracedHash hash : TracedHash.values()) {
                sweepOne(hash, retention, now);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "hash sweep failed; the next run carries on", e);
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
