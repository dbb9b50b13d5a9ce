package org.distsim.models.analytic;

import java.util.List;
import java.util.OptionalDouble;

/**
 * M/G/1: Poisson arrivals at rate {@code lambda}, one worker with service times of any
 * distribution with mean {@code E[S]} and second moment {@code E[S^2]}, one unbounded FIFO queue.
 * The Pollaczek-Khinchine formula gives the mean wait {@code W = lambda E[S^2] / (2 (1 - rho))},
 * {@code rho = lambda E[S]} (Kleinrock 1975, §5.6); the mean response is {@code E[S] + W}. With a
 * constant service time ({@code E[S^2] = E[S]^2}) this is M/D/1, whose wait is half that of M/M/1
 * at the same load. The formula gives means only; the percentiles of M/G/1 have no closed form.
 *
 * @param arrivalRate   {@code lambda}, per second, &gt; 0
 * @param meanService   {@code E[S]}, seconds, &gt; 0
 * @param secondMoment  {@code E[S^2]}, seconds squared, finite and at least {@code E[S]^2}
 */
public record MG1(double arrivalRate, double meanService, double secondMoment) implements StationModel {

    public MG1 {
        if (!(arrivalRate > 0) || !(meanService > 0) || !Double.isFinite(secondMoment)
                || !(secondMoment >= meanService * meanService * (1 - 1e-12))) {
            throw new IllegalArgumentException("need lambda > 0, E[S] > 0 and a finite E[S^2] >= E[S]^2, got "
                    + arrivalRate + ", " + meanService + ", " + secondMoment);
        }
        if (!(arrivalRate * meanService < 1)) {
            throw new IllegalArgumentException("M/G/1 needs rho = lambda E[S] < 1, got " + arrivalRate * meanService);
        }
    }

    /** True when the service time is a constant: its variance is zero. */
    public boolean deterministic() {
        return secondMoment <= meanService * meanService;
    }

    @Override
    public String name() {
        return deterministic() ? "M/D/1" : "M/G/1";
    }

    @Override
    public double utilisation() {
        return arrivalRate * meanService;
    }

    @Override
    public double blocking() {
        return 0;
    }

    @Override
    public double meanWait() {
        return arrivalRate * secondMoment / (2 * (1 - utilisation()));
    }

    @Override
    public double meanResponse() {
        return meanService + meanWait();
    }

    @Override
    public OptionalDouble responseQuantile(double p) {
        return OptionalDouble.empty();
    }

    @Override
    public OptionalDouble responseTail(double t) {
        return OptionalDouble.empty();
    }

    @Override
    public List<String> assumptions() {
        return List.of("Poisson arrivals (independent, exponential gaps) at a steady rate",
                deterministic() ? "the same constant service time for every request"
                        : "independent service times from one distribution with a finite second moment",
                "one worker and one unbounded FIFO queue",
                "steady state: utilisation below 1; the formula gives the mean only, not percentiles");
    }

    @Override
    public String source() {
        return "Pollaczek-Khinchine; Kleinrock, Queueing Systems Vol. 1 (1975), 5.6";
    }
}
