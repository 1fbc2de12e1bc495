package org.dealerplatform.survey.scoring;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.survey.questionnaire.Item;
import org.dealerplatform.survey.questionnaire.Questionnaire;

/**
 * The platform's scoring method (docs/METHODOLOGY.md):
 * <ol>
 * <li>item score = 100 × (answer − 1) / 9, so 1 → 0 and 10 → 100;</li>
 * <li>dimension score = mean of the dimension's answered items;</li>
 * <li>overall score = weighted mean of the answered dimensions, weights renormalised over them
 * (with every item required, as in the national version, that is simply the weighted mean).</li>
 * </ol>
 * Aggregates (shop, group, brand, nation) are means over valid samples; see {@link Nps} for the
 * recommendation question.
 */
public final class Scoring {

    private Scoring() {
    }

    public static double itemScore(int answer) {
        if (answer < 1 || answer > 10) {
            throw new IllegalArgumentException("a rating is 1 to 10, not " + answer);
        }
        return 100.0 * (answer - 1) / 9;
    }

    /** Scores a sample whose answers were already checked against the questionnaire. */
    public static SampleScore score(Questionnaire questionnaire, Map<String, Integer> answers, Integer recommend) {
        Map<Dimension, Double> dimensions = new EnumMap<>(Dimension.class);
        double weighted = 0;
        double weights = 0;
        for (Dimension d : Dimension.values()) {
            OptionalDouble mean = questionnaire.itemsOf(d).stream().map(Item::code).map(answers::get)
                    .filter(a -> a != null).mapToDouble(Scoring::itemScore).average();
            if (mean.isPresent()) {
                dimensions.put(d, mean.getAsDouble());
                double weight = questionnaire.weights().get(d);
                weighted += weight * mean.getAsDouble();
                weights += weight;
            }
        }
        if (weights == 0) {
            throw new IllegalArgumentException("a sample needs at least one rated item");
        }
        return new SampleScore(weighted / weights, dimensions, recommend);
    }
}
