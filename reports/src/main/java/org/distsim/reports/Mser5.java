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
 * paying off and the minimum moves to the end. The search keeps at least a quarter of the batches.
 * A truncation point in the second half of the
 * series is the standard signal that the series is not stationary: no warm-up inside this run
 * would remove the bias.
 *
 * <p>Two guards against false alarms, whose rates were measured (2000 series each) on AR(1)
 * noise, the autocorrelation of per-interval queue and latency figures: the minimum in the second
 * half must be less than half the statistic without truncation ({@link #CLEARLY_LOWER}), and no
 * verdict is given below {@link #MIN_BATCHES} batches (150 observations). A stationary AR(1)
 * series with φ = 0.5 is then flagged 0.3 % of the time at 200 observations and never in 2000 at
 * 270 (φ = 0.9: 3 % and 1 %); one that climbs by 0.05 standard deviations of its noise per
 * observation is flagged 77 % (200) and 95 % (270) of the time. MSER-5 is a weak detector of a
 * slow drift; overload, the drift that matters most, is found by {@link Stability} directly.
 */
final class Mser5 {

    /** Observations per batch. */
    static final int BATCH = 5;
    /**
     * Batches that must remain after any truncation, at least: the statistic of a short tail is
     * itself noisy, and a stationary series would now and then find its minimum there by chance.
     * The search also keeps a quarter of the batches ({@link #truncation}); with that, a stationary
     * series lands in the second half less than 1 % of the time (the variance of a quarter would
     * have to fall below a quarter of the whole's).
     */
    static final int MIN_KEPT = 5;
    /** Batches below which no verdict is given: shorter series give too many false alarms. */
    static final int MIN_BATCHES = 30;
    /**
     * How much smaller the statistic in the second half must be than without any truncation for a
     * verdict of "not stationary": a minimum that is only marginally lower there is noise.
     */
    static final double CLEARLY_LOWER = 0.5;

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
        int kept = Math.max(MIN_KEPT, batches / 4);
        for (int d = 0; d <= batches - kept; d++) {
            if (statistic[d] < bestValue) {
                bestValue = statistic[d];
                best = d;
            }
        }
        if (best > batches / 2 && !(bestValue < CLEARLY_LOWER * statistic[0])) {
            // In the second half, but hardly better than truncating early: keep the early point.
            best = firstMinimum(statistic, batches / 2);
        }
        return best * BATCH;
    }

    private static int firstMinimum(double[] statistic, int last) {
        int best = 0;
        for (int d = 1; d <= last; d++) {
            if (statistic[d] < statistic[best]) {
                best = d;
            }
        }
        return best;
    }

    /** True when the series is too short for a verdict or its truncation point lies in its first half. */
    static boolean looksStationary(double[] series) {
        int d = truncation(series);
        return d < 0 || d <= batches(series.length) / 2 * BATCH;
    }
}
