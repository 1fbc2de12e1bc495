package org.dealerplatform.survey.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dealerplatform.core.domain.Conflict;

/**
 * Recounts {@code score_rollup} from the samples while submissions and review decisions keep
 * flowing, and leaves it exactly equal to a recount of every sample, those that arrived or moved
 * meanwhile included.
 * <p>
 * <b>How: reconcile by additions, one shop at a time.</b> For each shop one statement reads, in a
 * single snapshot and without a lock, the shop's recount from {@code survey_response} (per advisor
 * row; the shop rows are their sums) and its kept rollup rows ({@link RebuildSlices#READ}). Because a sample and its rollup upsert commit in one
 * transaction (and a review decision moves the sample and its rollup rows in one), that snapshot
 * holds each sample on both sides or on neither: their difference is exactly the drift of the
 * read model, whatever was in flight. The drift is then added to the live rows with the same
 * additive upsert the submissions use ({@link Reconciliation}). Addition commutes: a sample that
 * committed after the snapshot has already added itself to the live row, or adds itself later,
 * and the correction neither counts it nor cancels it. So every sample is counted once, by its own
 * upsert, and the correction removes only what no sample accounts for. A row that no sample
 * accounts for is deleted once it is empty. Consistency rests on that one rule: every write to
 * {@code survey_response} that changes what the recount sees also applies its contribution to
 * {@code score_rollup} in the same transaction.
 * <p>
 * <b>Locks.</b> The reads take none. Corrections are written only where a group differs (a group:
 * one shop, month, brand, province and questionnaire version, i.e. its shop row and advisor rows),
 * in short transactions of one shop: the lease row (which only rebuilds take), then group after
 * group in ascending month with at most one group a month, each group shop row first. That is the
 * order every other writer takes rollup rows in: a submission's one upsert (shop row, then
 * advisor row), and review decisions and flag-alongs, which move samples of one shop in ascending
 * month ({@code ReviewCases} gives the lock order). So a correction never waits for a row of a
 * group it holds (whoever holds an advisor row took the shop row first), and while it waits for
 * a group of month m it holds only earlier months, which a writer holding month m no longer asks
 * for (it goes up the months). There is no lock cycle, hence no deadlock with submissions or
 * decisions, and a submission waits at most for one transaction of a few statements. When the
 * read model is already right, a rebuild writes nothing at all.
 * <p>
 * <b>Why not lock and replace a slice.</b> Replacing a slice's rows needs the slice's recount and
 * its rows to agree at one moment. A locking read of the slice's samples waits for a submission
 * whose uncommitted sample it meets while that submission waits for the rollup row the rebuild
 * already holds: a deadlock, which InnoDB ends by failing one of them. Rows that do not exist yet
 * (an advisor's first sample in the month) can only be locked ahead by gap locks, which TiDB does
 * not have and Galera keeps on the node that takes them. A shadow table swapped in needs every
 * change made during the copy recorded and replayed (triggers, or a change log every writer
 * writes) and a RENAME that waits for every open transaction on the table. Additions need none of
 * that, and the reads need no isolation level beyond READ COMMITTED.
 * <p>
 * One rebuild runs at a time ({@link RebuildLease}); a shop whose step fails is read again and
 * corrected from the new read (a correction measured anew is right whether or not the failed
 * attempt committed). The rows above the shop follow every correction in its transaction and are
 * recounted from the shop rows at the end ({@link AggregateRebuild}).
 */
@ApplicationScoped
public class RollupRebuild {

    private static final Logger LOG = Logger.getLogger(RollupRebuild.class.getName());
    private static final int ATTEMPTS_PER_SHOP = 3;
    /** A year of one shop's months: one commit instead of twelve, still a transaction of milliseconds. */
    static final int MOST_GROUPS_PER_TRANSACTION = 12;
    private static final long RENEW_EVERY_NANOS = 10_000_000_000L;

    @Inject
    RebuildSlices slices;

    @Inject
    RebuildLease lease;

    @Inject
    AggregateRebuild aggregates;

    /**
     * What a rebuild did: the shops recounted, the rows of the recount (the read model's size when
     * it ended, samples added meanwhile aside), the rows it had to correct and remove, its duration.
     */
    public record Summary(int shops, long rollupRows, long correctedRows, long removedRows, long correctedAggregateRows,
                          long millis) {

        String describe() {
            return String.format(Locale.ROOT, "%,d rollup rows of %,d shops recounted from the samples while they"
                    + " kept arriving: %,d corrected, %,d removed; %,d national, brand, province, group"
                    + " and shop-year rows corrected; in %,d ms", rollupRows, shops, correctedRows, removedRows, correctedAggregateRows,
                    millis);
        }
    }

    /**
     * Recounts every shop's rows and corrects those that differ; each step its own short
     * transaction, so it must not run inside one. A second rebuild while one runs is a conflict.
     */
    @Transactional(Transactional.TxType.NEVER)
    public Summary rebuild() {
        String run = UUID.randomUUID().toString();
        if (!lease.claim(run)) {
            throw new Conflict(null, "a rollup rebuild is already running; try again when it has finished");
        }
        long started = System.nanoTime();
        long lastRenewal = started;
        int shops = 0;
        long[] tally = new long[4]; // recounted, corrected, removed, level rows corrected
        try {
            List<String> ids = slices.shops();
            for (String shop : ids) {
                reconcile(run, shop, tally);
                shops++;
                if (System.nanoTime() - lastRenewal > RENEW_EVERY_NANOS) {
                    lease.renew(run);
                    lastRenewal = System.nanoTime();
                }
            }
            // the rows above the shop last, from the shop rows as now corrected
            for (Aggregates.Level level : Aggregates.Level.values()) {
                for (Aggregates.Drift drift : aggregates.drift(level)) {
                    aggregates.correct(run, drift);
                    tally[3]++;
                }
            }
            for (ShopYears.Drift drift : aggregates.yearDrift()) {
                aggregates.correct(run, drift);
                tally[3]++;
            }
        } catch (RuntimeException e) {
            Summary partial = new Summary(shops, tally[0], tally[1], tally[2], tally[3],
                    (System.nanoTime() - started) / 1_000_000);
            try {
                lease.release(run, "rollups.rebuild-failed", "stopped after " + partial.describe() + ": " + e);
            } catch (RuntimeException release) {
                e.addSuppressed(release);
            }
            throw e;
        }
        Summary done = new Summary(shops, tally[0], tally[1], tally[2], tally[3],
                (System.nanoTime() - started) / 1_000_000);
        lease.release(run, "rollups.rebuilt", done.describe());
        return done;
    }

    private void reconcile(String run, String shop, long[] tally) {
        for (int attempt = 1; ; attempt++) {
            try {
                RebuildSlices.Slice slice = slices.read(shop);
                long corrected = 0;
                long removed = 0;
                for (List<Reconciliation.Correction> batch : Reconciliation.batches(
                        Reconciliation.of(slice.recounted(), slice.kept()), MOST_GROUPS_PER_TRANSACTION)) {
                    removed += slices.correct(run, batch);
                    corrected += batch.stream().mapToLong(Reconciliation.Correction::changedRows).sum();
                }
                tally[0] += slice.recounted().size();
                tally[1] += corrected;
                tally[2] += removed;
                return;
            } catch (RebuildLease.Lost e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS_PER_SHOP) {
                    throw e;
                }
                LOG.log(Level.WARNING, "rollup rebuild: shop " + shop + " failed (attempt " + attempt
                        + "), reading it again", e);
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(100L * attempt * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rollup rebuild interrupted", e);
        }
    }
}
