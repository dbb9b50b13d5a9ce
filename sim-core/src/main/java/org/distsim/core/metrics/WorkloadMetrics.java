package org.distsim.core.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;
import org.distsim.core.result.LatencySummary;
import org.distsim.core.result.WorkloadResult;

/**
 * Records what a workload's requests experienced. Every figure is keyed to the request's
 * <em>intended</em> send time: a request counts in the summary when it was due after the warm-up,
 * and its latency runs from when it was due, not from when a busy client got round to sending it,
 * which avoids coordinated omission.
 *
 * <p>Latency is kept only for successful requests, in an HdrHistogram of nanoseconds with three
 * significant digits.
 *
 * <p>Besides these, a workload may register its own figures, as a node does and with the same
 * semantics ({@link #counter}, {@link #gauge}, {@link #derived}): they appear in the result under
 * {@link WorkloadResult#figures()}, in registration order, and counters and gauges get a time-series
 * column {@code workload.<name>.<figure>} after the built-in ones. Unlike the built-in figures,
 * they are not keyed to intended send times: a counter counts what happened after the warm-up.
 */
public final class WorkloadMetrics {

    private static final int SIGNIFICANT_DIGITS = 3;
    /** The built-in time-series columns, which a registered figure must not shadow. */
    private static final Set<String> INTERVAL_COLUMNS = Set.of("throughput_rps", "ok", "failed", "unknown",
            "availability", "p50_ms", "p95_ms", "p99_ms");

    private final long warmupEndNanos;
    private final Figures figures;
    private final Histogram latency = new Histogram(SIGNIFICANT_DIGITS);
    private final Histogram intervalLatency = new Histogram(SIGNIFICANT_DIGITS);
    private final Map<String, Long> failedByReason = new TreeMap<>();
    private long requests;
    private long ok;
    private long failed;
    private long unknown;
    private long intervalOk;
    private long intervalFailed;
    private long intervalUnknown;

    WorkloadMetrics(LongSupplier clock, long warmupEndNanos) {
        this.warmupEndNanos = warmupEndNanos;
        this.figures = new Figures(clock);
    }

    /** A count of something this workload did (reads, retries, stale reads), registered on first call. */
    public Counter counter(String name) {
        return figures.counter(checkName(name));
    }

    /** A time-weighted level (users waiting), registered on first call. */
    public TimeWeightedGauge gauge(String name) {
        return figures.gauge(checkName(name));
    }

    /** A figure computed when the run ends; NaN (say, a percentile of nothing) is reported as null. */
    public void derived(String name, DoubleSupplier value) {
        figures.derived(checkName(name), value);
    }

    private static String checkName(String name) {
        if (INTERVAL_COLUMNS.contains(name)) {
            throw new IllegalArgumentException("workload figure '" + name + "' would shadow the built-in time-series"
                    + " column of that name; choose another name");
        }
        return name;
    }

    void endWarmup(long nowNanos) {
        figures.endWarmup(nowNanos);
    }

    /** A request became due. */
    public void issued(long intendedAtNanos) {
        if (measured(intendedAtNanos)) {
            requests++;
        }
    }

    /** A request succeeded {@code latencyNanos} after it was due. */
    public void succeeded(long intendedAtNanos, long latencyNanos) {
        long clamped = Math.max(0, latencyNanos);
        intervalOk++;
        intervalLatency.recordValue(clamped);
        if (measured(intendedAtNanos)) {
            ok++;
            latency.recordValue(clamped);
        }
    }

    /** A request failed definitely, for the given reason ({@code rejected}, {@code unavailable}, ...). */
    public void failed(long intendedAtNanos, String reason) {
        intervalFailed++;
        if (measured(intendedAtNanos)) {
            failed++;
            failedByReason.merge(reason, 1L, Long::sum);
        }
    }

    /** A request timed out: it may or may not have taken effect. */
    public void timedOut(long intendedAtNanos) {
        intervalUnknown++;
        if (measured(intendedAtNanos)) {
            unknown++;
        }
    }

    private boolean measured(long intendedAtNanos) {
        return intendedAtNanos >= warmupEndNanos;
    }

    Map<String, Double> closeInterval(long startNanos, long endNanos) {
        double seconds = (endNanos - startNanos) / 1e9;
        long finished = intervalOk + intervalFailed + intervalUnknown;
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("throughput_rps", seconds > 0 ? intervalOk / seconds : null);
        values.put("ok", (double) intervalOk);
        values.put("failed", (double) intervalFailed);
        values.put("unknown", (double) intervalUnknown);
        values.put("availability", finished == 0 ? null : (double) intervalOk / finished);
        boolean any = intervalLatency.getTotalCount() > 0;
        values.put("p50_ms", any ? intervalLatency.getValueAtPercentile(50) / 1e6 : null);
        values.put("p95_ms", any ? intervalLatency.getValueAtPercentile(95) / 1e6 : null);
        values.put("p99_ms", any ? intervalLatency.getValueAtPercentile(99) / 1e6 : null);
        figures.closeInterval(startNanos, endNanos, values);
        intervalLatency.reset();
        intervalOk = 0;
        intervalFailed = 0;
        intervalUnknown = 0;
        return values;
    }

    WorkloadResult result(long measuredNanos, long nowNanos) {
        long inFlight = requests - ok - failed - unknown;
        long finished = requests - inFlight;
        Double availability = finished == 0 ? null : (double) ok / finished;
        double throughput = measuredNanos == 0 ? 0 : ok / (measuredNanos / 1e9);
        return new WorkloadResult(requests, ok, failed, failedByReason, unknown, inFlight, availability,
                throughput, LatencySummary.of(latency), figures.summary(nowNanos), latency.copy());
    }
}
