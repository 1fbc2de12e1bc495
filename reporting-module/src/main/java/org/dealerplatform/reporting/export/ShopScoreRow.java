package org.dealerplatform.reporting.export;

import java.time.YearMonth;
import java.util.Map;
import org.dealerplatform.core.scores.Dimension;

/**
 * One shop's result for one month as exported; filled by the integrator from the rollups.
 *
 * @param margin  the ± margin of the overall score at the published confidence, or null when too few samples
 * @param flagged whether the month was flagged for review (suspicious pattern, screening)
 */
public record ShopScoreRow(String shopCode, String shopName, YearMonth month, int validSamples, Double overall,
                           Double margin, Map<Dimension, Double> dimensionScores, Double nps, boolean flagged) {

    public ShopScoreRow {
        dimensionScores = DimensionScores.copy(dimensionScores);
    }
}
