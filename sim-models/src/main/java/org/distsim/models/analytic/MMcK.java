package org.distsim.models.analytic;

import java.util.List;
import java.util.OptionalDouble;

/**
 * M/M/c/K: Poisson arrivals at rate {@code lambda}, {@code c} workers with exponential service of
 * rate {@code mu}, room for {@code K} requests in all ({@code c} in service, {@code K - c}
 * waiting); an arrival that finds {@code K} present is rejected. The stationary distribution is
 * {@code p_n ~ a^n / n!} for {@code n <= c} and {@code p_c rho^(n - c)} above, with
 * {@code a = lambda / mu}, {@code rho = a / c} (Kleinrock 1975, §3.6; Gross and Harris,
 * Fundamentals of Queueing Theory, §2.5). By PASTA an arrival sees it, so a request is rejected
 * with probability {@code p_K}; the mean response of a served request follows from Little's law,
 * {@code L / (lambda (1 - p_K))}. The model is stable at any load: with {@code rho >= 1} the queue
 * is simply full most of the time. {@code K = c} is Erlang's loss system M/M/c/c.
 *
 * <p>The sums run in logarithms, so no {@code a^n / n!} overflows; they are exact up to two
 * million waiting places, and beyond that only when {@code rho^j} has fallen below 1e-18 by then
 * (the longer tail contributes nothing a double can hold).
 *
 * @param arrivalRate  {@code lambda}, per second, &gt; 0
 * @param serviceRate  {@code mu} of one worker, per second, &gt; 0
 * @param workers      {@code c}, at least 1
 * @param capacity     {@code K}, at least {@code c}
 */
public record MMcK(double arrivalRate, double serviceRate, int workers, long capacity) implements StationModel {

    /** The most waiting places summed one by one. */
    static final long MAX_TERMS = 2_000_000;

    public MMcK {
        if (!(arrivalRate > 0) || !(serviceRate > 0) || workers < 1 || capacity < workers
                || !Double.isFinite(arrivalRate) || !Double.isFinite(serviceRate)) {
            throw new IllegalArgumentException("need lambda > 0, mu > 0, c >= 1 and K >= c, got " + arrivalRate + ", "
                    + serviceRate + ", " + workers + ", " + capacity);
        }
        if (!computable(arrivalRate, serviceRate, workers, capacity)) {
            throw new IllegalArgumentException("a queue of " + (capacity - workers) + " places at utilisation "
                    + arrivalRate / (workers * serviceRate) + " is too long to sum");
        }
    }

    /** Whether the distribution can be summed: few enough waiting places, or a tail that vanishes before the limit. */
    public static boolean computable(double arrivalRate, double serviceRate, int workers, long capacity) {
        long places = capacity - workers;
        double rho = arrivalRate / (workers * serviceRate);
        return places <= MAX_TERMS || (rho < 1 && StrictMath.log(1e-18) / StrictMath.log(rho) <= MAX_TERMS);
    }

    /** The sums of the stationary distribution, relative to a common scale, in logarithms. */
    private record Sums(double logZ, double logL, double logLq, double logPk) {
    }

    private Sums sums() {
        double a = arrivalRate / serviceRate;
        double logRho = StrictMath.log(a / workers);
        // Service part: t_n = a^n / n! for n <= c, scaled by the largest.
        double[] logT = new double[workers + 1];
        double max = 0;
        for (int n = 1; n <= workers; n++) {
            logT[n] = logT[n - 1] + StrictMath.log(a / n);
            max = Math.max(max, logT[n]);
        }
        double sum = 0;
        double weighted = 0;
        for (int n = 0; n <= workers; n++) {
            double t = StrictMath.exp(logT[n] - max);
            sum += t;
            weighted += n * t;
        }
        double logA = max + StrictMath.log(sum);
        double logB = max + StrictMath.log(weighted);
        double logTc = logT[workers];
        long places = capacity - workers;
        if (places == 0) {
            return new Sums(logA, logB, Double.NEGATIVE_INFINITY, logTc - logA);
        }
        // Queue part: t_{c+j} = t_c rho^j for j = 1..places; G1 = sum rho^j, G2 = sum j rho^j.
        double top = Math.max(logRho, places * logRho);
        double g1 = 0;
        double g2 = 0;
        long last = Math.min(places, MAX_TERMS);
        for (long j = 1; j <= last; j++) {
            double t = StrictMath.exp(j * logRho - top);
            g1 += t;
            g2 += j * t;
            if (logRho < 0 && t < 1e-18 * g1) {
                break;
            }
        }
        double logG1 = top + StrictMath.log(g1);
        double logG2 = top + StrictMath.log(g2);
        double logZ = logSumExp(logA, logTc + logG1);
        double logL = logSumExp(logB, logTc + logSumExp(StrictMath.log(workers) + logG1, logG2));
        return new Sums(logZ, logL, logTc + logG2, logTc + places * logRho - logZ);
    }

    private static double logSumExp(double x, double y) {
        double m = Math.max(x, y);
        return m == Double.NEGATIVE_INFINITY ? m : m + StrictMath.log(StrictMath.exp(x - m) + StrictMath.exp(y - m));
    }

    @Override
    public String name() {
        return "M/M/" + workers + "/" + capacity;
    }

    /** The probability that an arrival finds the station full, {@code p_K}. */
    @Override
    public double blocking() {
        return StrictMath.exp(sums().logPk);
    }

    private double servedRate() {
        return arrivalRate * (1 - blocking());
    }

    @Override
    public double utilisation() {
        return servedRate() / (workers * serviceRate);
    }

    /** The mean number of requests present, waiting or in service. */
    public double meanInSystem() {
        Sums s = sums();
        return StrictMath.exp(s.logL - s.logZ);
    }

    @Override
    public double meanResponse() {
        return meanInSystem() / servedRate();
    }

    @Override
    public double meanWait() {
        Sums s = sums();
        return StrictMath.exp(s.logLq - s.logZ) / servedRate();
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
                "exponential service times, the same for every request",
                workers + (workers == 1 ? " worker" : " identical workers") + " and room for " + (capacity - workers)
                        + " waiting; an arrival to a full station is rejected and not retried",
                "steady state; blocking and means only, not percentiles");
    }

    @Override
    public String source() {
        return "Kleinrock, Queueing Systems Vol. 1 (1975), 3.6";
    }
}
