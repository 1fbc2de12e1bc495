package org.dealerplatform.survey.scores;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dealerplatform.core.persistence.NativeSql;
import org.dealerplatform.core.scores.ScoreQuery;
import org.dealerplatform.core.scores.ScoreReader;
import org.dealerplatform.core.scores.ScoreTotals;
import org.dealerplatform.survey.rollup.RollupColumn;
import org.dealerplatform.survey.rollup.Rollups;

/**
 * The survey module's scores for other modules (core's {@link ScoreReader}): one grouped read of
 * {@code score_rollup} per call, across tenants as the interface says. A shop's figures come
 * from its shop-level rows, an advisor's from the rows of the samples that named them.
 */
@ApplicationScoped
public class PublishedScores implements ScoreReader {

    /**
     * Up to this many ids go into the statement; for more (a national season's shops or
     * advisors) the period is read whole and the ids picked here: one short scan instead of an
     * IN list of thousands of parameters.
     */
    static final int LONGEST_ID_LIST = 200;

    static final String SHOP_ROWS = "advisor_id = '" + Rollups.WHOLE_SHOP + "'";
    static final String ADVISOR_ROWS = "advisor_id not in ('" + Rollups.WHOLE_SHOP + "', '" + Rollups.NO_ADVISOR + "')";

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Override
    @Transactional
    public Map<String, ScoreTotals> shops(ScoreQuery query) {
        return query.ids().isEmpty() ? Map.of() : byId(read(Statement.of("shop_id", SHOP_ROWS, query, query.ids())));
    }

    @Override
    @Transactional
    public Map<String, ScoreTotals> advisors(ScoreQuery query) {
        return query.ids().isEmpty() ? Map.of()
                : byId(read(Statement.of("advisor_id", ADVISOR_ROWS, query, query.ids())));
    }

    @Override
    @Transactional
    public Map<String, SortedMap<YearMonth, ScoreTotals>> shopMonths(ScoreQuery query) {
        return query.ids().isEmpty() ? Map.of()
                : byIdAndMonth(read(Statement.of("shop_id, month", SHOP_ROWS, query, query.ids())));
    }

    @Override
    @Transactional
    public Map<String, ScoreTotals> allShops(ScoreQuery query) {
        return byId(read(Statement.of("shop_id", SHOP_ROWS, query, null)));
    }

    private List<Object[]> read(Statement statement) {
        Query query = NativeSql.query(em, statement.sql());
        for (int i = 0; i < statement.parameters().size(); i++) {
            query.setParameter(i + 1, statement.parameters().get(i));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            if (statement.keeps(String.valueOf(columns[0]))) {
                rows.add(columns);
            }
        }
        return rows;
    }

    /** Rows of {@code id, sums...}; an id whose rows hold no sample is left out. */
    static Map<String, ScoreTotals> byId(List<Object[]> rows) {
        Map<String, ScoreTotals> totals = new HashMap<>();
        for (Object[] row : rows) {
            ScoreTotals t = RollupColumn.totals(row, 1);
            if (t.screenedSamples() > 0) {
                totals.merge(String.valueOf(row[0]), t, ScoreTotals::plus);
            }
        }
        return totals;
    }

    /** Rows of {@code id, month, sums...}. */
    static Map<String, SortedMap<YearMonth, ScoreTotals>> byIdAndMonth(List<Object[]> rows) {
        Map<String, SortedMap<YearMonth, ScoreTotals>> totals = new HashMap<>();
        for (Object[] row : rows) {
            ScoreTotals t = RollupColumn.totals(row, 2);
            if (t.screenedSamples() > 0) {
                totals.computeIfAbsent(String.valueOf(row[0]), id -> new TreeMap<>())
                        .merge(YearMonth.parse(String.valueOf(row[1])), t, ScoreTotals::plus);
            }
        }
        return totals;
    }

    /**
     * One grouped read: the key columns (the first is the id), which rows, the period and
     * versions as parameters, and the ids either in the statement or kept back for {@link #keeps}.
     * Keys and row conditions are constants of this class, never a caller's input.
     */
    record Statement(String sql, List<Object> parameters, Set<String> pickedAfterwards) {

        static Statement of(String keys, String rows, ScoreQuery query, Set<String> ids) {
            List<Object> parameters = new ArrayList<>(List.of(query.from().toString(), query.to().toString()));
            StringBuilder sql = new StringBuilder("select ").append(keys).append(", ").append(RollupColumn.sums())
                    .append(" from score_rollup where ").append(rows).append(" and month between ? and ?");
            if (!query.questionnaireVersions().isEmpty()) {
                List<Integer> versions = new ArrayList<>(query.questionnaireVersions());
                Collections.sort(versions);
                sql.append(" and questionnaire_version in ").append(placeholders(versions.size()));
                parameters.addAll(versions);
            }
            boolean listed = ids != null && ids.size() <= LONGEST_ID_LIST;
            if (listed) {
                List<String> sorted = new ArrayList<>(ids);
                Collections.sort(sorted);
                sql.append(" and ").append(keys.split(",")[0]).append(" in ").append(placeholders(sorted.size()));
                parameters.addAll(sorted);
            }
            sql.append(" group by ").append(keys);
            Set<String> pickedAfterwards = ids == null || listed ? null : Set.copyOf(ids);
            return new Statement(sql.toString(), List.copyOf(parameters), pickedAfterwards);
        }

        boolean keeps(String id) {
            return pickedAfterwards == null || pickedAfterwards.contains(id);
        }

        private static String placeholders(int n) {
            return "(" + String.join(", ", Collections.nCopies(n, "?")) + ")";
        }
    }
}
