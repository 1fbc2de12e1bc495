package org.dealerplatform.survey.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.core.scores.ScoreQuery;
import org.dealerplatform.core.scores.ScoreTotals;
import org.dealerplatform.survey.scores.PublishedScores.Statement;
import org.junit.jupiter.api.Test;

/** How the published reader asks score_rollup, and how its rows become ScoreTotals. */
class PublishedScoresTest {

    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final YearMonth MAY = YearMonth.of(2026, 5);

    /** A grouped result row: keys, then valid, sum, squares, five dimensions (sum, n), nps n/+/-, suspect, invalid. */
    static Object[] row(Object[] keys, long valid, double sum, double squares, long suspect) {
        Object[] sums = {valid, sum, squares, sum, valid, sum, valid, sum, valid, sum, valid, sum, valid, valid, valid,
            0L, suspect, 0L};
        Object[] row = new Object[keys.length + sums.length];
        System.arraycopy(keys, 0, row, 0, keys.length);
        System.arraycopy(sums, 0, row, keys.length, sums.length);
        return row;
    }

    @Test
    void aFewShopsAreNamedInTheStatementWithTheVersionsThatCount() {
        Statement s = Statement.of("shop_id", PublishedScores.SHOP_ROWS,
                new ScoreQuery(Set.of("s2", "s1"), MARCH, MAY, Set.of(3, 1)), Set.of("s2", "s1"));
        assertEquals("select shop_id, " + ScoreQueries.SUMS + " from score_rollup where advisor_id = '*'"
                + " and month between ? and ? and questionnaire_version in (?, ?) and shop_id in (?, ?)"
                + " group by shop_id", s.sql());
        assertEquals(List.of("2026-03", "2026-05", 1, 3, "s1", "s2"), s.parameters());
        assertTrue(s.keeps("s1"));
    }

    @Test
    void manyAdvisorsAreReadWithThePeriodAndPickedAfterwards() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 3000; i++) {
            ids.add("advisor-" + i);
        }
        Statement s = Statement.of("advisor_id", PublishedScores.ADVISOR_ROWS, ScoreQuery.of(ids, MARCH, MAY), ids);
        assertEquals("select advisor_id, " + ScoreQueries.SUMS + " from score_rollup where advisor_id not in ('*', '')"
                + " and month between ? and ? group by advisor_id", s.sql());
        assertEquals(List.of("2026-03", "2026-05"), s.parameters());
        assertTrue(s.keeps("advisor-2999"));
        assertFalse(s.keeps("advisor-3000"));
    }

    @Test
    void everyShopIsOneStatementWithoutIds() {
        Statement s = Statement.of("shop_id, month", PublishedScores.SHOP_ROWS, ScoreQuery.of(Set.of(), MAY, MAY),
                null);
        assertTrue(s.sql().endsWith(" and month between ? and ? group by shop_id, month"), s.sql());
        assertTrue(s.keeps("any"));
    }

    @Test
    void rowsBecomeTotalsByIdAndAnIdWithoutSamplesIsLeftOut() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(row(new Object[] {"s1"}, 2, 150.0, 80 * 80 + 70 * 70, 1));
        rows.add(row(new Object[] {"s2"}, 0, 0, 0, 0));
        Map<String, ScoreTotals> totals = PublishedScores.byId(rows);
        assertEquals(Set.of("s1"), totals.keySet());
        ScoreTotals s1 = totals.get("s1");
        assertEquals(2, s1.validSamples());
        assertEquals(75.0, s1.mean());
        assertEquals(75.0, s1.dimensionMean(Dimension.PRICE));
        assertEquals(100.0, s1.nps());
        assertEquals(1, s1.suspectSamples());
        assertEquals(50.0, s1.variance());
    }

    @Test
    void monthsOfAShopAreInOrder() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(row(new Object[] {"s1", "2026-05"}, 1, 90.0, 8100.0, 0));
        rows.add(row(new Object[] {"s1", "2026-03"}, 2, 150.0, 11300.0, 0));
        rows.add(row(new Object[] {"s2", "2026-04"}, 1, 40.0, 1600.0, 0));
        Map<String, SortedMap<YearMonth, ScoreTotals>> months = PublishedScores.byIdAndMonth(rows);
        assertEquals(List.of(MARCH, MAY), List.copyOf(months.get("s1").keySet()));
        assertEquals(75.0, months.get("s1").get(MARCH).mean());
        assertEquals(90.0, months.get("s1").get(MAY).mean());
        assertEquals(40.0, months.get("s2").get(YearMonth.of(2026, 4)).mean());
    }
}
