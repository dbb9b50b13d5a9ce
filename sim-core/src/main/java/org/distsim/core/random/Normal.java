package org.distsim.core.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A normal distribution truncated at zero, because durations cannot be negative. Negative draws
 * are redrawn (not clamped), so the result is the exact truncated normal and {@link #mean()} is its
 * mean, {@code mu + sd * phi(a) / (1 - Phi(a))} with {@code a = -mu / sd}.
 */
public record Normal(double mu, double sd) implements Distribution {

    public Normal {
        Checks.finite("mean", mu);
        Checks.positiveFinite("sd", sd);
        if (mu + 5 * sd <= 0) {
            throw new IllegalArgumentException("a normal with mean " + mu + " and sd " + sd
                    + " is almost always negative; truncated at zero it would be meaningless");
        }
    }

    @Override
    public double mean() {
        NormalDistribution standard = NormalDistribution.of(0, 1);
        double a = -mu / sd;
        return mu + sd * standard.density(a) / standard.survivalProbability(a);
    }

    /**
     * The truncated normal's {@code E[X^2] = mu^2 + 2 mu sd lambda + sd^2 (1 + a lambda)} with
     * {@code a = -mu / sd} and {@code lambda = phi(a) / (1 - Phi(a))} (Johnson, Kotz and Balakrishnan,
     * Continuous Univariate Distributions, vol. 1, 1994, §10.1).
     */
    @Override
    public double secondMoment() {
        NormalDistribution standard = NormalDistribution.of(0, 1);
        double a = -mu / sd;
        double lambda = standard.density(a) / standard.survivalProbability(a);
        return mu * mu + 2 * mu * sd * lambda + sd * sd * (1 + a * lambda);
    }

    @Override
    public ContinuousSampler sampler(UniformRandomProvider rng) {
        var normal = NormalDistribution.of(mu, sd).createSampler(rng);
        return () -> {
            double x;
            do {
                x = normal.sample();
            } while (x < 0);
            return x;
        };
    }

    @Override
    public String name() {
        return "normal";
    }

    @Override
    public Distribution scaled(double factor) {
        return new Normal(mu * factor, sd * factor);
    }
}
