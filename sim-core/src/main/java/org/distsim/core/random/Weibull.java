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

    /** {@code E[X^2] = variance + mean^2}, both from Commons Statistics ({@code scale^2 Gamma(1 + 2 / shape)}). */
    @Override
    public double secondMoment() {
        WeibullDistribution weibull = WeibullDistribution.of(shape, scale);
        return weibull.getVariance() + weibull.getMean() * weibull.getMean();
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
