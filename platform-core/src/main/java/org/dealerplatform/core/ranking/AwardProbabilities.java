package org.dealerplatform.core.ranking;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The probability of each ranked entrant finishing in the award places, from seeded posterior draws:
 * in each draw every entrant's true score is drawn as θ ~ Normal(score, posterior variance), and the
 * entrants with the {@code places} highest θ count. Entrants are given in id order. Draws come in blocks
 * of {@value #BLOCK}; block b takes its normals from a {@link SeededNormals} stream started at
 * seed + b·2^40·γ (γ the SplitMix64 increment: the seed's own sequence from position b·2^40, so blocks never
 * overlap), draw by draw and, within a draw, entrant by entrant in id order.
 * <p>
 * Pruning: with c = {@value #PRUNING_SDS}, entrant j is not drawn (probability 0) when
 * score_j + c·sd_j &lt; L, L being the {@code places}-th largest score_i − c·sd_i. If the {@code places}
 * entrants with the largest lower bounds all draw above L and j draws below it, j is out; so
 * P(j in the award places) ≤ (places + 1)·Φ(−c), and leaving the pruned entrants out moves anyone else's
 * probability by at most (pruned + places)·Φ(−c). Φ(−8) = 6.2e-16: both stay below 1e-9 for fields of up
 * to 1.6 million entrants.
 */
final class AwardProbabilities {

    static final double PRUNING_SDS = 8;
    /** Draws per block; block b uses the seed's SplitMix64 sequence from position b·2^40 on. */
    static final int BLOCK = 1_000;
    private static final long BLOCK_JUMP = 0x9E3779B97F4A7C15L << 40;

    private AwardProbabilities() {
    }

    /**
     * Unrounded probabilities, index by index; NaN when they cannot be computed (no draws asked for,
     * or the posterior spread is unknown because no field entrant has two samples).
     */
    static double[] estimate(double[] score, double[] sd, int places, long seed, int draws) {
        int entrants = score.length;
        double[] p = new double[entrants];
        if (draws == 0) {
            Arrays.fill(p, Double.NaN);                         // not asked for
            return p;
        }
        if (places == 0) {
            return p;
        }
        if (entrants <= places) {
            Arrays.fill(p, 1);                                  // everyone is inside in every draw
            return p;
        }
        if (Arrays.stream(sd).anyMatch(Double::isNaN)) {
            Arrays.fill(p, Double.NaN);                         // the posterior spread is unknown
            return p;
        }
        if (Arrays.stream(sd).allMatch(s -> s == 0)) {
            return withoutSpread(score, places);
        }
        int[] drawn = notPruned(score, sd, places);
        long[] inside = countInside(drawn, score, sd, places, seed, draws);
        for (int j = 0; j < drawn.length; j++) {
            p[drawn[j]] = (double) inside[j] / draws;
        }
        return p;
    }

    /**
     * Zero posterior spread (τ² = 0 or σ² = 0): every draw equals the scores, so an entrant is inside when
     * fewer than {@code places} others score strictly higher (a tie across the last place is inside).
     */
    private static double[] withoutSpread(double[] score, int places) {
        double[] p = new double[score.length];
        double[] sorted = score.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < score.length; i++) {
            int higher = sorted.length - upperBound(sorted, score[i]);
            p[i] = higher < places ? 1 : 0;
        }
        return p;
    }

    private static int upperBound(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Indexes (in id order) of the entrants that can plausibly reach the award places. */
    static int[] notPruned(double[] score, double[] sd, int places) {
        double[] lower = new double[score.length];
        for (int i = 0; i < score.length; i++) {
            lower[i] = score[i] - PRUNING_SDS * sd[i];
        }
        double[] sortedLower = lower.clone();
        Arrays.sort(sortedLower);
        double bar = sortedLower[sortedLower.length - places];
        int[] kept = new int[score.length];
        int count = 0;
        for (int i = 0; i < score.length; i++) {
            if (score[i] + PRUNING_SDS * sd[i] >= bar) {
                kept[count++] = i;
            }
        }
        return Arrays.copyOf(kept, count);
    }

    /**
     * For each drawn entrant, in how many draws it was among the {@code places} highest. The draws are cut
     * into blocks of {@value #BLOCK} with a stream each, so that blocks can run in parallel and the counts
     * still do not depend on how many threads there are.
     */
    static long[] countInside(int[] drawn, double[] score, double[] sd, int places, long seed, int draws) {
        int m = drawn.length;
        double[] mean = new double[m];
        double[] spread = new double[m];
        for (int j = 0; j < m; j++) {
            mean[j] = score[drawn[j]];
            spread[j] = sd[drawn[j]];
        }
        long[] inside = new long[m];
        if (m <= places) {
            Arrays.fill(inside, draws);
            return inside;
        }
        int blocks = (draws + BLOCK - 1) / BLOCK;
        long[][] perBlock = new long[blocks][];
        IntStream.range(0, blocks).parallel().forEach(b -> perBlock[b] = countBlock(mean, spread, places,
                new SeededNormals(seed + b * BLOCK_JUMP), Math.min(BLOCK, draws - b * BLOCK)));
        for (long[] counts : perBlock) {
            for (int j = 0; j < m; j++) {
                inside[j] += counts[j];
            }
        }
        return inside;
    }

    private static long[] countBlock(double[] mean, double[] spread, int places, SeededNormals normals, int draws) {
        long[] inside = new long[mean.length];
        TopPlaces top = new TopPlaces(places);
        for (int d = 0; d < draws; d++) {
            top.clear();
            for (int j = 0; j < mean.length; j++) {
                double theta = mean[j] + spread[j] * normals.next();
                if (top.admits(theta)) {
                    top.offer(theta, j);
                }
            }
            top.countInto(inside);
        }
        return inside;
    }

    /**
     * The {@code places} highest values of one draw, as a min-heap: the lowest of them is at the root,
     * so a new value needs one comparison unless it gets in. A value equal to the lowest does not get in
     * (the earlier entrant in id order keeps the place; with continuous draws ties do not occur).
     */
    private static final class TopPlaces {
        private final double[] value;
        private final int[] who;
        private int size;

        TopPlaces(int places) {
            value = new double[places];
            who = new int[places];
        }

        void clear() {
            size = 0;
        }

        /** Whether the value gets in: a free place, or above the lowest of the places. */
        boolean admits(double v) {
            return size < value.length || v > value[0];
        }

        /** Takes the value in (only when {@link #admits} said so). */
        void offer(double v, int entrant) {
            if (size < value.length) {
                int i = size++;
                while (i > 0) {                                 // sift up
                    int parent = (i - 1) >>> 1;
                    if (value[parent] <= v) {
                        break;
                    }
                    value[i] = value[parent];
                    who[i] = who[parent];
                    i = parent;
                }
                value[i] = v;
                who[i] = entrant;
            } else {
                int i = 0;
                while (true) {                                  // replace the root, sift down
                    int child = 2 * i + 1;
                    if (child >= size) {
                        break;
                    }
                    if (child + 1 < size && value[child + 1] < value[child]) {
                        child++;
                    }
                    if (value[child] >= v) {
                        break;
                    }
                    value[i] = value[child];
                    who[i] = who[child];
                    i = child;
                }
                value[i] = v;
                who[i] = entrant;
            }
        }

        void countInto(long[] inside) {
            for (int i = 0; i < size; i++) {
                inside[who[i]]++;
            }
        }
    }
}
