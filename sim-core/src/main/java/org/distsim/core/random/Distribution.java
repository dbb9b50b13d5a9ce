package org.distsim.core.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * A probability distribution of non-negative values in a base unit chosen by the caller
 * (nanoseconds for durations, plain counts elsewhere).
 *
 * <p>A distribution is an immutable description; {@link #sampler} binds it to one random stream.
 * Samplers never return negative values: distributions whose support reaches below zero
 * ({@link Normal}) are truncated at zero, and {@link #mean()} reports the truncated mean, so that
 * theory computed from {@code mean()} matches what the simulation draws.
 */
public sealed interface Distribution
        permits Constant, Exponential, Uniform, Normal, LogNormal, Pareto, Weibull, Empirical {

    /** The exact mean of the values the sampler draws; {@code +Infinity} when it does not exist. */
    double mean();

    /**
     * The exact second moment {@code E[X^2]} of the values the sampler draws; {@code +Infinity}
     * when it does not exist. Queueing formulas need it (Pollaczek-Khinchine's mean wait of M/G/1
     * is {@code lambda E[S^2] / (2 (1 - rho))}).
     */
    double secondMoment();

    /** A sampler drawing from this distribution with the given stream. */
    ContinuousSampler sampler(UniformRandomProvider rng);

    /** The scenario-format name ({@code exponential}, {@code lognormal}, ...). */
    String name();

    /** Returns this distribution with every value multiplied by {@code factor} (a unit change or slow-down). */
    Distribution scaled(double factor);
}
