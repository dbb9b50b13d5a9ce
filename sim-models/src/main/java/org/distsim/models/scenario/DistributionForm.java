package org.distsim.models.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.distsim.core.random.Distribution;
import org.distsim.models.format.Knob;

/**
 * How each distribution is written in a scenario: a mapping with {@code dist: NAME} and the
 * family's parameters, bound like any other record of knobs and then turned into the sim-core
 * {@link Distribution}. Durations become nanoseconds, the base unit of every duration
 * distribution. A bare duration ({@code service-time: 2ms}) is shorthand for a constant.
 *
 * <p>A family is added with one record here and one line in {@link #FAMILIES}.
 */
public sealed interface DistributionForm {

    /**
     * The sim-core distribution, in nanoseconds.
     *
     * @throws IllegalArgumentException when the parameters are impossible together; the loader
     *     reports the message at the distribution
     */
    Distribution build();

    /** A distribution family: its {@code dist:} name, the record of its parameters and what it models. */
    record Family(String name, Class<? extends DistributionForm> form, String description) {
    }

    /** Every family, in the order the reference lists them. */
    List<Family> FAMILIES = List.of(
            new Family("constant", Constant.class, "Always the same value: deterministic service (the D in M/D/1)."),
            new Family("exponential", Exponential.class,
                    "Memoryless values with the given mean: Poisson arrivals, the M in M/M/1."),
            new Family("uniform", Uniform.class, "Values spread evenly between min and max."),
            new Family("normal", Normal.class,
                    "A bell curve, truncated at zero because durations cannot be negative."),
            new Family("lognormal", LogNormal.class,
                    "The usual shape of measured latency; give median and p99, or mu and sigma."),
            new Family("pareto", Pareto.class,
                    "A heavy tail: values of at least scale, P(X > x) = (scale / x)^shape."),
            new Family("weibull", Weibull.class,
                    "Times to failure, and service times with a tunable tail (shape < 1 is heavier than exponential)."),
            new Family("empirical", Empirical.class,
                    "Read off a dashboard: points of the cumulative distribution, linear in between."));

    /** The family of the given {@code dist:} name. */
    static Optional<Family> family(String name) {
        return FAMILIES.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** {@code {dist: constant, value: 2ms}}. */
    record Constant(
            @Knob(doc = "The value every draw returns.") Duration value) implements DistributionForm {
        @Override
        public Distribution build() {
            return new org.distsim.core.random.Constant(value.toNanos());
        }
    }

    /** {@code {dist: exponential, mean: 2ms}}. */
    record Exponential(
            @Knob(doc = "The mean; the rate is its inverse.", min = "0s", minExclusive = true) Duration mean)
            implements DistributionForm {
        @Override
        public Distribution build() {
            return new org.distsim.core.random.Exponential(mean.toNanos());
        }
    }

    /** {@code {dist: uniform, min: 1ms, max: 3ms}}. */
    record Uniform(
            @Knob(doc = "The smallest value.") Duration min,
            @Knob(doc = "The largest value; not below min.") Duration max) implements DistributionForm {
        @Override
        public Distribution build() {
            return new org.distsim.core.random.Uniform(min.toNanos(), max.toNanos());
        }
    }

    /** {@code {dist: normal, mean: 5ms, sd: 1ms}}. */
    record Normal(
            @Knob(doc = "The mean before truncation at zero.") Duration mean,
            @Knob(doc = "The standard deviation.", min = "0s", minExclusive = true) Duration sd)
            implements DistributionForm {
        @Override
        public Distribution build() {
            return new org.distsim.core.random.Normal(mean.toNanos(), sd.toNanos());
        }
    }

    /** {@code {dist: lognormal, median: 2ms, p99: 20ms}} or {@code {dist: lognormal, mu: 14.5, sigma: 1}}. */
    record LogNormal(
            @Knob(doc = "The median (p50); give it with p99.", optional = true) Duration median,
            @Knob(doc = "The 99th percentile; above the median.", optional = true) Duration p99,
            @Knob(doc = "The natural log of the median in nanoseconds (2ms gives ln 2000000 = 14.51);"
                    + " give it with sigma instead of median and p99.", optional = true) Double mu,
            @Knob(doc = "The standard deviation of the log.", optional = true, min = "0", minExclusive = true)
            Double sigma) implements DistributionForm {
        @Override
        public Distribution build() {
            boolean byPercentiles = median != null || p99 != null;
            boolean byParameters = mu != null || sigma != null;
            if (byPercentiles && !byParameters && median != null && p99 != null) {
                return org.distsim.core.random.LogNormal.fromMedianAndP99(median.toNanos(), p99.toNanos());
            }
            if (byParameters && !byPercentiles && mu != null && sigma != null) {
                return new org.distsim.core.random.LogNormal(mu, sigma);
            }
            throw new IllegalArgumentException("a lognormal needs either median and p99, or mu and sigma");
        }
    }

    /** {@code {dist: pareto, scale: 1ms, shape: 1.5}}. */
    record Pareto(
            @Knob(doc = "The smallest value.", min = "0s", minExclusive = true) Duration scale,
            @Knob(doc = "The tail index: smaller is heavier; at most 1, the mean is infinite.", min = "0",
                    minExclusive = true) double shape) implements DistributionForm {
        @Override
        public Distribution build() {
            return new org.distsim.core.random.Pareto(scale.toNanos(), shape);
        }
    }

    /** {@code {dist: weibull, scale: 2ms, shape: 0.8}}. */
    record Weibull(
            @Knob(doc = "The scale: 63% of values are below it.", min = "0s", minExclusive = true) Duration scale,
            @Knob(doc = "The shape: 1 is exponential, below 1 a heavier tail, above 1 a lighter one.", min = "0",
                    minExclusive = true) double shape) implements DistributionForm {
        @Override
        public Distribution build() {
            return new org.distsim.core.random.Weibull(shape, scale.toNanos());
        }
    }

    /** {@code {dist: empirical, points: [{p: 0, value: 1ms}, ..., {p: 1, value: 50ms}]}}. */
    record Empirical(
            @Knob(doc = "Points of the cumulative distribution, in increasing order; the first has p 0,"
                    + " the last p 1.") List<Point> points) implements DistributionForm {

        public Empirical {
            points = List.copyOf(points);
        }

        @Override
        public Distribution build() {
            double[] values = new double[points.size()];
            double[] probabilities = new double[points.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = points.get(i).value().toNanos();
                probabilities[i] = points.get(i).p();
            }
            return new org.distsim.core.random.Empirical(values, probabilities);
        }
    }

    /** One point of an empirical distribution: a fraction {@code p} of values is at most {@code value}. */
    record Point(
            @Knob(doc = "The cumulative probability.", format = Knob.Format.PROBABILITY) double p,
            @Knob(doc = "The value at that probability.") Duration value) {
    }
}
