package org.dealerplatform.core.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.dealerplatform.core.persistence.NativeSql;

/**
 * Named leases in the {@code cluster_lease} table: a holder has the lease until it expires or is
 * released; then anyone may take it. A node that dies simply stops renewing, and its lease runs
 * out. Each call commits on its own (a lease must be visible to the other nodes at once, whatever
 * the caller's transaction does).
 */
@ApplicationScoped
public class Leases {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /**
     * Takes or renews the lease for {@code length}: true when {@code holder} has it now, false when
     * another holder's lease has not expired yet.
     * <p>
     * The conditional UPDATE comes first: on an existing row (every lease after its first use, as
     * {@link #release} keeps the row) it takes the row's exclusive lock at once, so two nodes
     * asking together simply queue. The other order deadlocked: INSERT IGNORE meeting the
     * existing row takes a shared lock on it, both nodes then wanted the exclusive one for the
     * UPDATE, and InnoDB rolled one back (seen in the two-node tests at every tick of the tasks).
     * Only the very first creation of a name can still meet a deadlock (two gap locks, two
     * inserts); {@code ConflictRetries} runs that transaction again and it finds the row.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean acquire(String name, String holder, Duration length) {
        long micros = length.toMillis() * 1000;
        int renewedOrTaken = NativeSql.query(em, "update cluster_lease set holder = ?, expires_at = date_add(now(3),"
                        + " interval ? microsecond) where name = ? and (holder = ? or expires_at < now(3))")
                .setParameter(1, holder).setParameter(2, micros).setParameter(3, name).setParameter(4, holder)
                .executeUpdate();
        if (renewedOrTaken == 1) {
            return true;
        }
        return NativeSql.query(em, "insert ignore into cluster_lease (name, holder, expires_at)"
                        + " values (?, ?, date_add(now(3), interval ? microsecond))")
                .setParameter(1, name).setParameter(2, holder).setParameter(3, micros).executeUpdate() == 1;
    }

    /**
     * Gives the lease up, if {@code holder} still has it; the next {@link #acquire} by anyone wins.
     * The row stays, expired, so that the next acquire updates it rather than racing to insert.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String name, String holder) {
        NativeSql.query(em, "update cluster_lease set expires_at = date_sub(now(3), interval 1 second)"
                        + " where name = ? and holder = ?")
                .setParameter(1, name).setParameter(2, holder).executeUpdate();
    }
}
