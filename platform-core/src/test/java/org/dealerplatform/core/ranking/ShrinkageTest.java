package org.dealerplatform.core.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShrinkageTest {

    @Test
    void threePerfectAnswersNeverBeatThreeHundredVeryGoodOnes() {
        for (double tau : new double[] {1.5, 2, 2.5, 3, 4}) {
            for (double sigma : new double[] {8, 10, 12}) {
                List<Entrant> field = new ArrayList<>(Fields.realistic(60, tau, sigma, 11));
                field.add(new Entrant("perfect-3", 3, 300, 30000, true));
                field.add(Fields.entrant("very-good-300", 300, 95, sigma, true));
                RankingResult result = FairRanking.rank(field, 10, 1, 0);
                Standing perfect = result.of("perfect-3").orElseThrow();
                Standing veryGood = result.of("very-good-300").orElseThrow();
                String context = "tau " + tau + ", sigma " + sigma + ", k " + result.field().k();
                assertEquals(100, perfect.mean(), 1e-12);
                assertTrue(perfect.score() < veryGood.score(), context);
                assertTrue(perfect.rank() > veryGood.rank(), context);
            }
        }
    }

    @Test
    void noDetectableDifferencesGiveEveryoneTheFieldMean() {
        // Five shops, every mean 88 or within noise of it: between mean square below σ², τ² = 0.
        List<Entrant> field = List.of(
                Fields.entrant("a", 40, 88, 10, true),
                Fields.entrant("b", 50, 88.6, 10, true),
                Fields.entrant("c", 60, 87.5, 10, true),
                Fields.entrant("d", 50, 88, 10, true),
                Fields.entrant("e", 40, 88, 10, true));
        RankingResult result = FairRanking.rank(field, 2, 3, 1000);
        FieldEstimate estimate = result.field();
        assertEquals(0, estimate.betweenVariance());
        assertEquals(Double.POSITIVE_INFINITY, estimate.k());
        assertEquals(88, estimate.mean(), 1e-9);               // 21,120 / 240
        for (Standing s : result.standings()) {
            assertEquals(0, s.weight());
            assertEquals(88, s.score(), 1e-9);
            assertEquals(88 - s.mean(), s.adjustment(), 1e-9);
            assertEquals(1, s.rank());                         // all tie: nothing tells them apart
            assertEquals(1, s.pAward());                       // and the tie rule puts all inside
            assertFalse(Double.isNaN(s.margin()));
        }
        assertEquals(88.0, result.cutoff());
        assertEquals(List.of("c", "b", "d", "a", "e"), result.standings().stream().map(Standing::id).toList());
    }

    @Test
    void aSingleEligibleEntrantIsNotShrunk() {
        List<Entrant> entrants = List.of(
                Fields.entrant("only", 40, 90, 10, true),
                Fields.entrant("withdrawn", 30, 80, 10, false));
        RankingResult result = FairRanking.rank(entrants, 3, 5, 1000);
        FieldEstimate field = result.field();
        assertEquals(1, field.entrants());
        assertEquals(90, field.mean(), 1e-9);
        assertEquals(100, field.withinVariance(), 1e-9);
        assertTrue(Double.isNaN(field.betweenVariance()));
        assertEquals(0, field.k());
        Standing only = result.of("only").orElseThrow();
        assertEquals(1, only.rank());
        assertEquals(1, only.weight());
        assertEquals(90, only.score(), 1e-9);
        assertEquals(1, only.pAward());
        Standing withdrawn = result.of("withdrawn").orElseThrow();
        assertNull(withdrawn.rank());
        assertEquals(80, withdrawn.score(), 1e-9);
        assertEquals(0, withdrawn.pAward());
        assertEquals(90.0, result.cutoff());
    }

    @Test
    void ineligibleEntrantsAreScoredButNeverRankedNorInTheField() {
        List<Entrant> eligible = Fields.realistic(30, 2.5, 10, 21);
        List<Entrant> withOutsiders = new ArrayList<>(eligible);
        withOutsiders.add(Fields.entrant("too-few", 12, 99, 3, false));
        withOutsiders.add(Fields.entrant("withdrawn", 400, 96, 8, false));
        RankingResult alone = FairRanking.rank(eligible, 5, 9, 2000);
        RankingResult result = FairRanking.rank(withOutsiders, 5, 9, 2000);
        assertEquals(alone.field(), result.field());
        for (String id : List.of("too-few", "withdrawn")) {
            Standing s = result.of(id).orElseThrow();
            assertNull(s.rank());
            assertEquals(0, s.pAward());
            assertFalse(s.eligible());
            FieldEstimate f = result.field();
            double w = s.n() / (s.n() + f.k());
            assertEquals(w, s.weight(), 1e-12);
            assertEquals(w * s.mean() + (1 - w) * f.mean(), s.score(), 1e-9);
        }
        // the ranked entrants and their probabilities are untouched by the outsiders
        assertEquals(alone.standings(), result.standings().subList(0, eligible.size()));
        assertEquals(List.of("withdrawn", "too-few"),
                result.standings().subList(eligible.size(), withOutsiders.size()).stream().map(Standing::id).toList());
    }

    @Test
    void entrantsWithoutSamplesHaveNoFigures() {
        List<Entrant> entrants = new ArrayList<>(Fields.realistic(10, 2.5, 10, 4));
        entrants.add(new Entrant("silent", 0, 0, 0, true));
        entrants.add(new Entrant("one-answer", 1, 93, 93 * 93, true));
        RankingResult result = FairRanking.rank(entrants, 3, 9, 2000);
        Standing silent = result.of("silent").orElseThrow();
        assertNull(silent.rank());
        assertTrue(Double.isNaN(silent.mean()));
        assertTrue(Double.isNaN(silent.margin()));
        assertTrue(Double.isNaN(silent.score()));
        assertTrue(Double.isNaN(silent.adjustment()));
        assertEquals(0, silent.weight());
        assertEquals(0, silent.pAward());
        assertEquals("silent", result.standings().get(result.standings().size() - 1).id());
        assertEquals(11, result.field().entrants());
        Standing one = result.of("one-answer").orElseThrow();
        assertTrue(Double.isNaN(one.margin()));
        assertTrue(one.rank() != null);
        assertTrue(one.score() < 93 && one.score() > result.field().mean());
    }

    @Test
    void withoutAnyoneEligibleNothingIsRanked() {
        List<Entrant> entrants = List.of(Fields.entrant("x", 40, 90, 10, false), new Entrant("y", 0, 0, 0, true));
        RankingResult result = FairRanking.rank(entrants, 3, 9, 100);
        assertEquals(0, result.field().entrants());
        assertTrue(Double.isNaN(result.field().mean()));
        assertNull(result.cutoff());
        assertTrue(result.standings().stream().allMatch(s -> s.rank() == null && s.pAward() == 0));
        assertEquals(90, result.of("x").orElseThrow().score(), 1e-9);    // nothing to shrink toward
        assertTrue(FairRanking.rank(List.of(), 3, 9, 100).standings().isEmpty());
    }

    @Test
    void withoutTwoSamplesAnywhereTheSpreadIsUnknown() {
        List<Entrant> entrants = List.of(new Entrant("p", 1, 90, 8100, true), new Entrant("q", 1, 80, 6400, true),
                new Entrant("r", 1, 85, 7225, true));
        RankingResult result = FairRanking.rank(entrants, 1, 9, 100);
        assertTrue(Double.isNaN(result.field().withinVariance()));
        assertEquals(0, result.field().k());
        assertEquals(List.of(1, 2, 3), result.standings().stream().map(Standing::rank).toList());
        assertTrue(result.standings().stream().allMatch(s -> Double.isNaN(s.pAward())));
    }
}
