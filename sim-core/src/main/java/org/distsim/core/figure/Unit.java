package org.distsim.core.figure;

/**
 * The unit a figure's value is written in. The unit also bounds the value: a {@link #FRACTION}
 * lies in [0, 1], every other unit in [0, +inf), so a figure outside its range is detected as a
 * bug rather than printed.
 */
public enum Unit {
    /** A plain number of things (requests, messages, entries, replicas). */
    ONE("", 0, Double.POSITIVE_INFINITY),
    /** A fraction in [0, 1], shown as a percentage. */
    FRACTION("%", 0, 1),
    /** Per second of simulated time. */
    PER_SECOND("/s", 0, Double.POSITIVE_INFINITY),
    /** Milliseconds of simulated time. */
    MILLISECONDS("ms", 0, Double.POSITIVE_INFINITY),
    /** Microseconds of simulated time. */
    MICROSECONDS("us", 0, Double.POSITIVE_INFINITY),
    /** Megabytes (10^6 bytes). */
    MEGABYTES("MB", 0, Double.POSITIVE_INFINITY),
    /** Gigabytes (10^9 bytes), the unit of storage estimates ("200 GB per day"). */
    GIGABYTES("GB", 0, Double.POSITIVE_INFINITY);

    private final String symbol;
    private final double min;
    private final double max;

    Unit(String symbol, double min, double max) {
        this.symbol = symbol;
        this.min = min;
        this.max = max;
    }

    /** What follows a number of this unit in a label: {@code ms}, {@code /s}, {@code %}, or nothing. */
    public String symbol() {
        return symbol;
    }

    /** The smallest value a figure of this unit can take. */
    public double min() {
        return min;
    }

    /** The largest value a figure of this unit can take. */
    public double max() {
        return max;
    }

    /** Whether this is a unit of time (milliseconds, microseconds). */
    public boolean isTime() {
        return this == MILLISECONDS || this == MICROSECONDS;
    }

    /** Whether {@code value} is a possible value of this unit (NaN and infinities are not). */
    public boolean admits(double value) {
        return value >= min && value <= max && !Double.isInfinite(value);
    }
}
