package org.dealerplatform.core.ranking;

/**
 * Standard normal draws that are the same on every JVM, version and platform, so that a published award
 * probability can be redone from its seed. Uniform bits: SplitMix64 (Steele, Lea &amp; Flood 2014), written
 * out here rather than taken from {@code SplittableRandom}, whose sequence the JDK promises only within
 * one run. Normals: the ziggurat method (Marsaglia &amp; Tsang 2000) with 256 layers, r = 3.6541528853610088,
 * layer area v = 0.00492867323399; tables and the rare exact tests use {@link StrictMath}, whose results are
 * specified bit for bit. Not thread-safe: one instance per block of draws.
 */
final class SeededNormals {

    private static final int LAYERS = 256;
    private static final double R = 3.6541528853610088;
    private static final double V = 0.00492867323399;
    private static final double TWO_POW_53 = 0x1.0p-53;
    private static final double TWO_POW_52 = 0x1.0p-52;
    /** Right edges of the layers: X[0] = v/f(r) (the base strip with the tail), X[1] = r, ..., X[256] = 0. */
    private static final double[] X = new double[LAYERS + 1];
    /** f(X[i]) = exp(−X[i]²/2). */
    private static final double[] F = new double[LAYERS + 1];
    /** X[i+1]/X[i]: below this share of the layer's width a point lies under the curve for sure. */
    private static final double[] INNER = new double[LAYERS];

    static {
        X[1] = R;
        F[1] = StrictMath.exp(-0.5 * R * R);
        X[0] = V / F[1];
        for (int i = 1; i < LAYERS - 1; i++) {
            F[i + 1] = F[i] + V / X[i];
            X[i + 1] = StrictMath.sqrt(-2 * StrictMath.log(F[i + 1]));
        }
        X[LAYERS] = 0;
        F[LAYERS] = 1;
        for (int i = 0; i < LAYERS; i++) {
            INNER[i] = X[i + 1] / X[i];
        }
    }

    private long state;

    SeededNormals(long seed) {
        this.state = seed;
    }

    /** SplitMix64: the next 64 uniform bits. */
    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform on (0, 1]: never 0, so its logarithm is finite. */
    private double nextOpenUniform() {
        return ((nextLong() >>> 11) + 1) * TWO_POW_53;
    }

    /** The next standard normal draw. */
    double next() {
        long bits = nextLong();
        int layer = (int) (bits & 0xFF);                        // low 8 bits: the layer
        double u = (bits >>> 11) * TWO_POW_52 - 1;              // top 53 bits: uniform on [−1, 1)
        if (Math.abs(u) < INNER[layer]) {
            return u * X[layer];                                // ~99 % of draws end here
        }
        return outsideInner(layer, u);
    }

    /** The rest of the ziggurat, kept apart so that the common case above stays small enough to inline. */
    private double outsideInner(int layer, double u) {
        while (true) {
            double x = u * X[layer];
            if (Math.abs(u) < INNER[layer]) {
                return x;
            }
            if (layer == 0) {
                return u < 0 ? -tail() : tail();
            }
            double y = F[layer] + nextOpenUniform() * (F[layer + 1] - F[layer]);
            if (y < StrictMath.exp(-0.5 * x * x)) {
                return x;                                       // in the wedge under the curve
            }
            long bits = nextLong();                             // rejected: start again with fresh bits
            layer = (int) (bits & 0xFF);
            u = (bits >>> 11) * TWO_POW_52 - 1;
        }
    }

    /** A draw from the normal tail beyond r (Marsaglia 1964). */
    private double tail() {
        while (true) {
            double a = -StrictMath.log(nextOpenUniform()) / R;
            double b = -StrictMath.log(nextOpenUniform());
            if (2 * b > a * a) {
                return R + a;
            }
        }
    }
}
