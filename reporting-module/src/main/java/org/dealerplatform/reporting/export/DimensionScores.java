package org.dealerplatform.reporting.export;

import java.util.EnumMap;
import java.util.Map;
import org.dealerplatform.core.scores.Dimension;

/** Score per dimension in a row; a dimension that is absent or null is an empty cell. */
final class DimensionScores {

    private DimensionScores() {
    }

    static Map<Dimension, Double> copy(Map<Dimension, Double> scores) {
        Map<Dimension, Double> copy = new EnumMap<>(Dimension.class);
        if (scores != null) {
            scores.forEach((dimension, score) -> {
                if (dimension != null && score != null) {
                    copy.put(dimension, score);
                }
            });
        }
        return java.util.Collections.unmodifiableMap(copy);
    }
}
