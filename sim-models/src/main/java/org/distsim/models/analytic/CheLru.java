package org.distsim.models.analytic;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Che's approximation of the hit ratio of an LRU cache (Che, Tung and Wang, "Hierarchical Web
 * caching systems: modeling, design and experimental results", IEEE JSAC 20(7), 2002; Fricker,
 * Robert and Roberts, "A versatile and accurate approximation for LRU cache performance", ITC 24,
 * 2012, who show why it is so accurate). Under the independent reference model (each request names
 * key {@code i} with probability {@code q_i}, independently of every other request) a key stays
 * in a cache of {@code C} keys for about a fixed "characteristic time" {@code T} after its last
 * request, the root of {@code sum_i (1 - e^(-q_i T)) = C}; key {@code i} is then a hit with
 * probability {@code 1 - e^(-q_i T)}, and the hit ratio is {@code sum_i q_i (1 - e^(-q_i T))}.
 *
 * <p>Popularity is Zipf: {@code q_i ~ i^(-s)} over keys {@code 1..N}; {@code s = 0} is uniform,
 * where every policy hits with probability {@code C / N} exactly. The sums run exactly over the
 * first hundred thousand keys and, beyond, over bands one per cent wide evaluated at their middle
 * (the summands are smooth there), so two billion keys cost a few thousand terms.
 */
public final class CheLru {

    /** Keys summed one by one before the banded tail. */
    static final long EXACT_KEYS = 100_000;
    private static final double BAND = 0.01;

    private CheLru() {
    }

    /**
     * The steady-state hit ratio of an LRU cache of {@code capacity} keys under Zipf({@code s})
     * requests over {@code keys} keys; 1 when every key fits.
     */
    public static double hitRatio(long keys, double s, long capacity) {
        return hitRatio(keys, s, capacity, EXACT_KEYS);
    }

    static double hitRatio(long keys, double s, long capacity, long exactKeys) {
        if (keys < 1 || capacity < 1 || !(s >= 0) || !Double.isFinite(s)) {
            throw new IllegalArgumentException("need keys >= 1, capacity >= 1 and s >= 0, got " + keys + ", "
                    + capacity + ", " + s);
        }
        if (capacity >= keys) {
            return 1;
        }
        if (s == 0) {
            return (double) capacity / keys;
        }
        Zipf zipf = new Zipf(keys, s, exactKeys);
        // sum (1 - e^(-q T)) rises from 0 at T = 0 towards N; bracket its crossing of C, then solve.
        double hi = capacity / zipf.q(1);
        while (zipf.occupancy(hi) < capacity) {
            hi *= 2;
        }
        double t = new BrentSolver(1e-12 * hi, 1e-14).solve(10_000, x -> zipf.occupancy(x) - capacity, 0, hi);
        return zipf.hits(t);
    }

    /** Zipf popularity over keys 1..n and the two sums of Che's approximation. */
    private static final class Zipf {

        private final long n;
        private final double s;
        private final long exact;
        private final double norm;

        Zipf(long n, double s, long exact) {
            this.n = n;
            this.s = s;
            this.exact = Math.min(n, exact);
            this.norm = sum(i -> StrictMath.pow(i, -s));
        }

        double q(double i) {
            return StrictMath.pow(i, -s) / norm;
        }

        /** The expected number of distinct keys requested within {@code t} requests: the cache's fill. */
        double occupancy(double t) {
            return sum(i -> -StrictMath.expm1(-q(i) * t));
        }

        double hits(double t) {
            return sum(i -> q(i) * -StrictMath.expm1(-q(i) * t));
        }

        /** The sum of {@code f(i)} over keys 1..n: exact up to {@code exact}, then one term per band. */
        private double sum(java.util.function.DoubleUnaryOperator f) {
            double total = 0;
            for (long i = 1; i <= exact; i++) {
                total += f.applyAsDouble(i);
            }
            long from = exact + 1;
            while (from <= n) {
                long to = Math.min(n, Math.max(from, (long) Math.floor(from * (1 + BAND))));
                total += (to - from + 1) * f.applyAsDouble((from + to) / 2.0);
                from = to + 1;
            }
            return total;
        }
    }
}
