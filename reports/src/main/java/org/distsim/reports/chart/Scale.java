package org.distsim.reports.chart;

import java.util.List;

/**
 * Maps data values along one axis to a fraction of the axis' length, and knows the axis' ticks.
 * A scale is a pure function of its inputs: the same data give the same domain, ticks and labels
 * on every machine.
 */
public sealed interface Scale permits LinearScale, LogScale, CategoryScale {

    /** The smallest value the axis shows, in data units. */
    double min();

    /** The largest value the axis shows, in data units. */
    double max();

    /** The ticks, in increasing order, all within {@code [min, max]}. */
    List<Tick> ticks();

    /** Where {@code value} lies: 0 at {@link #min()}, 1 at {@link #max()}, outside [0, 1] beyond them. */
    double fraction(double value);

    /** {@code value} moved into the domain, for drawing an end that lies beyond the axis at its edge. */
    default double clamp(double value) {
        return Math.min(max(), Math.max(min(), value));
    }

    /** The pixel position of {@code value} on an axis drawn from pixel {@code from} (at min) to {@code to}. */
    default double position(double value, double from, double to) {
        return from + fraction(value) * (to - from);
    }
}
