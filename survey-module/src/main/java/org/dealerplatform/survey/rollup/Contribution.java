package org.dealerplatform.survey.rollup;

import java.util.Map;
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.survey.collection.SurveyResponse;
import org.dealerplatform.survey.screening.SampleStatus;

/**
 * One sample as the rollup counts it: with the status it is counted under (a review takes a
 * sample out under its old status and puts it back under the new one). Only a VALID sample adds
 * scores; every sample adds to the count of its status.
 */
record Contribution(SampleStatus status, double overall, Map<Dimension, Double> dimensions, Integer recommend) {

    static Contribution of(SurveyResponse sample, SampleStatus status) {
        return new Contribution(status, sample.overall(), sample.dimensionScores(), sample.recommend());
    }

    boolean valid() {
        return status == SampleStatus.VALID;
    }

    /** The dimension's score when it counts, else 0. */
    double score(Dimension d) {
        Double score = dimensions.get(d);
        return valid() && score != null ? score : 0;
    }

    double answered(Dimension d) {
        return valid() && dimensions.get(d) != null ? 1 : 0;
    }

    boolean recommended() {
        return valid() && recommend != null;
    }
}
