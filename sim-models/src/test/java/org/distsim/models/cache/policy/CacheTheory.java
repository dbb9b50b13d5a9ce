package org.distsim.models.cache.policy;

import java.util.function.DoubleUnaryOperator;
import org.distsim.models.keys.KeyPopularity;

/**
 * Closed-form hit ratios under the independent reference model, the yardsticks of the statistical
 * tests: Che's approximation for LRU and its analogue for FIFO and RANDOM (see the package
 * documentation of {@code cache.policy} for the sources).
 */
public final class CacheTheory {

    private CacheTheory() {
    }

    /** Che's approximation of the LRU hit ratio of a cache of {@code capacity} keys. */
    public static double lruHitRatio(KeyPopularity popularity, int capacity) {
        double[] q = probabilities(popularity);
        // Σ_i (1 − e^(−q_i T)) = C defines the characteristic time T.
        double t = solveIncreasing(x -> sum(q, qi -> -Math.expm1(-qi * x)), capacity);
        return sum(q, qi -> qi * -Math.expm1(-qi * t));
    }

    /** The FIFO and RANDOM hit ratio under IRM (Martina, Garetto and Leonardi, 2014). */
    static double fifoHitRatio(KeyPopularity popularity, int capacity) {
        double[] q = probabilities(popularity);
        // Σ_i q_i T / (1 + q_i T) = C.
        double t = solveIncreasing(x -> sum(q, qi -> qi * x / (1 + qi * x)), capacity);
        return sum(q, qi -> qi * (qi * t / (1 + qi * t)));
    }

    private static double[] probabilities(KeyPopularity popularity) {
        double[] q = new double[popularity.keyCount()];
        for (int i = 0; i < q.length; i++) {
            q[i] = popularity.probability(i);
        }
        return q;
    }

    private static double sum(double[] q, DoubleUnaryOperator term) {
        double total = 0;
        for (int i = q.length - 1; i >= 0; i--) {
            total += term.applyAsDouble(q[i]);
        }
        return total;
    }

    /** The x with f(x) = target for an increasing f with f(0) = 0 < target, by bisection. */
    private static double solveIncreasing(DoubleUnaryOperator f, double target) {
        double high = 1;
        while (f.applyAsDouble(high) < target) {
            high *= 2;
        }
        double low = 0;
        for (int i = 0; i < 200 && high - low > 1e-12 * high; i++) {
            double mid = (low + high) / 2;
            if (f.applyAsDouble(mid) < target) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }
}
