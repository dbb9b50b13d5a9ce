package org.distsim.core.metrics;

/**
 * A count of things that happened (requests served, rejections, evictions). Its summary value
 * counts only what happened after the warm-up; the time series shows each interval's increase.
 */
public final class Counter {

    private long total;
    private long atWarmupEnd;
    private long atIntervalStart;

    public void increment() {
        total++;
    }

    public void add(long amount) {
        total += amount;
    }

    /** The count since the warm-up ended. */
    public long value() {
        return total - atWarmupEnd;
    }

    void endWarmup() {
        atWarmupEnd = total;
    }

    long closeInterval() {
        long increase = total - atIntervalStart;
        atIntervalStart = total;
        return increase;
    }
}
