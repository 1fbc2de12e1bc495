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
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean acquire(String name, String holder, Duration length) {
        long micros = length.toMillis() * 1000;
        int taken = NativeSql.query(em, "insert ignore into cluster_lease (name, holder, expires_at)"
                        + " values (?, ?, date_add(now(3), interval ? microsecond))")
                .setParameter(1, name).setParameter(2, holder).setParameter(3, micros).executeUpdate();
        if (taken == 1) {
            return true;
        }
        return NativeSql.query(em, "update cluster_lease set holder = ?, expires_at = date_add(now(3), interval ?"
                        + " microsecond) where name = ? and (holder = ? or expires_at < now(3))")
                .setParameter(1, holder).setParameter(2, micros).setParameter(3, name).setParameter(4, holder)
                .executeUpdate() == 1;
    }

    /** Gives the lease up, if {@code holder} still has it; the next {@link #acquire} by anyone wins. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String name, String holder) {
        NativeSql.query(em, "delete from cluster_lease where name = ? and holder = ?")
                .setParameter(1, name).setParameter(2, holder).executeUpdate();
    }
}
