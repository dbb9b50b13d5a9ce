package org.distsim.core.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.result.LatencySummary;
import org.distsim.core.result.WorkloadFigures;
import org.distsim.core.result.WorkloadResult;

/**
 * Records what a workload's requests experienced: the built-in figures of every workload
 * ({@link WorkloadFigures}), keyed to each request's <em>intended</em> send time, its due time. A
 * request counts in the summary when it was due after the warm-up, and its outcome counts in the
 * time series in the interval it was due in, however late it came; its latency runs from when it
 * was due, not from when a busy client got round to sending it, which avoids coordinated omission.
 *
 * <p>Latency is kept only for successful requests, in an HdrHistogram of nanoseconds with three
 * significant digits. The latency percentiles of an interval are those of the requests that
 * completed in it: a percentile cannot be revised once its interval is closed.
 *
 * <p>Requests still in flight at the end are not derived from the other counts: the workload
 * reports them from its own table of requests in progress ({@link #inFlightFrom}), so that
 * {@code requests = ok + failed + unknown + in_flight} is a check that can fail.
 *
 * <p>Besides these, a workload registers its own declared figures, as a node does and with the
 * same semantics ({@link #counter}, {@link #requestCounter}, {@link #gauge}, {@link #derived},
 * {@link #quotient}): they appear in the result under {@link WorkloadResult#figures()}, in
 * registration order, and get time-series columns {@code workload.<name>.<figure>} after the
 * built-in ones.
 */
public final class WorkloadMetrics {

    private static final int SIGNIFICANT_DIGITS = 3;

    private final String type;
    private final Intervals intervals;
    private final long warmupEndNanos;
    private final Figures figures;
    private final Histogram latency = new Histogram(SIGNIFICANT_DIGITS);
    private final IntervalLatency intervalLatency = new IntervalLatency(SIGNIFICANT_DIGITS);
    private final Map<String, Long> failedByReason = new TreeMap<>();
    private final RequestCounter requests;
    private final RequestCounter ok;
    private final RequestCounter failed;
    private final RequestCounter unknown;
    private final List<Double> p50 = new ArrayList<>();
    private final List<Double> p95 = new ArrayList<>();
    private final List<Double> p99 = new ArrayList<>();
    private LongSupplier inFlight = () -> 0;

    WorkloadMetrics(String type, LongSupplier clock, long warmupEndNanos, Intervals intervals) {
        this.type = type;
        this.intervals = intervals;
        this.warmupEndNanos = warmupEndNanos;
        this.figures = new Figures(clock, warmupEndNanos, intervals);
        this.requests = new RequestCounter(warmupEndNanos, intervals);
        this.ok = new RequestCounter(warmupEndNanos, intervals);
        this.failed = new RequestCounter(warmupEndNanos, intervals);
        this.unknown = new RequestCounter(warmupEndNanos, intervals);
        for (int i = 0; i < intervals.closed(); i++) {
            p50.add(null);
            p95.add(null);
            p99.add(null);
        }
    }

    public String type() {
        return type;
    }

    /** A count of something this workload did when it did it (retries), declared {@code COUNT}. */
    public Counter counter(FigureSpec spec) {
        return figures.counter(checkName(spec), null);
    }

    /** A count of requests, or of things about them, by due time (reads, stale reads). */
    public RequestCounter requestCounter(FigureSpec spec) {
        return figures.requestCounter(checkName(spec), null);
    }

    /** A time-weighted level (users waiting), declared {@code GAUGE}. */
    public TimeWeightedGauge gauge(FigureSpec spec) {
        return figures.gauge(checkName(spec), null);
    }

    /** A figure computed when the run ends; NaN (say, a percentile of nothing) is reported as null. */
    public void derived(FigureSpec spec, DoubleSupplier value) {
        figures.derived(checkName(spec), null, value);
    }

    /** {@code numerator / (sum of denominators)} of per-request counts, in the summary and per interval. */
    public void quotient(FigureSpec spec, RequestCounter numerator, RequestCounter... denominators) {
        figures.quotient(checkName(spec), numerator, Arrays.asList(denominators));
    }

    /**
     * Where the requests in flight come from: the number of requests due after the warm-up that the
     * workload holds without an outcome (and those a crash made it forget), read when the run ends.
     */
    public void inFlightFrom(LongSupplier measuredWithoutOutcome) {
        this.inFlight = measuredWithoutOutcome;
    }

