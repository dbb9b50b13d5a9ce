package org.distsim.core.result;

import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What one workload saw, counting only requests issued after the warm-up.
 *
 * @param requests      requests issued after the warm-up
 * @param ok            requests answered successfully
 * @param failed        requests answered with a definite failure
 * @param failedByReason failures by reason ({@code rejected}, {@code unavailable}, {@code error}, ...)
 * @param unknown       requests that timed out: they may or may not have taken effect
 * @param inFlight      requests without an outcome when the run ended; not counted in availability
 * @param availability  ok / (requests - inFlight); {@code null} when no request finished
 * @param throughputRps successful requests per simulated second of measured time
 * @param latency       latency of successful requests, from the intended send time
 * @param figures       the workload's own figures (reads, retries, stale reads, ...), by name, in the
 *                      order it registered them, with the same conventions as {@link NodeResult#figures()};
 *                      empty when it registered none
 * @param histogram     the latency histogram in nanoseconds, for merging replications; not rendered
 */
public record WorkloadResult(
        long requests,
        long ok,
        long failed,
        Map<String, Long> failedByReason,
        long unknown,
        long inFlight,
        Double availability,
        double throughputRps,
        LatencySummary latency,
        Map<String, Number> figures,
        Histogram histogram) {

    public WorkloadResult {
        failedByReason = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(failedByReason));
        figures = figures == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
    }

    /** Failed plus unknown: everything that was not a success. */
    public long errors() {
        return failed + unknown;
    }
}
