package org.distsim.models.format;

import java.math.BigDecimal;

/**
 * A rate of events, such as requests sent by an open-loop workload. Written in YAML as a count per
 * unit of time: {@code 800/s}, {@code 2/ms}, {@code 120/m}, {@code 1.5k/s}.
 *
 * @param perSecond events per second of simulated time; finite and not negative
 */
public record Rate(double perSecond) {

    private static final double NANOS_PER_SECOND = 1e9;

    public Rate {
        if (!Double.isFinite(perSecond) || perSecond < 0) {
            throw new IllegalArgumentException("a rate must be a finite number of events per second >= 0, got " + perSecond);
        }
    }

    /** The mean time between two events, in nanoseconds; {@code +Infinity} for a rate of zero. */
    public double meanGapNanos() {
        return NANOS_PER_SECOND / perSecond;
    }

    /** The rate as it would be written in a scenario ({@code 800/s}). */
    @Override
    public String toString() {
        return BigDecimal.valueOf(perSecond).stripTrailingZeros().toPlainString() + "/s";
    }
}
