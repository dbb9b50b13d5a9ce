package org.distsim.core.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The usual shape of measured service latency: {@code exp(N(mu, sigma^2))}, with {@code mu} the log
 * of the median in the base unit. {@link #fromMedianAndP99} fits the two numbers a dashboard shows.
 */
public record LogNormal(double mu, double sigma) implements Distribution {

    private static final double Z_99 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.99);

    public LogNormal {
        Checks.finite("mu", mu);
        Checks.positiveFinite("sigma", sigma);
    }

    /** The lognormal whose median and 99th percentile are the given values. */
    public static LogNormal fromMedianAndP99(double median, double p99) {
        Checks.positiveFinite("median", median);
        if (!(p99 > median)) {
            throw new IllegalArgumentException("p99 (" + p99 + ") must be above the median (" + median + ")");
        }
        return new LogNormal(Math.log(median), Math.log(p99 / median) / Z_99);
    }

    @Override
    public double mean() {
        return Math.exp(mu + sigma * sigma / 2);
    }

    /** {@code E[X^2] = exp(2 mu + 2 sigma^2)}. */
    @Override
    public double secondMoment() {
        return StrictMath.exp(2 * mu + 2 * sigma * sigma);
    }

    @Override
    public ContinuousSampler sampler(UniformRandomProvider rng) {
        return LogNormalDistribution.of(mu, sigma).createSampler(rng)::sample;
    }

    @Override
    public String name() {
        return "lognormal";
    }

    @Override
    public Distribution scaled(double factor) {
        return new LogNormal(mu + Math.log(factor), sigma);
    }
}
