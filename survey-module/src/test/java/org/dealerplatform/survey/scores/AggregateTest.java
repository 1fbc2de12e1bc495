package org.dealerplatform.survey.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Means are taken after summing rollup rows; the shop example of METHODOLOGY.md. */
class AggregateTest {

    /** One rollup row: valid, sum, sum of squares, five dimensions (sum, n), nps n/promoters/detractors, suspect, invalid. */
    static Object[] row(long valid, double sum, double squares, long npsN, long promoters, long detractors) {
        return new Object[] {valid, sum, squares, sum, valid, sum, valid, sum, valid, sum, valid, sum, valid, npsN,
                promoters, detractors, 1L, 0L};
    }

    @Test
    void theShopExample() {
        // samples of 80, 70 and 90 in two months' rows; recommendations 10, 8, 5
        Aggregate a = new Aggregate().add(row(2, 150, 80 * 80 + 70 * 70, 2, 1, 0), 0)
                .add(new Aggregate().add(row(1, 90, 90 * 90, 1, 0, 1), 0));
        assertEquals(3, a.validSamples());
        assertEquals(80.0, a.overall());
        assertEquals(0.0, a.nps());
        assertEquals(2, a.suspectSamples());
        // s = 10, 1.96 * 10 / sqrt(3) = 11.32
        assertEquals(11.32, a.margin());
    }

    @Test
    void noSamplesMeansNoScore() {
        Aggregate empty = new Aggregate();
        assertNull(empty.overall());
        assertNull(empty.nps());
        assertNull(empty.margin());
        assertNull(empty.dimensions().get("PRICE"));
    }

    /** The same mean summed in two orders lands a hair either side of a half hundredth: one figure. */
    @Test
    void aMeanAtAHalfHundredthShowsTheSameWhicheverOrderItWasSummedIn() {
        assertEquals(53.13, Aggregate.round(53.125 - 3e-14));
        assertEquals(53.13, Aggregate.round(53.125 + 3e-14));
        assertEquals(53.12, Aggregate.round(53.1249));
        assertEquals(-1.5, Aggregate.round(-1.5 + 1e-13), "NPS can be negative");
    }
}
