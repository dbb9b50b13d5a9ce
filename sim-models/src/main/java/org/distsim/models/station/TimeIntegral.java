package org.distsim.models.station;

/**
 * The integral over simulated time of a level that holds between changes (busy workers, waiting
 * requests, replicas), taken and restarted by whoever measures intervals: the area under the level,
 * in level × nanoseconds. Dividing two areas of the same interval gives a time-weighted ratio
 * (busy worker-time over worker-time is the utilisation of the interval).
 */
public final class TimeIntegral {

    private double value;
    private long sinceNanos;
    private double area;

    /** The level is {@code newValue} from {@code nowNanos} on; {@code nowNanos} never goes back. */
    public void set(long nowNanos, double newValue) {
        area += value * (nowNanos - sinceNanos);
        sinceNanos = nowNanos;
        value = newValue;
    }

    /** The area since the previous take (or since the start), up to {@code nowNanos}; restarts it at zero. */
    public double take(long nowNanos) {
        set(nowNanos, value);
        double taken = area;
        area = 0;
        return taken;
    }
}
