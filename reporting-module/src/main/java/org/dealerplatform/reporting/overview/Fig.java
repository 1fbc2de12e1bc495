package org.dealerplatform.reporting.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.dealerplatform.core.scores.Dimension;
import org.dealerplatform.core.scores.ScoreTotals;
import org.dealerplatform.reporting.monthly.ReportTexts;

/**
 * Printed figures of one set of totals, in the monthly report's formats (one decimal, "—" when a
 * figure does not exist): valid samples, overall, NPS and the five dimensions.
 */
public record Fig(String valid, String overall, String nps, List<String> dimensions) {

    static Fig of(ScoreTotals t) {
        List<String> dims = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            dims.add(ReportTexts.score(value(t.dimensionMean(d))));
        }
        return new Fig(Long.toString(t.validSamples()), ReportTexts.score(value(t.mean())),
                ReportTexts.integer(value(t.nps())), dims);
    }

    static OptionalDouble value(double v) {
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
