package org.distsim.reports;

/**
 * MSER-5, the Marginal Standard Error Rule on batch means of five (White, "An effective truncation
 * heuristic for bias reduction in simulation output", Simulation 69(6), 1997; Franklin and White,
 * WSC 2008). The series is cut into batches of five consecutive observations; for each candidate
 * truncation point {@code d} (in batches) the rule computes
 * <pre>  MSER(d) = sum over i &gt; d of (Y_i - mean(Y_{d+1..n}))^2 / (n - d)^2</pre>
 * and truncates where it is smallest. For a stationary series the statistic grows with {@code d}
 * (its numerator shrinks like {@code n - d}, its denominator like {@code (n - d)^2}), so the
 * minimum is near the start; for a series that still drifts, dropping more of the drift keeps
 * paying off and the minimum moves to the end. A truncation point in the second half of the
 * series is the standard signal that the series is not stationary: no warm-up inside this run
 * would remove the bias.
 */
final class Mser5 {

    /** Observations per batch. */
    static final int BATCH = 5;
    /** Batches that must remain after any truncation, so the statistic is not read off a handful of points. */
    static final int MIN_KEPT = 5;
    /** Batches below which no verdict is given. */
    static final int MIN_BATCHES = 10;

    private Mser5() {
    }

    /** The number of whole batches of a series of {@code n} observations. */
    static int batches(int n) {
        return n / BATCH;
    }

    /**
     * The truncation point in observations (a multiple of {@link #BATCH}), or -1 when the series is
     * too short for a verdict ({@link #MIN_BATCHES} batches). Observations after the last whole
     * batch are ignored.
     */
    static int truncation(double[] series) {
        int batches = batches(series.length);
        if (batches < MIN_BATCHES) {
            return -1;
        }
        double[] means = new double[batches];
        for (int b = 0; b < batches; b++) {
            double sum = 0;
            for (int i = 0; i < BATCH; i++) {
                sum += series[b * BATCH + i];
            }
            means[b] = sum / BATCH;
        }
        // Suffix sums give each tail's mean and sum of squares in one pass from the end.
        int best = 0;
        double bestValue = Double.POSITIVE_INFINITY;
        double sum = 0;
        double sumSquares = 0;
        double[] statistic = new double[batches];
        for (int d = batches - 1; d >= 0; d--) {
            sum += means[d];
            sumSquares += means[d] * means[d];
            int kept = batches - d;
            double squares = Math.max(0, sumSquares - sum * sum / kept);
            statistic[d] = squares / ((double) kept * kept);
        }
        for (int d = 0; d <= batches - MIN_KEPT; d++) {
            if (statistic[d] < bestValue) {
                bestValue = statistic[d];
                best = d;
            }
        }
        return best * BATCH;
    }

    /** True when the series is long enough and its truncation point lies in its first half. */
    static boolean looksStationary(double[] series) {
        int d = truncation(series);
        return d < 0 || d <= batches(series.length) * BATCH / 2;
    }
}
