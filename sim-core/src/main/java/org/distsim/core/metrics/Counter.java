package org.distsim.core.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * A count of things that happened (requests served, rejections, evictions), counted when they
 * happen ({@link org.distsim.core.figure.Window#OCCURRENCE}). Its summary value counts only what
 * happened after the warm-up; the time series shows each interval's increase.
 */
public final class Counter {

    private long total;
    private long atWarmupEnd;
    private long atIntervalStart;
    private final List<Double> column = new ArrayList<>();

    /** A counter registered after {@code closedIntervals} intervals: it has no value in those. */
    Counter(int closedIntervals) {
        for (int i = 0; i < closedIntervals; i++) {
            column.add(null);
        }
    }

    public void increment() {
        total++;
    }

    /** Adds {@code amount}; a count that would pass {@link Long#MAX_VALUE} stays there rather than wrap negative. */
    public void add(long amount) {
        total = amount > 0 && total > Long.MAX_VALUE - amount ? Long.MAX_VALUE : total + amount;
    }

    /** The count since the warm-up ended. */
    public long value() {
        return total - atWarmupEnd;
    }

    void endWarmup() {
        atWarmupEnd = total;
    }

    void closeInterval() {
        column.add((double) (total - atIntervalStart));
        atIntervalStart = total;
    }

    /** Each closed interval's increase. */
    List<Double> column() {
        return column;
    }
}
