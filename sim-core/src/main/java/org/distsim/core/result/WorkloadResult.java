package org.distsim.core.result;

import java.util.Map;
import java.util.Objects;
import org.HdrHistogram.Histogram;
import org.distsim.core.figure.FigureValues;

/**
 * What one workload saw, counting only requests due after the warm-up (the built-in figures of
 * {@link WorkloadFigures}), and the workload type's own figures.
 *
 * @param type          the workload type ({@code open-loop}, {@code closed-loop})
 * @param requests      requests due after the warm-up
 * @param ok            requests answered successfully
 * @param failed        requests answered with a definite failure
 * @param failedByReason failures by reason ({@code rejected}, {@code unavailable}, {@code error}, ...), sorted
 * @param unknown       requests that timed out: they may or may not have taken effect
 * @param inFlight      requests without an outcome when the run ended, counted by the workload itself
 *                      from its table of requests in progress; not counted in availability. When
 *                      nothing is lost, {@code requests = ok + failed + unknown + inFlight}.
 * @param availability  ok / (ok + failed + unknown); {@code null} when no request finished
 * @param throughputRps successful requests per simulated second of measured time
 * @param latency       latency of successful requests, from the intended send time
 * @param figures       the workload's own figures (reads, retries, stale reads, ...), in the order
 *                      it registered them, with the same conventions as {@link NodeResult#figures()}
 * @param histogram     the latency histogram in nanoseconds, for merging replications; not rendered
 */
public record WorkloadResult(
        String type,
        long requests,
        long ok,
        long failed,
        Map<String, Long> failedByReason,
        long unknown,
        long inFlight,
        Double availability,
        double throughputRps,
        LatencySummary latency,
        FigureValues figures,
        Histogram histogram) {

    public WorkloadResult {
        Objects.requireNonNull(type, "type");
        failedByReason = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(failedByReason));
        figures = figures == null ? FigureValues.empty() : figures;
    }

    /** Failed plus unknown: everything that was not a success. */
    public long errors() {
        return failed + unknown;
    }
}
