package org.distsim.core.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/** Memoryless values with the given mean: Poisson inter-arrival times, M/M/c service times. */
public record Exponential(double mean) implements Distribution {

    public Exponential {
        Checks.positiveFinite("mean", mean);
    }

    /** {@code E[X^2] = 2 mean^2}: the variance of an exponential is its mean squared. */
    @Override
    public double secondMoment() {
        return 2 * mean * mean;
    }

    @Override
    public ContinuousSampler sampler(UniformRandomProvider rng) {
        return ZigguratSampler.Exponential.of(rng, mean);
    }

    @Override
    public String name() {
        return "exponential";
    }

    @Override
    public Distribution scaled(double factor) {
        return new Exponential(mean * factor);
    }
}
