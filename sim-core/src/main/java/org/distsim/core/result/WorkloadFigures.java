package org.distsim.core.result;

import java.util.List;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Unit;

/**
 * The figures the engine records for every workload, whatever its type: the outcome of each
 * request after the warm-up, its latency, and the same per interval of the time series. They are
 * the fields of {@link WorkloadResult} and {@link LatencySummary} and the built-in columns of the
 * time series; a workload type declares its own figures besides.
 *
 * <p>Every request belongs to the window of its due time (see {@link org.distsim.core.figure.Window}):
 * a request due after the warm-up counts in the summary whenever its outcome came, and its outcome
 * counts in the time series in the interval in which it was due. Only the latency percentiles of
 * an interval are of the requests that <em>completed</em> in it, since a percentile cannot be
 * revised once its interval is closed.
 */
public final class WorkloadFigures {

    /** Requests due after the warm-up. */
    public static final FigureSpec REQUESTS = FigureSpec.count("requests", Role.LOAD, "requests",
            "Requests that became due after the warm-up.").byDueTime();
    /** Requests answered successfully. */
    public static final FigureSpec OK = FigureSpec.count("ok", Role.LOAD, "ok",
            "Requests answered successfully (by the last attempt, after any retries).").byDueTime();
    /** Requests answered with a definite failure. */
    public static final FigureSpec FAILED = FigureSpec.count("failed", Role.ERRORS, "failed",
            "Requests answered with a definite failure: the operation did not happen.").byDueTime();
    /** Requests whose outcome is unknown: they timed out. */
    public static final FigureSpec UNKNOWN = FigureSpec.count("unknown", Role.ERRORS, "unknown",
            "Requests that timed out: the operation may or may not have happened.").byDueTime();
    /** Failed plus unknown. */
    public static final FigureSpec ERRORS = FigureSpec.count("errors", Role.ERRORS, "errors",
            "Failed plus unknown: every request that was not a success.").byDueTime();
    /** Requests without an outcome when the run ended. */
    public static final FigureSpec IN_FLIGHT = FigureSpec.amount("in_flight", Unit.ONE, Role.BACKLOG, "in flight",
            "Requests due after the warm-up that had no outcome when the run ended, counted from the"
            + " workload's own table of requests in progress (and those a crash made it forget).");
    /** ok / finished. */
    public static final FigureSpec AVAILABILITY = FigureSpec.ratio("availability", Role.ERRORS, "availability",
            "ok / (ok + failed + unknown) of the requests that finished.").byDueTime().asHeadline();
    /** Successful requests per second. */
    public static final FigureSpec THROUGHPUT = FigureSpec.rate("throughput_rps", Role.LOAD, "ok",
            "Successful requests per second of simulated time.").byDueTime().asHeadline();

    /** Mean latency of successful requests. */
    public static final FigureSpec LATENCY_MEAN = latency("mean", "mean latency", "Mean");
    public static final FigureSpec LATENCY_P50 = latency("p50", "p50 latency", "Median");
    public static final FigureSpec LATENCY_P95 = latency("p95", "p95 latency", "95th percentile of the");
    public static final FigureSpec LATENCY_P99 = latency("p99", "p99 latency", "99th percentile of the");
    public static final FigureSpec LATENCY_P999 = latency("p999", "p99.9 latency", "99.9th percentile of the");
    public static final FigureSpec LATENCY_MAX = latency("max", "max latency", "Largest");

    /** Interval latency percentiles, of the requests that completed in the interval. */
    public static final FigureSpec P50_MS = intervalLatency("p50_ms", "p50", 50);
    public static final FigureSpec P95_MS = intervalLatency("p95_ms", "p95", 95);
    public static final FigureSpec P99_MS = intervalLatency("p99_ms", "p99", 99);

    /** The built-in columns of a workload in the time series, in order. */
    public static final List<FigureSpec> COLUMNS = List.of(THROUGHPUT, OK, FAILED, UNKNOWN, AVAILABILITY, P50_MS,
            P95_MS, P99_MS);

    /** The latency statistics of {@link LatencySummary}, in order; their keys are under {@code latency_ms}. */
    public static final List<FigureSpec> LATENCY = List.of(LATENCY_MEAN, LATENCY_P50, LATENCY_P95, LATENCY_P99,
            LATENCY_P999, LATENCY_MAX);

    /** The summary figures of {@link WorkloadResult}, in the order of the result JSON. */
    public static final List<FigureSpec> SUMMARY = List.of(REQUESTS, OK, FAILED, UNKNOWN, IN_FLIGHT, ERRORS,
            AVAILABILITY, THROUGHPUT);

    /** Every built-in figure whose key is a column or a summary key of its own (the latency statistics are not). */
    public static final List<FigureSpec> KEYED = List.of(REQUESTS, OK, FAILED, UNKNOWN, IN_FLIGHT, ERRORS,
            AVAILABILITY, THROUGHPUT, P50_MS, P95_MS, P99_MS);

    private WorkloadFigures() {
    }

    private static FigureSpec latency(String name, String label, String what) {
        return FigureSpec.duration(name, Unit.MILLISECONDS, Role.LATENCY, label, what
                + " latency of the successful requests due after the warm-up, from when each was due.").byDueTime();
    }

    private static FigureSpec intervalLatency(String name, String label, int percentile) {
        return FigureSpec.duration(name, Unit.MILLISECONDS, Role.LATENCY, label, "The " + percentile
                + "th percentile of the latency of the successful requests that completed in the interval.");
    }
}
