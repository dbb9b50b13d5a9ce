package org.distsim.models.validation;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Exact results of queueing theory that the simulator must reproduce. Rates are per second,
 * times in seconds. Sources: Kleinrock, Queueing Systems Vol. 1 (1975) §3.2, §3.5, §3.6, §5.6;
 * Harchol-Balter, Performance Modeling and Design of Computer Systems (2013), ch. 13–14.
 */
final class QueueingFormulas {

    private QueueingFormulas() {
    }

    /** Erlang C: the probability that an arrival to M/M/c with offered load a = λ/μ must wait. */
    static double erlangC(int c, double a) {
        double term = 1;
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        // term is now a^c / c!
        double waiting = term * c / (c - a);
        return waiting / (sum + waiting);
    }

    /** M/M/c: probability that the response time (wait + service) exceeds t. */
    static double mmcResponseTail(int c, double lambda, double mu, double t) {
        double wait = erlangC(c, lambda / mu);
        double theta = c * mu - lambda;
        double hypo = Math.abs(theta - mu) < 1e-12
                ? (1 + mu * t) * Math.exp(-mu * t)
                : (theta * Math.exp(-mu * t) - mu * Math.exp(-theta * t)) / (theta - mu);
        return (1 - wait) * Math.exp(-mu * t) + wait * hypo;
    }

    static double mmcResponseMean(int c, double lambda, double mu) {
        return erlangC(c, lambda / mu) / (c * mu - lambda) + 1 / mu;
    }

    /** The p-quantile of the M/M/c response time, solved numerically from the tail. */
    static double mmcResponseQuantile(int c, double lambda, double mu, double p) {
        return new BrentSolver(1e-15).solve(10_000, t -> mmcResponseTail(c, lambda, mu, t) - (1 - p), 0, 1000 / mu);
    }

    /**
     * The p-quantile of the M/M/c waiting time before service: P(W_q > t) = C e^{-(c mu - lambda) t},
     * so the quantile is 0 when p <= 1 - C and ln(C / (1 - p)) / (c mu - lambda) above.
     */
    static double mmcWaitQuantile(int c, double lambda, double mu, double p) {
        double wait = erlangC(c, lambda / mu);
        return p <= 1 - wait ? 0 : Math.log(wait / (1 - p)) / (c * mu - lambda);
    }

    /** M/D/1 mean response time by Pollaczek–Khinchine: S + ρS / (2(1 − ρ)). */
    static double md1ResponseMean(double lambda, double service) {
        double rho = lambda * service;
        return service + rho * service / (2 * (1 - rho));
    }

    /** M/M/c/K: probability that an arrival finds K requests present and is rejected. */
    static double mmckBlocking(int c, int k, double lambda, double mu) {
        double a = lambda / mu;
        double pn = 1;
        double sum = 1;
        double last = 1;
        for (int n = 1; n <= k; n++) {
            pn *= n <= c ? a / n : a / c;
            sum += pn;
            last = pn;
        }
        return last / sum;
    }
}
