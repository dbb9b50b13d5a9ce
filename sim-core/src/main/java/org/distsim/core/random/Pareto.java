package org.distsim.core.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.statistics.distribution.ParetoDistribution;

/**
 * A heavy tail: values of at least {@code scale}, with {@code P(X > x) = (scale / x)^shape}.
 * The mean is infinite for {@code shape <= 1}; the simulation still runs, but averages never settle.
 */
public record Pareto(double scale, double shape) implements Distribution {

    public Pareto {
        Checks.positiveFinite("scale", scale);
        Checks.positiveFinite("shape", shape);
    }

    @Override
    public double mean() {
        return shape <= 1 ? Double.POSITIVE_INFINITY : shape * scale / (shape - 1);
    }

    /** {@code E[X^2] = shape scale^2 / (shape - 2)}, infinite for a shape of 2 or less. */
    @Override
    public double secondMoment() {
        return shape <= 2 ? Double.POSITIVE_INFINITY : shape * scale * scale / (shape - 2);
    }

    @Override
    public ContinuousSampler sampler(UniformRandomProvider rng) {
        return ParetoDistribution.of(scale, shape).createSampler(rng)::sample;
    }

    @Override
    public String name() {
        return "pareto";
    }

    @Override
    public Distribution scaled(double factor) {
        return new Pareto(scale * factor, shape);
    }
}