    private static FigureSpec checkName(FigureSpec spec) {
        for (FigureSpec builtIn : WorkloadFigures.KEYED) {
            if (builtIn.name().equals(spec.name())) {
                throw new IllegalArgumentException("workload figure '" + spec.name() + "' would shadow the built-in"
                        + " figure of that name; choose another name");
            }
        }
        return spec;
    }

    void endWarmup(long nowNanos) {
        figures.endWarmup(nowNanos);
    }

    /** A request became due. */
    public void issued(long intendedAtNanos) {
        requests.count(intendedAtNanos);
    }

    /** A request succeeded {@code latencyNanos} after it was due. */
    public void succeeded(long intendedAtNanos, long latencyNanos) {
        long clamped = Math.max(0, latencyNanos);
        ok.count(intendedAtNanos);
        intervalLatency.record(clamped);
        if (intendedAtNanos >= warmupEndNanos) {
            latency.recordValue(clamped);
        }
    }

    /**
     * The latency of the successful requests due after the warm-up at {@code percentile}, in
     * milliseconds, as the summary reports it; NaN when none succeeded. A workload whose requests
     * are all of one kind reports that kind's percentiles from here rather than recording the same
     * values in a histogram of its own.
     */
    public double latencyPercentileMillis(double percentile) {
        return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(percentile) / 1e6;
    }

    /** A request failed definitely, for the given reason ({@code rejected}, {@code unavailable}, ...). */
    public void failed(long intendedAtNanos, String reason) {
        failed.count(intendedAtNanos);
        if (intendedAtNanos >= warmupEndNanos) {
            failedByReason.merge(reason, 1L, Long::sum);
        }
    }

    /** A request timed out: it may or may not have taken effect. */
    public void timedOut(long intendedAtNanos) {
        unknown.count(intendedAtNanos);
    }

    void closeInterval(long startNanos, long endNanos) {
        boolean any = !intervalLatency.isEmpty();
        p50.add(any ? intervalLatency.valueAtPercentile(50) / 1e6 : null);
        p95.add(any ? intervalLatency.valueAtPercentile(95) / 1e6 : null);
        p99.add(any ? intervalLatency.valueAtPercentile(99) / 1e6 : null);
        intervalLatency.reset();
        figures.closeInterval(startNanos, endNanos);
    }

    /** The built-in columns, then the workload's own, in order. */
    void columns(Figures.ColumnSink sink) {
        int n = intervals.closed();
        List<Double> throughput = new ArrayList<>(n);
        List<Double> availability = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double seconds = (intervals.end(i) - intervals.start(i)) / 1e9;
            long good = ok.inInterval(i);
            long finished = good + failed.inInterval(i) + unknown.inInterval(i);
            throughput.add(seconds > 0 ? good / seconds : null);
            availability.add(finished == 0 ? null : (double) good / finished);
        }
        sink.column(WorkloadFigures.THROUGHPUT, null, throughput);
        sink.column(WorkloadFigures.OK, null, ok.column());
        sink.column(WorkloadFigures.FAILED, null, failed.column());
        sink.column(WorkloadFigures.UNKNOWN, null, unknown.column());
        sink.column(WorkloadFigures.AVAILABILITY, null, availability);
        sink.column(WorkloadFigures.P50_MS, null, new ArrayList<>(p50));
        sink.column(WorkloadFigures.P95_MS, null, new ArrayList<>(p95));
        sink.column(WorkloadFigures.P99_MS, null, new ArrayList<>(p99));
        figures.columns(sink);
    }

    WorkloadResult result(long measuredNanos, long nowNanos) {
        long finished = ok.value() + failed.value() + unknown.value();
        Double availability = finished == 0 ? null : (double) ok.value() / finished;
        double throughput = measuredNanos == 0 ? 0 : ok.value() / (measuredNanos / 1e9);
        return new WorkloadResult(type, requests.value(), ok.value(), failed.value(), failedByReason, unknown.value(),
                inFlight.getAsLong(), availability, throughput, LatencySummary.of(latency),
                FigureValues.of(figures.summary(nowNanos)), latency.copy());
    }
}
