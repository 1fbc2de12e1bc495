package org.dealerplatform.survey.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.dealerplatform.core.persistence.InstantColumn;
import org.dealerplatform.core.persistence.NativeSql;

/**
 * The statements of the hash sweep, one bounded batch per transaction. Every statement is
 * idempotent (set NULL what is older than a cut-off, delete what is older), so several nodes
 * sweeping at once only share the work. Across all dealer groups on purpose: retention is the
 * platform's rule, not a group's, so these are the tenant tables' only statements without a
 * tenant filter; they read no answer and return no row to anyone.
 */
@ApplicationScoped
public class HashSweep {

    static final int BATCH = 1_000;

    @PersistenceContext(unitName = "platform")
    EntityManager platform;

    /** What one batch did: how many samples it looked at, and where the next batch starts. */
    public record Batch(int samples, Instant next) {
        public boolean full() {
            return samples == BATCH;
        }
    }

    /**
     * Clears the hash of up to {@value #BATCH} samples submitted in [from, before), oldest first:
     * a keyset walk on the submission time, so a backlog is never scanned twice.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Batch clear(TracedHash hash, Instant from, Instant before) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = NativeSql.query(platform, "select id, submitted_at from survey_response"
                + " where submitted_at >= ? and submitted_at < ? and " + hash.column() + " is not null"
                + " order by submitted_at limit " + BATCH)
                .setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(before)).getResultList();
        if (rows.isEmpty()) {
            return new Batch(0, before);
        }
        List<Object> ids = rows.stream().map(r -> r[0]).toList();
        var update = NativeSql.query(platform, "update survey_response set " + clearing(hash)
                + " where id in (" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")"
                + " and submitted_at < ?");
        int i = 1;
        for (Object id : ids) {
            update.setParameter(i++, id);
        }
        update.setParameter(i, Timestamp.from(before)).executeUpdate();
        return new Batch(rows.size(), InstantColumn.read(rows.get(rows.size() - 1)[1]));
    }

    /**
     * Deletes up to {@value #BATCH} review-cause rows of this hash last carried before the cut-off:
     * past its window a cause joins nothing ({@code CaseGrouping#live}), and its key is a digest of
     * the hash. A sample taking the row meanwhile holds its lock and moves {@code last_at}, so the
     * DELETE re-checks and leaves it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetCauses(TracedHash hash, Instant before) {
        return NativeSql.query(platform, "delete from screening_cause where kind = ? and last_at < ? limit " + BATCH)
                .setParameter(1, hash.cause().name()).setParameter(2, Timestamp.from(before)).executeUpdate();
    }

    /**
     * The assignments that clear one hash. A phone also leaves the request hash, which bound the
     * idempotency key to the answers and the phone hash: whoever holds the survey secret could
     * still test a guessed number against it. Replaced by a digest of the sample id (assignments
     * run left to right, so before the phone hash goes); a retry weeks later cannot happen.
     */
    static String clearing(TracedHash hash) {
        return switch (hash) {
            case PHONE -> "request_hash = case when phone_hash is null then request_hash"
                    + " else sha2(concat('erased|', id), 256) end, phone_hash = null";
            case DEVICE, ADDRESS -> hash.column() + " = null";
        };
    }
}
