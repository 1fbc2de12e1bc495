package org.dealerplatform.survey.scores;

import org.dealerplatform.core.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code score_rollup}, never the samples. Each question is one grouped query over the
 * period's rollup rows; means are taken only after summing (see {@link Aggregate}).
 * Tenant filters here are by hand, on the read model's plain {@code tenant_id} column.
 */
@ApplicationScoped
public class ScoreQueries {

    static final String SUMS = "sum(valid_count), sum(overall_sum), sum(overall_sq_sum), sum(advisor_sum), sum(advisor_n), sum(time_sum),"
            + " sum(time_n), sum(quality_sum), sum(quality_n), sum(price_sum), sum(price_n), sum(facilities_sum),"
            + " sum(facilities_n), sum(nps_n), sum(nps_promoters), sum(nps_detractors), sum(suspect_count),"
            + " sum(invalid_count)";

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
                        + " where advisor_id = '*' and month between ? and ? and valid_count > 0")
                .setParameter(1, period.fromText()).setParameter(2, period.toText()).getSingleResult();
        return ((Number) count).longValue();
    }

}
