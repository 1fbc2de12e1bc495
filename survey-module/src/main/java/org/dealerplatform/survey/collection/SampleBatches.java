package org.dealerplatform.survey.collection;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.dealerplatform.core.persistence.PlatformDataSource;
import org.dealerplatform.survey.module.SurveySettings;
import org.dealerplatform.survey.rollup.Rollups;
import org.dealerplatform.survey.screening.SampleStatus;
import org.dealerplatform.survey.screening.Screening;
import org.dealerplatform.survey.screening.Verdict;

/**
 * Group commit for the common sample: the samples of concurrent requests are stored in one
 * transaction, each request answered only after that transaction committed. Under load most of a
 * submission's cost was per transaction (an EntityManager for the tenant, EclipseLink's unit of
 * work, a durable commit), not per row; here a batch costs a few JDBC statements and one commit.
 * <p>
 * <b>Who writes.</b> No writer thread: a request queues its arrival and takes one of
 * {@value #LANES} writer permits; whoever holds one drains the queue (its own arrival and all that
 * came meanwhile) and writes them in one local transaction. A request whose arrival another
 * writer took waits until that batch committed. Under light load a batch is one sample; under
 * heavy load batches grow by themselves.
 * <p>
 * <b>What it takes.</b> Only what needs no review-case lock row: no repair order, no phone, and
 * nothing known before storing that makes it suspect ({@link Arrival#batchable}). In the batch
 * it reads, for all arrivals at once, whether their tickets or idempotency keys were used and the
 * earlier samples sharing their device or recent address (also earlier ones in the same batch),
 * and screens again. An arrival that is not VALID then, or whose key or ticket was seen before,
 * is handed back and stored the usual way ({@link SampleStore#store}), after the batch committed,
 * so it sees the batch's samples. A batch that fails as a whole (a duplicate written by another
 * node at the same moment, a deadlock, a lost connection) is rolled back and every arrival in it
 * handed back: nothing is half-written, and the usual way then answers each one as it always did.
 */
@ApplicationScoped
public class SampleBatches {

    private static final Logger LOG = Logger.getLogger(SampleBatches.class.getName());

    /** Most arrivals written in one transaction: bounds the statements and how long rows stay locked. */
    static final int MOST_PER_BATCH = 64;

    /** Batches written at once. */
    static final int LANES = 2;

    /** How long a request waits for a writer before it stores its sample the usual way. */
    static final Duration MOST_WAIT = Duration.ofSeconds(2);

    @Resource(lookup = PlatformDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SurveySettings settings;

    @Inject
    Rollups rollups;

    @Inject
    BatchStatements statements;

    private final ConcurrentLinkedQueue<Queued> queue = new ConcurrentLinkedQueue<>();
    /** Batches written at once, so that one batch's round trips and commit overlap the next one's. */
    private final Semaphore writers = new Semaphore(LANES);

    /** One arrival waiting in the queue, and what became of it. */
    static final class Queued {
        final Arrival arrival;
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile Outcome stored;

        Queued(Arrival arrival) {
            this.arrival = arrival;
        }

        boolean settled() {
            return done.getCount() == 0;
        }

        void settle(Outcome outcome) {
            stored = outcome;
            done.countDown();
        }
    }

    /**
     * Stores the arrival with others when it can: the outcome once its batch committed, or empty
     * when the caller must store it the usual way.
     */
    public Optional<Outcome> store(Arrival arrival) {
        if (!arrival.batchable(settings.policy())) {
            return Optional.empty();
        }
        Queued mine = new Queued(arrival);
        queue.add(mine);
        long deadline = System.nanoTime() + MOST_WAIT.toNanos();
        try {
            while (!mine.settled()) {
                long left = deadline - System.nanoTime();
                if (!writers.tryAcquire(Math.max(0, left), TimeUnit.NANOSECONDS)) {
                    // the writers are stuck (a database that hangs): the usual way, unless a batch took it already
                    if (queue.remove(mine)) {
                        return Optional.empty();
                    }
                    mine.done.await();
                    break;
                }
                boolean wrote;
                try {
                    wrote = writeNext();
                } finally {
                    writers.release();
                }
                if (!wrote && !mine.settled()) {
                    mine.done.await(); // another writer has it in its batch
                }
            }
        } catch (InterruptedException e) {
            if (queue.remove(mine)) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            while (!mine.settled()) {
                try {
                    mine.done.await();
                } catch (InterruptedException again) {
                    // a batch that took it answers for it: wait for that answer
                }
            }
            Thread.currentThread().interrupt();
        }
        return Optional.ofNullable(mine.stored);
    }

    /** Writes the next batch from the queue; false when the queue was empty. */
    private boolean writeNext() {
        List<Queued> batch = new ArrayList<>();
        for (Queued q; batch.size() < MOST_PER_BATCH && (q = queue.poll()) != null; ) {
            batch.add(q);
        }
        if (batch.isEmpty()) {
            return false;
        }
        write(batch);
        return true;
    }

    /**
     * Writes what the batch can take in one local transaction; hands back the rest, or all of it on
     * failure. The connection is the pool's, taken for this batch only: Payara associates a pooled
     * connection with the thread's work, so one kept across requests could end up shared with a
     * JTA transaction of another request.
     */
    private void write(List<Queued> batch) {
        Map<Queued, Outcome> written = Map.of();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                written = writeIn(connection, batch);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                written = Map.of();
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            // each goes the usual way, which answers duplicates, outages and conflicts as it always did
            LOG.log(Level.FINE, "a batch of " + batch.size() + " samples was rolled back; stored one by one", e);
        }
        // settled only after the commit: a request is never answered for a sample that is not durable
        for (Queued q : batch) {
            q.settle(written.get(q));
        }
    }

    /** The statements of one batch; the arrivals stored, with their outcomes. */
    private Map<Queued, Outcome> writeIn(Connection connection, List<Queued> batch) throws SQLException {
        List<Arrival> arrivals = batch.stream().map(q -> q.arrival).toList();
        BatchStatements.Seen seen = statements.seen(connection, arrivals, settings.policy());
        Screening screening = new Screening(settings.policy());
        List<Arrival> taken = new ArrayList<>();
        List<SurveyResponse> samples = new ArrayList<>();
        Map<Queued, Outcome> outcomes = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            Arrival a = arrivals.get(i);
            if (seen.keyOrTicketUsed(i)) {
                continue; // a retry, or a ticket used before: the usual way replays it or flags the reuse
            }
            Verdict verdict = screening.judge(a.facts(seen.sameDevice(i), 0, 0, seen.sameAddress(i), false));
            if (verdict.status() != SampleStatus.VALID) {
                continue;
            }
            SurveyResponse sample = new SurveyResponse(a.answered(), a.score(), verdict, a.month(), a.arrivedAt());
            if (a.fromShopNetwork()) {
                sample.sentFromShopNetwork();
            }
            seen.stored(i);
            taken.add(a);
            samples.add(sample);
            outcomes.put(batch.get(i), new Outcome(sample.id(), verdict.status().name(), List.of(), false));
        }
        if (taken.isEmpty()) {
            return outcomes;
        }
        statements.insert(connection, taken, samples);
        List<Rollups.NewSample> counted = new ArrayList<>();
        for (int i = 0; i < taken.size(); i++) {
            counted.add(new Rollups.NewSample(taken.get(i).link().tenantId(), samples.get(i)));
        }
        rollups.countAll(connection, counted);
        return outcomes;
    }

}
