package org.distsim.core.result;

import java.util.List;
import java.util.Objects;
import org.distsim.core.figure.CurveSpec;

/**
 * A probability curve one node recorded: per delay bin, how many samples fell in it and how many
 * of them had the outcome, so the probability of the bin is {@code hits / samples}. Only bins with
 * samples are listed, in increasing order of delay.
 *
 * @param spec    the declaration: name, labels, documentation
 * @param points  the bins with at least one sample, ascending
 */
public record Curve(CurveSpec spec, List<Point> points) {

    /** The delay a bin's upper bound takes when the bin has none (the last bin). */
    public static final long UNBOUNDED = Long.MAX_VALUE;

    public Curve {
        Objects.requireNonNull(spec, "spec");
        points = List.copyOf(points);
    }

    /**
     * One bin: delays in {@code [fromNanos, toNanos)}, with {@code samples} samples of which
     * {@code hits} had the outcome.
     *
     * @param toNanos {@link #UNBOUNDED} for the last bin, which has no upper bound
     */
    public record Point(long fromNanos, long toNanos, long samples, long hits) {

        public Point {
            if (fromNanos < 0 || toNanos <= fromNanos || samples < 1 || hits < 0 || hits > samples) {
                throw new IllegalArgumentException("impossible curve point: [" + fromNanos + ", " + toNanos + ") ns, "
                        + hits + " of " + samples);
            }
        }

        /** The estimated probability in this bin: hits / samples, in [0, 1]. */
        public double probability() {
            return (double) hits / samples;
        }

        /** Whether the bin has no upper bound. */
        public boolean unbounded() {
            return toNanos == UNBOUNDED;
        }
    }
}
