package org.dealerplatform.reporting.export;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.dealerplatform.core.scores.Dimension;

/**
 * One survey sample as exported; filled by the integrator from a cursor. Deliberately has no
 * field for the customer's phone or the device and network hashes used for screening: what is
 * not here cannot leak through an export.
 *
 * @param npsAnswer       the 0..10 answer to "would you recommend", or null
 */
public record SampleRow(String sampleId, String shopCode, String shopName, YearMonth month, Instant submittedAt,
                        String visitType, String advisor, Double overall, Map<Dimension, Double> dimensionScores,
                        Integer npsAnswer, String status, List<String> screeningReasons, String comment) {

    public SampleRow {
        dimensionScores = DimensionScores.copy(dimensionScores);
        screeningReasons = screeningReasons == null ? List.of() : List.copyOf(screeningReasons);
    }
}
