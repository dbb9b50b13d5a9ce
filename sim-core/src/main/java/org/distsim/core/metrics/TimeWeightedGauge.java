package org.distsim.core.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * A level that holds between changes (queue length, busy workers, replicas): its mean is weighted
 * by how long each value was held, as in queueing theory's L = (1/T) * integral of L(t) dt. This is
 * not a per-event average; sampling a gauge at events would bias it toward busy periods.
 */
public final class TimeWeightedGauge {

    private final LongSupplier clock;
    private double value;
    private long lastChangeNanos;
    private long measuredSinceNanos;
    private double area;
    private double intervalArea;
    private double max;
    private final List<Double> column = new ArrayList<>();

    /** A gauge registered after {@code closedIntervals} intervals: it has no value in those. */
    TimeWeightedGauge(LongSupplier clock, int closedIntervals) {
        this.clock = clock;
        this.lastChangeNanos = clock.getAsLong();
        this.measuredSinceNanos = lastChangeNanos;
        for (int i = 0; i < closedIntervals; i++) {
            column.add(null);
        }
    }

    public double value() {
        return value;
    }

    public void set(double newValue) {
        accumulate(clock.getAsLong());
        value = newValue;
        if (newValue > max) {
            max = newValue;
        }
    }

    public void add(double delta) {
        set(value + delta);
    }

    /** The time-weighted mean since the warm-up ended, up to {@code nowNanos}. */
    public double mean(long nowNanos) {
        accumulate(nowNanos);
        long span = nowNanos - measuredSinceNanos;
        return span == 0 ? value : area / span;
    }

    /** The highest value held since the warm-up ended. */
    public double max() {
        return max;
    }

    void endWarmup(long nowNanos) {
        accumulate(nowNanos);
        area = 0;
        measuredSinceNanos = nowNanos;
        max = value;
    }

    void closeInterval(long startNanos, long endNanos) {
        accumulate(endNanos);
        double mean = endNanos == startNanos ? value : intervalArea / (endNanos - startNanos);
        intervalArea = 0;
        column.add(Double.isFinite(mean) ? mean : null);
    }

    /** The mean over each closed interval. */
    List<Double> column() {
        return column;
    }

    private void accumulate(long nowNanos) {
        double piece = value * (nowNanos - lastChangeNanos);
        area += piece;
        intervalArea += piece;
        lastChangeNanos = nowNanos;
    }
}
