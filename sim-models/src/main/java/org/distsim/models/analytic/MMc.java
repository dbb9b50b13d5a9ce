package org.distsim.models.analytic;

import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * M/M/c: Poisson arrivals at rate {@code lambda}, {@code c} workers with exponential service times
 * of rate {@code mu}, one unbounded FIFO queue (Kleinrock 1975, §3.2 and §3.5; Harchol-Balter 2013,
 * ch. 14). A request waits with probability {@code C} (Erlang C); a waiting request waits an
 * exponential time of rate {@code theta = c mu - lambda}, so the response time is a mixture:
 * {@code P(T > t) = (1 - C) e^(-mu t) + C (theta e^(-mu t) - mu e^(-theta t)) / (theta - mu)}.
 * With one worker this is {@code e^(-(mu - lambda) t)}: exponential, quantiles
 * {@code -ln(1 - p) / (mu - lambda)}.
 *
 * @param arrivalRate  {@code lambda}, per second, &gt; 0
 * @param serviceRate  {@code mu} of one worker, per second, &gt; 0
 * @param workers      {@code c}, at least 1; {@code lambda < c mu}
 */
public record MMc(double arrivalRate, double serviceRate, int workers) implements StationModel {

    public MMc {
        if (!(arrivalRate > 0) || !(serviceRate > 0) || workers < 1 || !Double.isFinite(arrivalRate)
                || !Double.isFinite(serviceRate)) {
            throw new IllegalArgumentException("need lambda > 0, mu > 0 and c >= 1, got " + arrivalRate + ", "
                    + serviceRate + ", " + workers);
        }
        if (!(arrivalRate < workers * serviceRate)) {
            throw new IllegalArgumentException("M/M/c needs lambda < c mu for a steady state, got utilisation "
                    + arrivalRate / (workers * serviceRate));
        }
    }

    @Override
    public String name() {
        return "M/M/" + workers;
    }

    @Override
    public double utilisation() {
        return arrivalRate / (workers * serviceRate);
    }

    @Override
    public double blocking() {
        return 0;
    }

    /** Erlang C: the probability that an arrival waits. */
    public double waitProbability() {
        return ErlangC.waiting(workers, arrivalRate / serviceRate);
    }

    private double theta() {
        return workers * serviceRate - arrivalRate;
    }

    @Override
    public double meanWait() {
        return waitProbability() / theta();
    }

    @Override
    public double meanResponse() {
        return meanWait() + 1 / serviceRate;
    }

    @Override
    public OptionalDouble responseTail(double t) {
        if (!(t >= 0)) {
            return OptionalDouble.of(1);
        }
        double mu = serviceRate;
        double theta = theta();
        double wait = waitProbability();
        // theta = mu makes the hypoexponential an Erlang-2; the general form would divide 0 by 0.
        double waited = Math.abs(theta - mu) <= 1e-9 * mu ? (1 + mu * t) * StrictMath.exp(-mu * t)
                : (theta * StrictMath.exp(-mu * t) - mu * StrictMath.exp(-theta * t)) / (theta - mu);
        return OptionalDouble.of((1 - wait) * StrictMath.exp(-mu * t) + wait * waited);
    }

    @Override
    public OptionalDouble responseQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("a quantile needs 0 < p < 1, got " + p);
        }
        if (workers == 1) {
            return OptionalDouble.of(-StrictMath.log1p(-p) / theta());
        }
        // The tail falls from 1 at t = 0; widen the bracket until it is below 1 - p, then solve.
        double hi = meanResponse();
        while (responseTail(hi).getAsDouble() > 1 - p) {
            hi *= 2;
        }
        double t = new BrentSolver(1e-15, 1e-12).solve(10_000, x -> responseTail(x).getAsDouble() - (1 - p), 0, hi);
        return OptionalDouble.of(t);
    }

    @Override
    public List<String> assumptions() {
        return List.of("Poisson arrivals (independent, exponential gaps) at a steady rate",
                "exponential service times, the same for every request",
                workers + (workers == 1 ? " worker" : " identical workers") + " sharing one unbounded FIFO queue",
                "steady state: utilisation below 1 and a run long against the queue's relaxation time");
    }

    @Override
    public String source() {
        return "Erlang C; Kleinrock, Queueing Systems Vol. 1 (1975), 3.2 and 3.5";
    }
}
