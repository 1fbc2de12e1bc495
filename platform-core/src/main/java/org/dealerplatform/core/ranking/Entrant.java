package org.dealerplatform.core.ranking;

import java.util.Objects;
import org.dealerplatform.core.scores.ScoreTotals;

/**
 * One shop, service advisor or dealer group entered in a ranking, given by the sums of its valid
 * samples: {@code n}, Σ overall score and Σ overall score² (scores on the 0–100 scale). Whether it is
 * ranked at all (minimum samples, withdrawn, ...) is the organiser's decision, passed as {@code eligible}.
 */
public record Entrant(String id, long n, double sum, double sumOfSquares, boolean eligible) {

    public Entrant {
        Objects.requireNonNull(id, "id");
        if (n < 0) {
            throw new IllegalArgumentException("negative sample count for " + id);
        }
        if (!Double.isFinite(sum) || !Double.isFinite(sumOfSquares)) {
            throw new IllegalArgumentException("sums must be finite for " + id);
        }
        if (n == 0 && (sum != 0 || sumOfSquares != 0)) {
            throw new IllegalArgumentException("no samples but non-zero sums for " + id);
        }
        // Σx² ≥ (Σx)²/n for any real scores; below it (beyond rounding) the sums are corrupt.
        if (n > 0 && sumOfSquares < sum * sum / n - 1e-9 * Math.max(1, sumOfSquares)) {
            throw new IllegalArgumentException("sum of squares below (sum)²/n for " + id);
        }
    }

    /** The entrant's valid samples as the survey module publishes them. */
    public static Entrant of(String id, ScoreTotals totals, boolean eligible) {
        return new Entrant(id, totals.validSamples(), totals.overallSum(), totals.overallSquares(), eligible);
    }

    /** Raw mean Σ/n; NaN without samples. */
    public double mean() {
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Σ(x − mean)² = Σx² − (Σx)²/n, never negative (rounding); 0 without samples. */
    public double squaredDeviations() {
        return n == 0 ? 0 : Math.max(0, sumOfSquares - sum * sum / n);
    }

    /** Half-width of the 95 % interval of the raw mean, 1.96·s/√n with s the sample SD; NaN below 2 samples. */
    public double margin() {
        return n < 2 ? Double.NaN : 1.96 * Math.sqrt(squaredDeviations() / (n - 1) / n);
    }
}
