package org.dealerplatform.survey.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.persistence.NativeSql;

/**
 * One rebuild at a time, across nodes: the single row of {@code score_rollup_rebuild} names the
 * run that holds it. Two rebuilds at once would each measure the same drift and correct it twice,
 * so a second one is refused while the first renews its lease; a run that died (node killed) loses
 * the lease after {@link #EXPIRES_SECONDS} without renewal. Every correction renews the lease in
 * its own transaction before it touches a rollup row, so a run that lost its lease (paused past the
 * expiry while another took over) cannot write a single correction more. Submissions never touch
 * this row: it excludes rebuilds from each other, nothing else. Times are the database's, so nodes'
 * clocks do not matter; {@code renewals} changes on every write, so a write always counts as a
 * changed row.
 */
@ApplicationScoped
public class RebuildLease {

    static final int EXPIRES_SECONDS = 120;

    static final String CLAIM = "update score_rollup_rebuild set run_id = ?, started_at = now(3), renewed_at = now(3),"
            + " renewals = renewals + 1 where name = 'score_rollup' and (run_id is null or renewed_at < now(3)"
            + " - interval " + EXPIRES_SECONDS + " second)";
    static final String RENEW = "update score_rollup_rebuild set renewed_at = now(3), renewals = renewals + 1"
            + " where name = 'score_rollup' and run_id = ?";
    static final String RELEASE = "update score_rollup_rebuild set run_id = null, renewals = renewals + 1"
            + " where name = 'score_rollup' and run_id = ?";

    /** The run no longer holds the lease; it must stop before writing anything more. */
    public static final class Lost extends IllegalStateException {
        Lost() {
            super("another rollup rebuild took over after this one stopped renewing its lease");
        }
    }

    @PersistenceContext(unitName = "platform")
    EntityManager platform;

    @Inject
    AuditTrail audit;

    /** Takes the lease for {@code run}; false when another run holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String run) {
        return NativeSql.query(platform, CLAIM).setParameter(1, run).executeUpdate() == 1;
    }

    /** Renews the lease in a transaction of its own (while reading slices that need no correction). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void renew(String run) {
        renewIn(platform, run);
    }

    /** Renews the lease in the caller's transaction, which then holds the lease row until it ends. */
    void renewIn(EntityManager em, String run) {
        if (NativeSql.query(em, RENEW).setParameter(1, run).executeUpdate() != 1) {
            throw new Lost();
        }
    }

    /** Gives the lease back and records what the run did, in one transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String run, String action, String summary) {
        NativeSql.query(platform, RELEASE).setParameter(1, run).executeUpdate();
        audit.record(action, "rollups", "score_rollup", summary, null);
    }
}
