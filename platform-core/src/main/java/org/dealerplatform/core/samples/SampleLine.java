package org.dealerplatform.core.samples;

import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dealerplatform.core.scores.Dimension;

/**
 * One sample as another module may read it in full, for exports. Names shop and advisor by id (the
 * reader names them through the directory). Has no field for the customer's phone or the device
 * and network address hashes that screening uses: what is not here cannot leak.
 *
 * @param advisorId       the advisor the customer chose, or null
 * @param npsAnswer       the 0..10 answer to "would you recommend", or null
 * @param status          {@code VALID}, {@code SUSPECT} or {@code INVALID}, as screening or review left it
 * @param reasonCodes     the screening reasons' codes, empty for a clean sample
 */
public record SampleLine(String id, String tenantId, String shopId, String advisorId, YearMonth month,
                         Instant submittedAt, String visitType, double overall, Map<Dimension, Double> dimensions,
                         Integer npsAnswer, String status, List<String> reasonCodes, String comment) {

    public SampleLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shopId, "shopId");
        Map<Dimension, Double> copy = new EnumMap<>(Dimension.class);
        if (dimensions != null) {
            dimensions.forEach((d, score) -> {
                if (score != null) {
                    copy.put(d, score);
                }
            });
        }
        dimensions = java.util.Collections.unmodifiableMap(copy);
        reasonCodes = reasonCodes == null ? List.of() : List.copyOf(reasonCodes);
    }
}
