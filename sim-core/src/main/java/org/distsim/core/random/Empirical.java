package org.distsim.core.random;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * A distribution given by points of its cumulative distribution function, as read off a latency
 * dashboard: "p50 = 2 ms, p99 = 20 ms, max = 80 ms". Between points the CDF is linear, so a draw
 * is an inverse-CDF interpolation. The first point must have probability 0 and the last 1.
 */
public record Empirical(double[] values, double[] probabilities) implements Distribution {

    public Empirical {
        if (values.length != probabilities.length || values.length < 2) {
            throw new IllegalArgumentException("an empirical distribution needs at least two points");
        }
        values = values.clone();
        probabilities = probabilities.clone();
        if (probabilities[0] != 0 || probabilities[probabilities.length - 1] != 1) {
            throw new IllegalArgumentException("the first point must have p = 0 and the last p = 1");
        }
        for (int i = 0; i < values.length; i++) {
            Checks.nonNegativeFinite("value", values[i]);
            if (i > 0 && (values[i] < values[i - 1] || probabilities[i] < probabilities[i - 1])) {
                throw new IllegalArgumentException("points must be in increasing order of value and p");
            }
        }
    }

    @Override
    public double mean() {
        double mean = 0;
        for (int i = 1; i < values.length; i++) {
            mean += (probabilities[i] - probabilities[i - 1]) * (values[i] + values[i - 1]) / 2;
        }
        return mean;
    }

    /** The value at cumulative probability {@code p}, interpolated linearly. */
    public double quantile(double p) {
        int i = Arrays.binarySearch(probabilities, p);
        if (i >= 0) {
            // Equal probabilities can repeat (a jump in the CDF); take the last point at p.
            while (i + 1 < probabilities.length && probabilities[i + 1] == p) {
                i++;
            }
            return values[i];
        }
        int upper = -i - 1;
        int lower = upper - 1;
        double span = probabilities[upper] - probabilities[lower];
        return values[lower] + (values[upper] - values[lower]) * (p - probabilities[lower]) / span;
    }

    /**
     * Between two points the CDF is linear, so the value is uniform there:
     * {@code E[X^2] = sum of dp (a^2 + a b + b^2) / 3} over the segments {@code [a, b]}.
     */
    @Override
    public double secondMoment() {
        double moment = 0;
        for (int i = 1; i < values.length; i++) {
            double a = values[i - 1];
            double b = values[i];
            moment += (probabilities[i] - probabilities[i - 1]) * (a * a + a * b + b * b) / 3;
        }
        return moment;
    }

    @Override
    public ContinuousSampler sampler(UniformRandomProvider rng) {
        return () -> quantile(rng.nextDouble());
    }

    @Override
    public String name() {
        return "empirical";
    }

    @Override
    public Distribution scaled(double factor) {
        double[] scaled = values.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= factor;
        }
        return new Empirical(scaled, probabilities);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Empirical e
                && Arrays.equals(values, e.values) && Arrays.equals(probabilities, e.probabilities);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(probabilities);
    }

    @Override
    public String toString() {
        return "Empirical[values=" + Arrays.toString(values) + ", probabilities=" + Arrays.toString(probabilities) + "]";
    }
}
