package org.dealerplatform.core.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TieTest {

    /**
     * The worked example's shops A–E plus X (20 samples, mean 92) and Y (80 samples, mean 90.675), both
     * with SD 9. By hand: μ = 88.365217…, k = 18.968393…, scores B 91.1269, Y 90.2323, X 90.2307,
     * A 89.9579, C 88.8783, E 88.0174, D 86.2255: X and Y differ, but both publish as 90.23.
     */
    static List<Entrant> field() {
        List<Entrant> field = new ArrayList<>(WorkedExampleTest.SHOPS.subList(0, 5));
        field.add(new Entrant("X", 20, 1840, 170819, true));
        field.add(new Entrant("Y", 80, 7254, 664155.45, true));
        return field;
    }

    @Test
    void equalPublishedScoresShareARankAndTheNextRankSkips() {
        RankingResult result = FairRanking.rank(field(), 1, 4, 1000);
        Standing x = result.of("X").orElseThrow();
        Standing y = result.of("Y").orElseThrow();
        assertNotEquals(x.score(), y.score());
        assertEquals(90.23, x.publishedScore());
        assertEquals(90.23, y.publishedScore());
        assertEquals(List.of("B", "Y", "X", "A", "C", "E", "D"),      // in the tie: more samples first
                result.standings().stream().map(Standing::id).toList());
        assertEquals(List.of(1, 2, 2, 4, 5, 6, 7), result.standings().stream().map(Standing::rank).toList());
        assertEquals(91.13, result.cutoff());
    }

    @Test
    void aTieAcrossTheLastAwardPlaceAwardsEveryTiedEntrant() {
        RankingResult result = FairRanking.rank(field(), 2, 4, 1000);
        assertEquals(List.of("B", "Y", "X"), result.awarded().stream().map(Standing::id).toList());
        assertEquals(90.23, result.cutoff());
        RankingResult three = FairRanking.rank(field(), 3, 4, 1000);
        assertEquals(List.of("B", "Y", "X"), three.awarded().stream().map(Standing::id).toList());
        RankingResult four = FairRanking.rank(field(), 4, 4, 1000);
        assertEquals(89.96, four.cutoff());
        assertEquals(4, four.awarded().size());
    }

    @Test
    void identicalEntrantsTieAndAreShownByIdWithinTheTie() {
        List<Entrant> field = new ArrayList<>(Fields.realistic(20, 2.5, 10, 3));
        field.add(Fields.entrant("twin-b", 250, 94, 9, true));
        field.add(Fields.entrant("twin-a", 250, 94, 9, true));
        RankingResult result = FairRanking.rank(field, 1, 4, 1000);
        assertEquals(List.of("twin-a", "twin-b"), result.awarded().stream().map(Standing::id).toList());
        assertEquals(List.of(1, 1, 3), result.standings().subList(0, 3).stream().map(Standing::rank).toList());
    }

    @Test
    void publishedPrecisionIsTwoDecimalsHalfUp() {
        assertEquals(89.63, FairRanking.published(89.625));
        assertEquals(89.63, FairRanking.published(89.62499999999999));   // floating-point noise of 89.625
        assertEquals(89.62, FairRanking.published(89.6249));
        assertEquals(90.0, FairRanking.published(89.995));
        assertEquals(88.0, FairRanking.published(88.004999));
        assertEquals(Double.NaN, FairRanking.published(Double.NaN));
    }
}
