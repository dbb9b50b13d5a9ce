package org.distsim.core.metrics;

import java.util.Arrays;
import org.HdrHistogram.Histogram;

/**
 * The latencies of one time-series interval, for the interval's percentiles, which come out
 * exactly as {@link Histogram#getValueAtPercentile} of a three-digit histogram of the same values
 * would give them.
 *
 * <p>Why not that histogram: an interval's percentiles are read once, three of them, and a
 * histogram costs a scattered write per value (its counts array of some 24 000 entries does not
 * stay in cache beside the run's other histograms), a scan of the counts from the lowest value up
 * for each percentile, and a clearing of the whole array per interval. At the M/M/1 path's 800
 * requests per second that was several times the cost of keeping the values. So the values are
 * kept raw, up to {@link #RAW_LIMIT} per interval, and each percentile is the value of its rank,
 * found by selection, rounded up to the end of its histogram bucket as HdrHistogram reports it. An
 * interval with more values than that moves them into a histogram and continues there, so the
 * memory per interval is bounded whatever the rate.
 *
 * <p>Single-threaded, like everything a simulation owns.
 */
final class IntervalLatency {

    /** Values kept raw per interval at most (512 KiB); beyond, the interval uses a histogram. */
    static final int RAW_LIMIT = 1 << 16;

    private final Histogram histogram;
    private long[] values = new long[256];
    private int count;
    /** Whether this interval's values are in {@link #histogram} rather than in {@link #values}. */
    private boolean spilled;
    /**
     * The rank (from 0) last selected, or -1: the values before it are no greater than it and the
     * values after it no smaller, so the next selection searches one side only.
     */
    private int selected = -1;

    /** @param significantDigits the precision of the histogram whose percentiles these are */
    IntervalLatency(int significantDigits) {
        this.histogram = new Histogram(significantDigits);
    }

    /** Records one latency, in nanoseconds, never negative. */
    void record(long nanos) {
        if (spilled) {
            histogram.recordValue(nanos);
            return;
        }
        if (count == values.length) {
            if (count == RAW_LIMIT) {
                spill();
                histogram.recordValue(nanos);
                return;
            }
            values = Arrays.copyOf(values, 2 * count);
        }
        values[count++] = nanos;
        selected = -1;
    }

    boolean isEmpty() {
        return count == 0 && !spilled;
    }

    /**
     * The value at {@code percentile} (0 to 100) as {@link Histogram#getValueAtPercentile} gives it:
     * the value of rank ceil(p / 100 * n), at least 1, reported as the highest value of its bucket
     * (the lowest, for percentile 0). Only valid when not {@link #isEmpty}.
     */
    long valueAtPercentile(double percentile) {
        if (spilled) {
            return histogram.getValueAtPercentile(percentile);
        }
        // The same arithmetic as HdrHistogram 2.2.2, step by step, so that the rank is the same.
        double requested = Math.min(Math.max(Math.nextAfter(percentile, Double.NEGATIVE_INFINITY), 0.0D), 100.0D);
        long rank = Math.max((long) Math.ceil(requested * count / 100.0), 1);
        int k = (int) Math.min(rank, count) - 1;
        long value = selected < 0 ? select(values, 0, count - 1, k)
                : k >= selected ? select(values, selected, count - 1, k) : select(values, 0, selected, k);
        selected = k;
        return percentile == 0.0 ? histogram.lowestEquivalentValue(value) : histogram.highestEquivalentValue(value);
    }

    /** Forgets this interval's values. */
    void reset() {
        if (spilled) {
            histogram.reset();
            spilled = false;
        }
        count = 0;
        selected = -1;
    }

    private void spill() {
        for (int i = 0; i < count; i++) {
            histogram.recordValue(values[i]);
        }
        count = 0;
        spilled = true;
    }

    /**
     * The {@code k}-th smallest (from 0) of {@code a[from, to]}, when no value before {@code from}
     * is greater and none after {@code to} smaller than those, by Hoare's selection with a
     * median-of-three pivot; reorders the values in between. Many equal values (a constant
     * latency) still split evenly, as both scans stop at values equal to the pivot.
     */
    static long select(long[] a, int from, int to, int k) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            long pivot = medianOf(a[lo], a[mid], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long swap = a[i];
                    a[i] = a[j];
                    a[j] = swap;
                    i++;
                    j--;
                }
            }
            // Now a[lo..j] <= pivot <= a[i..hi], and everything strictly between j and i equals it.
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static long medianOf(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
