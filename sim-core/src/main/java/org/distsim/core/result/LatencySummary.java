package org.distsim.core.result;

import org.HdrHistogram.Histogram;

/**
 * Latency percentiles in milliseconds, read from an HdrHistogram recorded in nanoseconds
 * (3 significant digits, so each figure is within 0.1 % of the exact order statistic).
 * All figures are {@code null} when nothing was recorded.
 */
public record LatencySummary(long count, Double mean, Double p50, Double p95, Double p99, Double p999, Double max) {

    private static final double NANOS_PER_MILLI = 1_000_000.0;

    public static LatencySummary of(Histogram nanos) {
        long count = nanos.getTotalCount();
        if (count == 0) {
            return new LatencySummary(0, null, null, null, null, null, null);
        }
        return new LatencySummary(count,
                nanos.getMean() / NANOS_PER_MILLI,
                millis(nanos.getValueAtPercentile(50)),
                millis(nanos.getValueAtPercentile(95)),
                millis(nanos.getValueAtPercentile(99)),
                millis(nanos.getValueAtPercentile(99.9)),
                millis(nanos.getMaxValue()));
    }

    /** Exact conversion of integer nanoseconds, so JSON bytes never depend on float formatting of a sum. */
    private static Double millis(long nanos) {
        return nanos / NANOS_PER_MILLI;
    }
}
