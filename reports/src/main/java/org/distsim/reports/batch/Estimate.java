package org.distsim.reports.batch;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * One figure over independent replications: the sample mean and the half-width of its confidence
 * interval from Student's t distribution with {@code n - 1} degrees of freedom,
 * {@code t(1 - (1 - c) / 2, n - 1) * sd / sqrt(n)} (Law, Simulation Modeling and Analysis, 5th ed.,
 * 2015, §9.4.1). The interval is exact when the per-replication values are normal and a good
 * approximation for means and percentiles of long runs, which are close to normal by the central
 * limit theorem.
 *
 * <p>The sums run over the replications in index order, so the same values give the same bits
 * whatever order the replications finished in.
 *
 * @param n          replications in which the figure was defined
 * @param mean       the sample mean; null when n is 0
 * @param sd         the sample standard deviation; null when n is below 2
 * @param halfWidth  the confidence half-width; null when n is below 2
 * @param min        the smallest value; null when n is 0
 * @param max        the largest value; null when n is 0
 */
public record Estimate(int n, Double mean, Double sd, Double halfWidth, Double min, Double max) {

    /** The confidence level of every interval distsim reports. */
    public static final double CONFIDENCE = 0.95;

    /** The estimate of the defined values (nulls and non-finite values are skipped), in order. */
    public static Estimate of(Iterable<Double> values) {
        return of(values, CONFIDENCE);
    }

    static Estimate of(Iterable<Double> values, double confidence) {
        int n = 0;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Double value : values) {
            if (value != null && Double.isFinite(value)) {
                n++;
                sum += value;
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        if (n == 0) {
            return new Estimate(0, null, null, null, null, null);
        }
        double mean = sum / n;
        if (n == 1) {
            return new Estimate(1, mean, null, null, min, max);
        }
        double squares = 0;
        for (Double value : values) {
            if (value != null && Double.isFinite(value)) {
                squares += (value - mean) * (value - mean);
            }
        }
        double sd = Math.sqrt(squares / (n - 1));
        return new Estimate(n, mean, sd, tQuantile(confidence, n - 1) * sd / Math.sqrt(n), min, max);
    }

    /** The two-sided t quantile {@code t(1 - (1 - confidence) / 2, df)}. */
    static double tQuantile(double confidence, int degreesOfFreedom) {
        // The inverse CDF is deterministic numerical code (no random draws): the same on every machine.
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(1 - (1 - confidence) / 2);
    }

    /** The interval's lower end, or null when there is no interval. */
    public Double low() {
        return halfWidth == null ? null : mean - halfWidth;
    }

    /** The interval's upper end, or null when there is no interval. */
    public Double high() {
        return halfWidth == null ? null : mean + halfWidth;
    }
}
