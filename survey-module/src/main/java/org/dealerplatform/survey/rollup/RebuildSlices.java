package org.dealerplatform.survey.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dealerplatform.core.persistence.NativeSql;

/**
 * The rebuild's steps, each one short transaction of its own (see {@link RollupRebuild}): list the
 * shops, read one shop's recount and kept rows, write a batch of one shop's corrections. Cross-tenant
 * statements on a tenant table, on purpose: they rebuild the cross-tenant read model, for the
 * association only.
 */
@ApplicationScoped
public class RebuildSlices {

    /** Every shop with samples or rollup rows; plain reads, no locks. */
    static final String SHOPS = "select shop_id from survey_response group by shop_id"
            + " union select shop_id from score_rollup group by shop_id order by 1";

    /**
     * One shop's recount per advisor row ('R'; the shop rows are their sums, {@link
     * Reconciliation#withShopRows}) and its kept rows ('K'), in ONE statement: a single statement
     * reads one snapshot under both READ COMMITTED and REPEATABLE READ (and in TiDB), and a
     * sample's insert and its rollup upsert commit together, so each sample is on both sides or on
     * neither. A plain (consistent, non-locking) read: it waits for nobody and nobody waits for it.
     * One pass over the shop's samples, by the index that leads with {@code shop_id}.
     */
    static final String READ = recount("coalesce(advisor_id, '" + Rollups.NO_ADVISOR + "')")
            + " union all select 'K', " + Rollups.COLUMNS + " from score_rollup where shop_id = ?";

    /** The primary key (the tenant is a plain column). */
    static final String KEY = "advisor_id = ? and month = ? and shop_id = ? and brand_code = ? and province_code = ?"
            + " and questionnaire_version = ?";

    /** A row is empty when no sample counts in it (every sample adds 1 to the count of its status). */
    static final String REMOVE_IF_EMPTY = "delete from score_rollup where " + KEY + " and "
            + RollupColumn.VALID_COUNT.column() + " = 0 and " + RollupColumn.SUSPECT_COUNT.column() + " = 0 and "
            + RollupColumn.INVALID_COUNT.column() + " = 0";

    /** The tenant is taken from the recount too (it is no key, so the plain upsert never changes it). */
    static String correction(int rows) {
        return Rollups.upsert(rows, "tenant_id = values(tenant_id), ");
    }

    private static String recount(String advisorKey) {
        String keys = Rollups.KEYS.stream().map(k -> k.equals("advisor_id") ? advisorKey : k)
                .collect(Collectors.joining(", "));
        return "select 'R', " + keys + ", " + RollupColumn.recounts() + " from survey_response where shop_id = ?"
                + " group by " + keys;
    }

    /** One shop as {@link #read} found it. */
    record Slice(List<RollupRow> recounted, List<RollupRow> kept) {
    }

    @PersistenceContext(unitName = "platform")
    EntityManager platform;

    @Inject
    RebuildLease lease;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> shops() {
        @SuppressWarnings("unchecked")
        List<Object> ids = NativeSql.query(platform, SHOPS).getResultList();
        return ids.stream().map(String::valueOf).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Slice read(String shopId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = NativeSql.query(platform, READ).setParameter(1, shopId).setParameter(2, shopId)
                .getResultList();
        List<RollupRow> recounted = new ArrayList<>();
        List<RollupRow> kept = new ArrayList<>();
        for (Object[] row : rows) {
            // side, then Rollups.KEYS: tenant_id, shop_id, advisor_id, month, brand_code, province_code, version
            RollupRow.Key key = new RollupRow.Key((String) row[2], (String) row[4], (String) row[5], (String) row[6],
                    ((Number) row[7]).intValue(), (String) row[3]);
            RollupRow read = new RollupRow(key, (String) row[1], RollupRow.measures(row, 1 + Rollups.KEYS.size()));
            ("R".equals(String.valueOf(row[0])) ? recounted : kept).add(read);
        }
        return new Slice(Reconciliation.withShopRows(recounted), kept);
    }

    /**
     * Corrections of one shop, as additions, in one transaction: the lease first (see {@link
     * RebuildLease}), then group by group in ascending month (each preceded by the change to the
     * shop's year, {@link ShopYears}), at most one group a month (the
     * caller's batches), each group's rows in the order every writer locks them (shop row first),
     * then the same change to the rows above the shop ({@link Aggregates}), then the removal of the
     * group's rows left empty. Returns the rows removed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int correct(String run, List<Reconciliation.Correction> batch) {
        lease.renewIn(platform, run);
        int removed = 0;
        for (Reconciliation.Correction correction : batch) {
            List<RollupRow> rows = correction.additions();
            List<Aggregates.ShopRowChange> changes = rows.stream().filter(r -> r.key().isWholeShop())
                    .map(r -> new Aggregates.ShopRowChange(r.tenantId(), r.key().shopId(), r.key().month(),
                            r.key().brandCode(), r.key().provinceCode(), r.key().questionnaireVersion(),
                            r.measures())).toList();
            // the shop's year before the group's rows, as every writer takes them
            Rollups.addYears(platform, ShopYears.of(changes));
            Query upsert = NativeSql.query(platform, correction(rows.size()));
            int i = 1;
            for (RollupRow row : rows) {
                RollupRow.Key k = row.key();
                for (Object value : List.of(row.tenantId(), k.shopId(), k.advisorId(), k.month(), k.brandCode(),
                        k.provinceCode(), k.questionnaireVersion())) {
                    upsert.setParameter(i++, value);
                }
                for (RollupColumn column : RollupColumn.values()) {
                    upsert.setParameter(i++, row.value(column));
                }
            }
            upsert.executeUpdate();
            // the rows above the shop gain what the shop row gained, after the group's rows
            Rollups.add(platform, Aggregates.of(changes));
            for (RollupRow.Key k : correction.removals()) {
                removed += NativeSql.query(platform, REMOVE_IF_EMPTY).setParameter(1, k.advisorId())
                        .setParameter(2, k.month()).setParameter(3, k.shopId()).setParameter(4, k.brandCode())
                        .setParameter(5, k.provinceCode()).setParameter(6, k.questionnaireVersion()).executeUpdate();
            }
        }
        return removed;
    }
}
