package org.distsim.core.kernel;

import java.util.Arrays;

/**
 * The one place where a drawn or scaled duration becomes whole nanoseconds, and the reason such a
 * duration can never wrap the clock.
 *
 * <p>A duration longer than the whole run ({@code > endNanos}) lands after the run's end from any
 * moment of the run, so nothing the run reports can depend on how much longer it is. Such a
 * duration is cut to {@code endNanos + 1}: the event it times still falls after the end, as it
 * would have, but {@code now + delay} stays below {@code 2 * endNanos + 2}, which the bound on the
 * run's length ({@link SimulationConfig#MAX_END_NANOS}) keeps inside a {@code long}. A heavy tail
 * (a Pareto of shape 0.1, a lognormal of sigma 100) or an extreme factor (a node slowed 10^300
 * times) used to produce values above 2^63 ns, which {@code Math.round} saturates and the clock
 * addition then wrapped to a negative time.
 *
 * <p>Cutting a <em>drawn</em> duration is counted per actor (and for the network), because a run
 * in which work regularly outlasts the run is seldom what its author meant; the result reports the
 * counts and the reports turn them into a warning. Cutting a configured delay ({@link #delay}, a
 * one-hour timeout in a ten-second run) is routine and not counted.
 */
final class Horizon {

    private final long endNanos;
    private final long beyond;
    private long[] cutByActor = new long[16];
    private long cutByNetwork;

    Horizon(long endNanos) {
        this.endNanos = endNanos;
        this.beyond = endNanos + 1;
    }

    /**
     * Whole nanoseconds of a drawn duration, cut to {@code endNanos + 1} (and counted against
     * {@code actor}, or the network when it is -1) when it is longer than the run. NaN, which only
     * an infinite value divided or multiplied into nonsense can give, counts as beyond the run too.
     */
    long drawn(int actor, double nanos) {
        if (nanos <= endNanos) {
            return Math.max(0, Math.round(nanos));
        }
        if (actor < 0) {
            cutByNetwork++;
        } else {
            if (actor >= cutByActor.length) {
                cutByActor = Arrays.copyOf(cutByActor, Math.max(actor + 1, cutByActor.length * 2));
            }
            cutByActor[actor]++;
        }
        return beyond;
    }

    /** A configured, non-negative delay, cut silently to {@code endNanos + 1}. */
    long delay(long nanos) {
        return Math.min(nanos, beyond);
    }

    /** {@code a + b} of two non-negative delays, cut to {@code endNanos + 1}, without overflow. */
    long sum(long a, long b) {
        long x = delay(a);
        long y = delay(b);
        return x > beyond - y ? beyond : x + y;
    }

    long cutBy(int actor) {
        return actor < cutByActor.length ? cutByActor[actor] : 0;
    }

    long cutByNetwork() {
        return cutByNetwork;
    }
}
