package org.dealerplatform.survey.scores;

import org.dealerplatform.core.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dealerplatform.survey.rollup.Aggregates;
import org.dealerplatform.survey.rollup.RollupColumn;
import org.dealerplatform.survey.rollup.Rollups;
import org.dealerplatform.survey.rollup.ShopYears;

/**
 * Reads {@code score_rollup} and the rows above the shop, never the samples. Each question is one
 * grouped query over the period's rows; means are taken only after summing (see {@link Aggregate}).
 * Tenant filters here are by hand, on the read model's plain {@code tenant_id} column.
 */
@ApplicationScoped
public class ScoreQueries {

    /** The sums of every measure column, in {@link RollupColumn} order. */
    static final String SUMS = RollupColumn.sums();

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /**
     * Sums grouped by one key column (or none), for shop-level rows matching {@code where}. Reads the
     * shop-level rows unless {@code where} names advisor rows itself. Keys and conditions are code
     * constants, never request input; values go in as parameters.
     */
    public Map<String, Aggregate> grouped(String key, String where, Period period, Object... params) {
        String rows = where.contains("advisor_id") ? "" : "advisor_id = '" + Rollups.WHOLE_SHOP + "'";
        return sums("score_rollup", key, rows.isEmpty() ? where : where.isEmpty() ? rows : rows + " and " + where,
                period, params);
    }

    public Aggregate total(String where, Period period, Object... params) {
        return grouped(null, where, period, params).values().stream().findFirst().orElseGet(Aggregate::new);
    }

    /**
     * The same from the rows above the shop ({@link Aggregates.Level}): equal to summing the
     * shop-level rows, a few hundred rows a month instead of one per shop.
     */
    public Map<String, Aggregate> grouped(Aggregates.Level level, String key, String where, Period period,
                                          Object... params) {
        return sums(level.table(), key, where, period, params);
    }

    public Aggregate total(Aggregates.Level level, String where, Period period, Object... params) {
        return grouped(level, null, where, period, params).values().stream().findFirst().orElseGet(Aggregate::new);
    }

    private Map<String, Aggregate> sums(String table, String key, String where, Period period, Object... params) {
        String select = key == null ? "select '' , " + SUMS : "select " + key + ", " + SUMS;
        String sql = select + " from " + table + " where month between ? and ?" + (where.isEmpty() ? "" : " and " + where)
                + (key == null ? "" : " group by " + key);
        var query = NativeSql.query(em, sql).setParameter(1, period.fromText()).setParameter(2, period.toText());
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 3, params[i]);
        }
        Map<String, Aggregate> result = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            if (columns[1] == null) {
                continue; // sums over no rows
            }
            result.put(String.valueOf(columns[0]), new Aggregate().add(columns, 1));
        }
        return result;
    }

    /**
     * How many shops have at least one valid sample in the period, optionally of one brand or
     * province ({@code where} on those columns). A count of distinct shops adds up over no level
     * above the shop, so it reads the shops' years ({@link ShopYears}): one narrow row per shop and
     * calendar year of the period, not one shop row per month and questionnaire version.
     */
    public long coveredShops(String where, Period period, Object... params) {
        List<Object> values = new ArrayList<>(ShopYears.years(period.from(), period.to()));
        values.addAll(List.of(params));
        var query = NativeSql.query(em, "select count(distinct shop_id) from " + ShopYears.TABLE + " where "
                + ShopYears.validIn(period.from(), period.to()) + (where.isEmpty() ? "" : " and " + where));
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
