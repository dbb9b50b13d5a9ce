package org.distsim.reports.chart;

/**
 * An axis of simulated seconds: exactly the span given (a run of 1800 s ends at 1800, not at the
 * next round 2000), ticked where a clock is read ({@link NiceStep#seconds}: every 50 s of a
 * five-minute run, every 5 min of a half-hour one), labelled in seconds.
 */
public final class TimeScale {

    private TimeScale() {
    }

    /** The axis over {@code [fromSeconds, toSeconds]} with about {@code target} steps. */
    public static LinearScale of(double fromSeconds, double toSeconds, int target) {
        if (!(toSeconds > fromSeconds)) {
            throw new IllegalArgumentException("need from < to, got " + fromSeconds + " and " + toSeconds);
        }
        return LinearScale.exact(fromSeconds, toSeconds, NiceStep.seconds((toSeconds - fromSeconds) / target));
    }
}
