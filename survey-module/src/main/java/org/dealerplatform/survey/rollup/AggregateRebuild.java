package org.dealerplatform.survey.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dealerplatform.core.persistence.NativeSql;

/**
 * The rebuild's last step: the rows above the shop ({@link Aggregates}) recounted from the
 * shop-level rows. The same argument as {@link RollupRebuild}'s, one level up: every transaction
 * that changes a shop-level row changes the level rows by the same amounts in the same
 * transaction, so one statement that reads both (one snapshot, no lock) sees their difference
 * exactly as the level rows' own drift, whatever was in flight; that difference is added with the
 * writers' additive upsert, one row per short transaction (which holds only that row, so it cannot
 * deadlock with anyone), each renewing the rebuild's lease first. Rows no shop row holds are
 * deleted once empty. Rows that are right cost only the read. The shops' years ({@link ShopYears})
 * are recounted the same way, after both levels.
 */
@ApplicationScoped
public class AggregateRebuild {

    @PersistenceContext(unitName = "platform")
    EntityManager platform;

    @Inject
    RebuildLease lease;

    /** One level's recount and kept rows, read in one statement. */
    static String read(Aggregates.Level level) {
        return level.recount() + " union all " + level.kept();
    }

    /** The drift of one level's rows, from one snapshot. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Aggregates.Drift> drift(Aggregates.Level level) {
        Map<List<Object>, double[]> recounted = Aggregates.keyed();
        Map<List<Object>, double[]> kept = Aggregates.keyed();
        int keys = level.keys().size();
        for (Object result : NativeSql.query(platform, read(level)).getResultList()) {
            Object[] row = (Object[]) result;
            List<Object> key = new ArrayList<>();
            for (int i = 1; i <= keys; i++) {
                key.add(row[i] instanceof Number n ? (Object) n.intValue() : String.valueOf(row[i]));
            }
            ("R".equals(String.valueOf(row[0])) ? recounted : kept).put(List.copyOf(key),
                    RollupRow.measures(row, 1 + keys));
        }
        return Aggregates.drift(level, recounted, kept);
    }

    /** The drift of the shops' years ({@link ShopYears}), from one snapshot. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ShopYears.Drift> yearDrift() {
        Map<ShopYears.Key, long[]> recounted = new TreeMap<>();
        Map<ShopYears.Key, long[]> kept = new TreeMap<>();
        for (Object result : NativeSql.query(platform, ShopYears.read()).getResultList()) {
            Object[] row = (Object[]) result;
            ShopYears.Key key = new ShopYears.Key(((Number) row[1]).intValue(), String.valueOf(row[2]),
                    String.valueOf(row[3]), String.valueOf(row[4]));
            long[] valid = new long[12];
            for (int m = 0; m < 12; m++) {
                valid[m] = ((Number) row[5 + m]).longValue();
            }
            ("R".equals(String.valueOf(row[0])) ? recounted : kept).put(key, valid);
        }
        return ShopYears.drift(recounted, kept);
    }

    /** Adds one shop year's drift (and deletes the row once no valid sample counts in it); true if it deleted it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean correct(String run, ShopYears.Drift drift) {
        lease.renewIn(platform, run);
        Rollups.addYears(platform, List.of(drift.addition()));
        if (!drift.unheld()) {
            return false;
        }
        Query remove = NativeSql.query(platform, ShopYears.removeIfEmpty());
        int i = 1;
        for (Object value : drift.addition().key().values()) {
            remove.setParameter(i++, value);
        }
        return remove.executeUpdate() == 1;
    }

    /** Adds one row's drift (and deletes the row if no sample counts in it any more); true if it deleted it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean correct(String run, Aggregates.Drift drift) {
        lease.renewIn(platform, run);
        Rollups.add(platform, List.of(drift.addition()));
        if (!drift.unheld()) {
            return false;
        }
        Query remove = NativeSql.query(platform, drift.addition().level().removeIfEmpty());
        int i = 1;
        for (Object value : drift.addition().key()) {
            remove.setParameter(i++, value);
        }
        return remove.executeUpdate() == 1;
    }
}
