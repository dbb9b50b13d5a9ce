package org.distsim.core.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.statistics.distribution.WeibullDistribution;

/** Time to failure and service times with a tunable tail: shape below 1 is heavier than exponential. */
public record Weibull(double shape, double scale) implements Distribution {

    public Weibull {
        Checks.positiveFinite("shape", shape);
        Checks.positiveFinite("scale", scale);
    }

    @Override
    public double mean() {
        return WeibullDistribution.of(shape, scale).getMean();
    }

    @Override
    public ContinuousSampler sampler(UniformRandomProvider rng) {
        return WeibullDistribution.of(shape, scale).createSampler(rng)::sample;
    }

    @Override
    public String name() {
        return "weibull";
    }

    @Override
    public Distribution scaled(double factor) {
        return new Weibull(shape, scale * factor);
    }
}
