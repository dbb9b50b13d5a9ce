package org.distsim.core.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;

/** Values spread evenly over [min, max]. */
public record Uniform(double min, double max) implements Distribution {

    public Uniform {
        Checks.nonNegativeFinite("min", min);
        Checks.nonNegativeFinite("max", max);
        if (max < min) {
            throw new IllegalArgumentException("max (" + max + ") must not be below min (" + min + ")");
        }
    }

    @Override
    public double mean() {
        return (min + max) / 2;
    }

    /** {@code E[X^2] = (min^2 + min max + max^2) / 3}. */
    @Override
    public double secondMoment() {
        return (min * min + min * max + max * max) / 3;
    }

    @Override
    public ContinuousSampler sampler(UniformRandomProvider rng) {
        if (min == max) {
            return () -> min;
        }
        return UniformContinuousDistribution.of(min, max).createSampler(rng)::sample;
    }

    @Override
    public String name() {
        return "uniform";
    }

    @Override
    public Distribution scaled(double factor) {
        return new Uniform(min * factor, max * factor);
    }
}
