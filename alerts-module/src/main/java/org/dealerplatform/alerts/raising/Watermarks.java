package org.dealerplatform.alerts.raising;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.dealerplatform.core.alerts.AlertSamples.Position;
import org.dealerplatform.core.persistence.InstantColumn;
import org.dealerplatform.core.persistence.NativeSql;

/**
 * How far each scan over status changes has read ({@code alert_scan}, one row per scan): the
 * samples that came to count, and those that stopped counting. A scan starts {@link #LATE_COMMITS}
 * before its watermark because a sample's status-change time is taken before its transaction
 * commits; re-reading is harmless to both scans.
 */
@ApplicationScoped
public class Watermarks {

    static final Duration LATE_COMMITS = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /**
     * Where the named scan starts. Its first run ever starts now: installing the module (or
     * enabling it for a group) acts on no sample long answered.
     */
    @Transactional
    public Position start(String name, Instant now) {
        NativeSql.query(em, "insert ignore into alert_scan (name, changed_at, updated_at) values (?, ?, ?)")
                .setParameter(1, name).setParameter(2, Timestamp.from(now)).setParameter(3, Timestamp.from(now))
                .executeUpdate();
        Instant watermark = InstantColumn.read(NativeSql.query(em, "select changed_at from alert_scan where name = ?")
                .setParameter(1, name).getSingleResult());
        return Position.startOf(watermark.minus(LATE_COMMITS));
    }

    /** Moves the named watermark to {@code reached}, never back (another node may be further on). */
    @Transactional
    public void advance(String name, Instant reached, Instant now) {
        NativeSql.query(em, "update alert_scan set changed_at = greatest(changed_at, ?), updated_at = ? where name = ?")
                .setParameter(1, Timestamp.from(reached)).setParameter(2, Timestamp.from(now))
                .setParameter(3, name).executeUpdate();
    }
}
