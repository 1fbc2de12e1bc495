package org.dealerplatform.survey.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.dealerplatform.core.persistence.NativeSql;

/**
 * Makes a start ticket count once, across concurrent requests, nodes and restarts: the first
 * submission of a page view inserts the view's row (primary key), in the sample's own
 * transaction, so a sample that is rolled back leaves its ticket unused. Concurrent inserts of one
 * view wait for each other at the key; the later one finds the row and is a reuse unless it is a
 * retry of the same submission (same idempotency key). One insert per sample on the hot path; the
 * row is read only when it already exists.
 */
@ApplicationScoped
public class TicketUses {

    static final int SWEEP_BATCH = 5_000;

    @PersistenceContext(unitName = "platform")
    EntityManager platform;

    /**
     * Records the use of a good (or expired) ticket by the submission with {@code idempotencyKey};
     * false when another submission used it first. Joins the caller's transaction on {@code em}.
     */
    public boolean firstUse(EntityManager em, StartTicket ticket, String idempotencyKey) {
        int inserted = NativeSql.query(em, "insert ignore into survey_ticket_use (view_id, idempotency_key, expires_at)"
                        + " values (?, ?, ?)")
                .setParameter(1, ticket.view()).setParameter(2, idempotencyKey)
                .setParameter(3, Timestamp.from(ticket.expires())).executeUpdate();
        if (inserted == 1) {
            return true;
        }
        // a locking read: a plain one would read this transaction's snapshot, which may predate the row
        @SuppressWarnings("unchecked")
        List<Object> keys = NativeSql.query(em, "select idempotency_key from survey_ticket_use where view_id = ?"
                + " lock in share mode").setParameter(1, ticket.view()).getResultList();
        return !keys.isEmpty() && idempotencyKey.equals(String.valueOf(keys.get(0)));
    }

    /** Deletes up to {@link #SWEEP_BATCH} rows of tickets expired before {@code now}; how many went. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sweep(Instant now) {
        return NativeSql.query(platform, "delete from survey_ticket_use where expires_at < ? limit " + SWEEP_BATCH)
                .setParameter(1, Timestamp.from(now)).executeUpdate();
    }
}
