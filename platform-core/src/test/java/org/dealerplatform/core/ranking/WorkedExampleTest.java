package org.dealerplatform.core.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/METHODOLOGY.md, "Competition standings (method eb-1)", figure by figure.
 * Every expected value was computed by hand (exact fractions) and is written here as a literal.
 */
class WorkedExampleTest {

    static final List<Entrant> SHOPS = List.of(
            new Entrant("A", 5, 480, 46336, true),
            new Entrant("B", 60, 5520, 512619, true),
            new Entrant("C", 80, 7120, 639447, true),
            new Entrant("D", 180, 15480, 1345779, true),
            new Entrant("E", 380, 33440, 2973419, true),
            new Entrant("F", 20, 1900, 182039, false));        // withdrawn: scored, not ranked

    static final double EXACT = 1e-9;

    final RankingResult result = FairRanking.rank(SHOPS, 2, 2025, FairRanking.DEFAULT_DRAWS);

    @Test
    void fieldEstimate() {
        FieldEstimate field = result.field();
        assertEquals(88, field.mean(), EXACT);                 // 62040 / 705
        assertEquals(80, field.withinVariance(), EXACT);       // 56000 / 700
        assertEquals(4, field.betweenVariance(), EXACT);       // (520 − 80) / 110
        assertEquals(20, field.k(), EXACT);                    // 80 / 4
        assertEquals(5, field.entrants());
        assertEquals("eb-1", result.methodVersion());
    }

    @Test
    void everyShopsFigures() {
        //     id   rank  n    mean  margin              weight score adjustment
        expect("A", 2, 5, 96, 7.01230917743934, 0.20, 89.6, -6.4);
        expect("B", 1, 60, 92, 2.2773142075699613, 0.75, 91.0, -1.0);
        expect("C", 3, 80, 89, 1.8722873711051944, 0.80, 88.8, -0.2);
        expect("D", 5, 180, 86, 1.3148079707698763, 0.90, 86.2, 0.2);
        expect("E", 4, 380, 88, 0.9049129065391059, 0.95, 88.0, 0.0);
        expect("F", null, 20, 95, 3.9444239123096287, 0.50, 91.5, -3.5);
    }

    @Test
    void tableOrderCutoffAndAwardProbabilities() {
        assertEquals(List.of("B", "A", "C", "E", "D", "F"), result.standings().stream().map(Standing::id).toList());
        assertEquals(89.60, result.cutoff());
        assertEquals(List.of("B", "A"), result.awarded().stream().map(Standing::id).toList());
        // Exact probabilities by numerical integration of the normal model (documented); the seeded
        // 10,000 draws must lie within 4 standard errors of them.
        assertEquals(0.9722, pAward("B"), 0.01);
        assertEquals(0.6444, pAward("A"), 0.02);
        assertEquals(0.3322, pAward("C"), 0.02);
        assertEquals(0.0510, pAward("E"), 0.01);
        assertEquals(0.0002, pAward("D"), 0.001);
        assertEquals(0, pAward("F"));
        // The figures printed in the methodology (seed 2025) are exactly these.
        assertEquals(List.of(0.974, 0.635, 0.342, 0.05, 0.0, 0.0),
                result.standings().stream().map(Standing::pAward).toList());
    }

    private double pAward(String id) {
        return result.of(id).orElseThrow().pAward();
    }

    private void expect(String id, Integer rank, long n, double mean, double margin, double weight, double score,
                        double adjustment) {
        Standing s = result.of(id).orElseThrow();
        if (rank == null) {
            assertNull(s.rank(), id);
        } else {
            assertEquals(rank, s.rank(), id);
        }
        assertEquals(n, s.n(), id);
        assertEquals(mean, s.mean(), EXACT, id);
        assertEquals(margin, s.margin(), EXACT, id);
        assertEquals(weight, s.weight(), EXACT, id);
        assertEquals(score, s.score(), EXACT, id);
        assertEquals(adjustment, s.adjustment(), EXACT, id);
        assertEquals(score, s.publishedScore(), EXACT, id);
    }
}
