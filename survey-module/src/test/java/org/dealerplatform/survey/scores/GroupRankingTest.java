package org.dealerplatform.survey.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.dealerplatform.core.scores.ScoreTotals;
import org.dealerplatform.survey.scores.GroupRanking.GroupRank;
import org.dealerplatform.survey.scores.ScoreViews.RankRow;
import org.junit.jupiter.api.Test;

/**
 * The group rank by the fair ranking method, on a small field worked by hand: three groups with at
 * least 50 valid samples (standard deviation 20 each) and one below the minimum.
 * Field: μ = 217 160 / 2 560 = 84.828, σ² = 400, τ² = 4.657, k = σ²/τ² = 85.88;
 * g-big w = 2000/2085.88 = 0.959 → 85.47; g-small w = 60/145.88 = 0.411 → 85.31; g-low w = 0.853 → 82.41.
 */
class GroupRankingTest {

    static final int MINIMUM = 50;

    /** Valid samples with this mean and standard deviation: Σ = n·mean, Σ² = (n − 1)·sd² + n·mean². */
    static ScoreTotals group(long n, double mean, double sd) {
        return new ScoreTotals(n, n * mean, (n - 1) * sd * sd + n * mean * mean, new double[5], new long[5], 0, 0, 0,
                0, 0);
    }

    static final Map<String, ScoreTotals> FIELD = Map.of(
            "g-big", group(2000, 85.5, 20),
            "g-small", group(60, 86.0, 20),
            "g-low", group(500, 82.0, 20),
            "g-new", group(30, 95.0, 20));

    @Test
    void aSmallGroupWithTheHigherRawMeanRanksBelowALargeOne() {
        GroupRank small = GroupRanking.of("g-small", FIELD, MINIMUM);
        assertEquals(2, small.rank());
        assertEquals(3, small.rankedGroups());
        assertNull(small.notRanked());
        assertEquals(List.of(new RankRow(1, false, 85.47, 85.5, 2000), new RankRow(2, true, 85.31, 86.0, 60),
                new RankRow(3, false, 82.41, 82.0, 500)), small.rows());
    }

    @Test
    void aGroupBelowTheMinimumIsToldItIsNotRankedAndSeesTheRankedOnes() {
        GroupRank fresh = GroupRanking.of("g-new", FIELD, MINIMUM);
        assertNull(fresh.rank());
        assertEquals("TOO_FEW_SAMPLES", fresh.notRanked());
        assertEquals(3, fresh.rankedGroups());
        assertEquals(new RankRow(null, true, null, 95.0, 30), fresh.rows().get(3));
        assertEquals(4, fresh.rows().size(), "the other unranked groups are not listed");
    }

    @Test
    void aGroupWithoutSamplesInThePeriodIsNotRanked() {
        GroupRank none = GroupRanking.of("g-quiet", Map.of("g-big", group(2000, 85.5, 20)), MINIMUM);
        assertNull(none.rank());
        assertEquals("TOO_FEW_SAMPLES", none.notRanked());
        assertEquals(List.of(new RankRow(1, false, 85.5, 85.5, 2000), new RankRow(null, true, null, null, 0)),
                none.rows());
    }

    @Test
    void equalScoresShareARank() {
        GroupRank tie = GroupRanking.of("g-2", Map.of("g-1", group(100, 80.0, 10), "g-2", group(100, 80.0, 10),
                "g-3", group(100, 70.0, 10)), MINIMUM);
        assertEquals(1, tie.rank());
        assertEquals(List.of(1, 1, 3), tie.rows().stream().map(RankRow::position).toList());
    }
}
