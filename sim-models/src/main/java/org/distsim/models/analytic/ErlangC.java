package org.distsim.models.analytic;

/**
 * Erlang's two formulas for {@code c} servers offered {@code a = lambda / mu} Erlang of Poisson
 * traffic (Kleinrock, Queueing Systems Vol. 1, 1975, §3.5 and §3.7; Harchol-Balter, Performance
 * Modeling and Design of Computer Systems, 2013, ch. 14). Both are computed with the recursion
 * {@code B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1))}, which never forms {@code a^c / c!} and so
 * stays exact to rounding for any number of servers (the direct sum overflows beyond c = 170).
 */
public final class ErlangC {

    private ErlangC() {
    }

    /** Erlang B: the probability that an arrival to M/M/c/c (no waiting room) finds every server busy and is lost. */
    public static double blocking(int c, double a) {
        if (c < 1 || !(a >= 0) || !Double.isFinite(a)) {
            throw new IllegalArgumentException("need c >= 1 and a finite load a >= 0, got c = " + c + ", a = " + a);
        }
        double b = 1;
        for (int k = 1; k <= c; k++) {
            b = a * b / (k + a * b);
        }
        return b;
    }

    /**
     * Erlang C: the probability that an arrival to M/M/c (unbounded FIFO queue) must wait,
     * {@code C = c B / (c - a (1 - B))}; defined for a stable queue, {@code a < c}.
     */
    public static double waiting(int c, double a) {
        if (!(a < c)) {
            throw new IllegalArgumentException("M/M/c needs a < c for a steady state, got a = " + a + ", c = " + c);
        }
        double b = blocking(c, a);
        return c * b / (c - a * (1 - b));
    }
}
