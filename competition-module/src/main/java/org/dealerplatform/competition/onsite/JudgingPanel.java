package org.dealerplatform.competition.onsite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.dealerplatform.core.domain.RuleViolation;

/**
 * The arithmetic of the on-site round, pure so it can be checked by hand: a judge's total is the
 * weighted mean of their criterion scores; a finalist's on-site score is the mean of the judges'
 * totals, and with five or more judges the single highest and lowest total are dropped first, so
 * one generous or severe judge cannot decide the round.
 */
public final class JudgingPanel {

    public static final int TRIM_FROM_JUDGES = 5;

    private JudgingPanel() {
    }

    public record Weighted(String code, double weight) {
    }

    /** Checks a judge's scores against the rubric and returns the weighted total (0–100). */
    public static double total(Map<String, Integer> scores, List<Weighted> rubric) {
        if (rubric.isEmpty()) {
            throw new RuleViolation("criteria", "the season has no rubric yet");
        }
        for (String code : scores.keySet()) {
            if (rubric.stream().noneMatch(c -> c.code().equals(code))) {
                throw new RuleViolation("criteria", "unknown criterion: " + code);
            }
        }
        double sum = 0;
        double weights = 0;
        for (Weighted c : rubric) {
            Integer value = scores.get(c.code());
            if (value == null) {
                throw new RuleViolation("criteria", "a score for " + c.code() + " is required");
            }
            if (value < 0 || value > 100) {
                throw new RuleViolation("criteria", c.code() + " must be scored from 0 to 100");
            }
            sum += c.weight() * value;
            weights += c.weight();
        }
        return sum / weights;
    }

    /** The on-site score of one finalist from its judges' totals; NaN without any. */
    public static double onSiteScore(List<Double> judgeTotals) {
        if (judgeTotals.isEmpty()) {
            return Double.NaN;
        }
        List<Double> totals = new ArrayList<>(judgeTotals);
        Collections.sort(totals);
        if (totals.size() >= TRIM_FROM_JUDGES) {
            totals = totals.subList(1, totals.size() - 1);
        }
        return totals.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** The team result: the adjusted survey score and the on-site score, by the season's weight. */
    public static double teamResult(double surveyScore, double onSiteScore, double onSiteWeight) {
        return (1 - onSiteWeight) * surveyScore + onSiteWeight * onSiteScore;
    }

    /** Weights of a rubric must sum to 1 (within rounding of the figures typed in). */
    public static void checkWeights(List<Weighted> rubric) {
        if (rubric.isEmpty() || rubric.size() > 10) {
            throw new RuleViolation("criteria", "a rubric has 1 to 10 criteria");
        }
        double sum = rubric.stream().mapToDouble(Weighted::weight).sum();
        if (Math.abs(sum - 1) > 0.001) {
            throw new RuleViolation("criteria", "the weights must add up to 1 (they add up to "
                    + Math.round(sum * 1000) / 1000.0 + ")");
        }
        if (rubric.stream().map(Weighted::code).distinct().count() != rubric.size()) {
            throw new RuleViolation("criteria", "each criterion code may appear once");
        }
    }
}
