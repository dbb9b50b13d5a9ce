package org.distsim.core.facts;

import java.util.Objects;

/**
 * A stretch of simulated time during which a fault is in force: a crash until the node restarts, a
 * partition until it heals, a slowed node until its normal speed is back, a degraded link until it
 * is restored, a load spike until the load is back to normal. Reports shade it on every plot over
 * time and the live view shades it as it happens.
 *
 * @param startNanos  when the fault was applied
 * @param endNanos    when it was undone, or the end of what is known (the run's end, or now in the
 *                    live view) when it was not undone by then
 * @param label       the fault that opened the window, as {@code Fault.describe()} labels it
 *                    ({@code crash db}, {@code slow db x3})
 * @param undone      true when a fault undid it at {@code endNanos}; false when it was still in
 *                    force there
 */
public record FaultWindow(long startNanos, long endNanos, String label, boolean undone) {

    public FaultWindow {
        Objects.requireNonNull(label, "label");
        if (startNanos < 0 || endNanos < startNanos) {
            throw new IllegalArgumentException("a fault window needs 0 <= start <= end, got " + startNanos + " to "
                    + endNanos + " ns");
        }
    }

    /** This window as known at {@code nowNanos}: null when it had not begun, cut at now when it ends later. */
    public FaultWindow at(long nowNanos) {
        if (startNanos > nowNanos) {
            return null;
        }
        return endNanos <= nowNanos ? this : new FaultWindow(startNanos, nowNanos, label, false);
    }
}
