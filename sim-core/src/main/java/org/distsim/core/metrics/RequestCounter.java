package org.distsim.core.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A count of requests, or of things about requests (reads, stale reads), each counted in the
 * window of its request's due time ({@link org.distsim.core.figure.Window#DUE_TIME}): in the
 * summary when it was due after the warm-up, in the time series in the interval it was due in.
 * An outcome that arrives after its interval closed is still added to that interval, so figures
 * about the same requests always cover the same requests, in the summary and in every interval.
 */
public final class RequestCounter {

    private final long warmupEndNanos;
    private final Intervals intervals;
    private long measured;
    private long[] perInterval = new long[16];

    RequestCounter(long warmupEndNanos, Intervals intervals) {
        this.warmupEndNanos = warmupEndNanos;
        this.intervals = intervals;
    }

    /** Counts one request (or one thing about it) that was due at {@code dueAtNanos}. */
    public void count(long dueAtNanos) {
        add(dueAtNanos, 1);
    }

    /** Counts {@code amount} things about a request due at {@code dueAtNanos}. */
    public void add(long dueAtNanos, long amount) {
        if (dueAtNanos >= warmupEndNanos) {
            measured += amount;
        }
        int index = intervals.indexOf(dueAtNanos);
        if (index >= perInterval.length) {
            perInterval = Arrays.copyOf(perInterval, Math.max(index + 1, perInterval.length * 2));
        }
        perInterval[index] += amount;
    }

    /** What was counted of the requests due after the warm-up. */
    public long value() {
        return measured;
    }

    /** The count of the requests due in interval {@code index} (closed or open). */
    long inInterval(int index) {
        return index < perInterval.length ? perInterval[index] : 0;
    }

    /** The counts of the requests due in each closed interval. */
    List<Double> column() {
        List<Double> column = new ArrayList<>(intervals.closed());
        for (int i = 0; i < intervals.closed(); i++) {
            column.add((double) inInterval(i));
        }
        return column;
    }
}
