package org.dealerplatform.survey.scores;

import org.dealerplatform.core.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dealerplatform.survey.rollup.RollupColumn;

/**
 * Reads {@code score_rollup}, never the samples. Each question is one grouped query over the
 * period's rollup rows; means are taken only after summing (see {@link Aggregate}).
 * Tenant filters here are by hand, on the read model's plain {@code tenant_id} column.
 */
@ApplicationScoped
public class ScoreQueries {

    /** The sums of every measure column, in {@link RollupColumn} order. */
    static final String SUMS = RollupColumn.sums();

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /**
     * Sums grouped by one key column (or none), for rows matching {@code where}. Reads the
     * shop-level rows unless {@code where} names advisor rows itself. Keys and conditions are
     * code constants, never request input; values go in as parameters.
     */
    public Map<String, Aggregate> grouped(String key, String where, Period period, Object... params) {
        String select = key == null ? "select '' , " + SUMS : "select " + key + ", " + SUMS;
        String rows = where.contains("advisor_id") ? "" : " and advisor_id = '*'";
        String sql = select + " from score_rollup where month between ? and ?" + rows
                + (where.isEmpty() ? "" : " and " + where) + (key == null ? "" : " group by " + key);
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

    public Aggregate total(String where, Period period, Object... params) {
        return grouped(null, where, period, params).values().stream().findFirst().orElseGet(Aggregate::new);
    }

    /** How many distinct values of a column have at least one valid sample in the period (shop-level rows). */
    public long covered(String column, Period period) {
        Object count = NativeSql.query(em, "select count(distinct " + column + ") from score_rollup"
                        + " where advisor_id = '*' and month between ? and ?"
                        + " and " + RollupColumn.VALID_COUNT.column() + " > 0")
                .setParameter(1, period.fromText()).setParameter(2, period.toText()).getSingleResult();
        return ((Number) count).longValue();
    }

}
