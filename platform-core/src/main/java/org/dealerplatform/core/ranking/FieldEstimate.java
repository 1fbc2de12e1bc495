package org.dealerplatform.core.ranking;

import java.util.List;

/**
 * What the field (the eligible entrants with samples) says about itself, the basis of the shrinkage:
 * {@code mean} μ = Σ all scores / Σ n (the field's own average, every sample weighing the same);
 * {@code withinVariance} σ² = Σ(Σx² − (Σx)²/n) / Σ(n − 1), pooled over the field;
 * {@code betweenVariance} τ², the variance of the entrants' true scores, by the one-way ANOVA
 * (method-of-moments) estimator, truncated at 0; {@code k} = σ²/τ², the number of samples at which an
 * entrant's own mean and the field mean weigh the same; {@code entrants} K, the size of the field.
 * <p>
 * Degenerate fields: K &lt; 2 or σ² undefined (no entrant with two samples): τ² is NaN, k = 0, nobody
 * is shrunk. τ² = 0 (no difference beyond sampling noise): k = +∞, every weight 0, every score μ.
 * σ² = 0 (every entrant's answers identical): k = 0, the raw means are exact.
 */
public record FieldEstimate(double mean, double withinVariance, double betweenVariance, double k, int entrants) {

    /** The estimate from the field's entrants (eligible, with samples). */
    static FieldEstimate of(List<Entrant> field) {
        int entrants = field.size();
        double samples = 0;
        double total = 0;
        double squaredSamples = 0;
        double within = 0;
        for (Entrant e : field) {
            samples += e.n();
            total += e.sum();
            squaredSamples += (double) e.n() * e.n();
            within += e.squaredDeviations();
        }
        double mean = entrants == 0 ? Double.NaN : total / samples;
        double withinVariance = samples > entrants ? within / (samples - entrants) : Double.NaN;
        if (entrants < 2 || Double.isNaN(withinVariance)) {
            return new FieldEstimate(mean, withinVariance, Double.NaN, 0, entrants);
        }
        double between = 0;
        for (Entrant e : field) {
            double d = e.mean() - mean;
            between += e.n() * d * d;
        }
        double betweenMeanSquare = between / (entrants - 1);
        double typicalSize = (samples - squaredSamples / samples) / (entrants - 1);
        double betweenVariance = Math.max(0, (betweenMeanSquare - withinVariance) / typicalSize);
        double k = withinVariance == 0 ? 0
                : betweenVariance == 0 ? Double.POSITIVE_INFINITY
                : withinVariance / betweenVariance;
        return new FieldEstimate(mean, withinVariance, betweenVariance, k, entrants);
    }

    /** Weight w = n/(n + k) of the entrant's own mean: 0 without samples, 1 without shrinkage (k = 0). */
    public double weight(long n) {
        if (n == 0) {
            return 0;
        }
        return k == 0 ? 1 : n / (n + k); // k = +∞ gives 0
    }

    /** Adjusted score w·mean + (1 − w)·μ; the raw mean itself when nothing is shrunk; NaN without samples. */
    public double adjusted(long n, double rawMean) {
        if (n == 0) {
            return Double.NaN;
        }
        double w = weight(n);
        return w == 1 ? rawMean : w * rawMean + (1 - w) * mean;
    }

    /**
     * Posterior variance of the true score under the normal–normal model, w·σ²/n
     * (= 1/(n/σ² + 1/τ²)); σ²/n without shrinkage; NaN when σ² is unknown or without samples.
     */
    public double posteriorVariance(long n) {
        return n == 0 ? Double.NaN : weight(n) * withinVariance / n;
    }
}
