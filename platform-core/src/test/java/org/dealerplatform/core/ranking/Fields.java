package org.dealerplatform.core.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Test fields built from (n, mean, SD) per entrant, as a season's sums would give them. */
final class Fields {

    private Fields() {
    }

    static Entrant entrant(String id, long n, double mean, double sd, boolean eligible) {
        double sum = n * mean;
        double sumOfSquares = (n - 1) * sd * sd + n * mean * mean;
        return new Entrant(id, n, sum, sumOfSquares, eligible);
    }

    /**
     * A realistic field: true scores around 88 with SD {@code tau}, 30–300 samples, answers with SD
     * {@code sigma}; each observed mean is the true score plus its sampling error.
     */
    static List<Entrant> realistic(int size, double tau, double sigma, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Entrant> field = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            long n = 30 + random.nextInt(271);
            double truth = 88 + tau * random.nextGaussian();
            double mean = Math.min(99, truth + sigma / Math.sqrt(n) * random.nextGaussian());
            field.add(entrant(String.format("shop-%03d", i), n, mean, sigma, true));
        }
        return field;
    }
}
