package org.distsim.core.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The intervals of the time series closed so far, and the one still open: which interval a moment
 * of simulated time falls in, so that a per-request figure can be counted in the interval its
 * request was due in, however late its outcome came.
 */
final class Intervals {

    private final List<Long> starts = new ArrayList<>();
    private final List<Long> ends = new ArrayList<>();
    private long openStart;

    /** Intervals closed so far. */
    int closed() {
        return starts.size();
    }

    /** The start of each closed interval. */
    List<Long> starts() {
        return Collections.unmodifiableList(starts);
    }

    long start(int index) {
        return starts.get(index);
    }

    long end(int index) {
        return ends.get(index);
    }

    /** The end of the last closed interval: the start of the open one. */
    long openStart() {
        return openStart;
    }

    void close(long startNanos, long endNanos) {
        starts.add(startNanos);
        ends.add(endNanos);
        openStart = endNanos;
    }

    /**
     * The index of the interval holding {@code atNanos}: {@link #closed()} for the open one, or the
     * last closed interval that started at or before it.
     */
    int indexOf(long atNanos) {
        if (atNanos >= openStart) {
            return starts.size();
        }
        int index = Collections.binarySearch(starts, atNanos);
        return index >= 0 ? index : Math.max(0, -index - 2);
    }
}
