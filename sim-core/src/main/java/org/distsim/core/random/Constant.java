package org.distsim.core.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/** Always the same value: deterministic service (the D in M/D/1). */
public record Constant(double value) implements Distribution {

    public Constant {
        Checks.nonNegativeFinite("value", value);
    }

    @Override
    public double mean() {
        return value;
    }

    @Override
    public double secondMoment() {
        return value * value;
    }

    @Override
    public ContinuousSampler sampler(UniformRandomProvider rng) {
        return () -> value;
    }

    @Override
    public String name() {
        return "constant";
    }

    @Override
    public Distribution scaled(double factor) {
        return new Constant(value * factor);
    }
}
