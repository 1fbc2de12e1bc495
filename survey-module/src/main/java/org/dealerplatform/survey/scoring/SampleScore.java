package org.dealerplatform.survey.scoring;

import java.util.Map;
import java.util.Optional;
import org.dealerplatform.core.scores.Dimension;

/** One sample's scores: overall and per answered dimension, on 0-100; the 0-10 recommendation as given. */
public record SampleScore(double overall, Map<Dimension, Double> dimensions, Integer recommend) {

    public SampleScore {
        dimensions = Map.copyOf(dimensions);
    }

    public Optional<Double> dimension(Dimension d) {
        return Optional.ofNullable(dimensions.get(d));
    }
}
