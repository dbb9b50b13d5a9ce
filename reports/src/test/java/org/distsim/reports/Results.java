package org.distsim.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.distsim.core.figure.CurveSpec;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.result.Curve;
import org.distsim.core.result.LatencySummary;
import org.distsim.core.result.DropReason;
import org.distsim.core.result.NetworkResult;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.StopReason;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadFigures;
import org.distsim.core.result.WorkloadResult;

/** Run results built by hand, so the renderers can be tested without running a simulation. */
final class Results {

    static final long SECOND = 1_000_000_000L;
    static final long MILLI = 1_000_000L;

    private Results() {
    }

    /** 900 requests of 1 ms and 100 of 10 ms, recorded in nanoseconds as the engine does. */
    static Histogram latencies() {
        Histogram h = new Histogram(1, 3_600 * SECOND, 3);
        h.recordValueWithCount(MILLI, 900);
        h.recordValueWithCount(10 * MILLI, 100);
        return h;
    }

    static WorkloadResult readers() {
        return readers(FigureValues.empty());
    }

    /** The readers, with figures of their own. */
    static WorkloadResult readers(FigureValues figures) {
        Histogram h = latencies();
        return new WorkloadResult("open-loop", 1_002, 1_000, 1, Map.of("rejected", 1L), 0, 1, 1_000 / 1_001.0,
                1_000 / 540.0, LatencySummary.of(h), figures, h);
    }

    /** Figures a workload registered: counters, a gauge's mean and max, and an undefined percentile. */
    static FigureValues workloadFigures() {
        return Specs.values(Specs.READS, 900L, Specs.STALE_READS, 12L, Specs.WAITING_USERS, 2.25, 4.0,
                Specs.WRITE_P99, null);
    }

    static WorkloadResult writers() {
        Histogram empty = new Histogram(1, 3_600 * SECOND, 3);
        Map<String, Long> failed = new LinkedHashMap<>();
        failed.put("unavailable", 3L);
        failed.put("error", 2L);
        return new WorkloadResult("open-loop", 9, 0, 5, failed, 4, 0, 0.0, 0.0, LatencySummary.of(empty),
                FigureValues.empty(), empty);
    }

    static Map<String, NodeResult> nodes() {
        Map<String, NodeResult> nodes = new LinkedHashMap<>();
        nodes.put("api", new NodeResult("service", Specs.values(Specs.UTILISATION, 0.8734, 1.0, Specs.QUEUE, 3.2, 12.0,
                Specs.REJECTED, 1L)));
        nodes.put("cache", new NodeResult("cache", Specs.values(Specs.HITS, 700L, Specs.MISSES, 300L,
                Specs.HIT_RATIO, 0.7, Specs.EVICTIONS, 0L)));
        nodes.put("api-2", new NodeResult("service", Specs.values(Specs.UTILISATION, 0.5, 1.0, Specs.QUEUE, null, 4.0,
                Specs.REJECTED, 0L)));
        return nodes;
    }

    static NetworkResult network() {
        Map<DropReason, Long> dropped = new LinkedHashMap<>();
        dropped.put(DropReason.PARTITION, 3L);
        dropped.put(DropReason.LOSS, 5L);
        return new NetworkResult(1_000, 990, 8, dropped, 2);
    }

    static TimeSeries series() {
        return new TimeSeries(300 * SECOND, List.of(0L, 300 * SECOND), List.of(
                Specs.workload("readers", WorkloadFigures.THROUGHPUT, List.of(1.5, 2.0)),
                Specs.workload("readers", WorkloadFigures.P50_MS, java.util.Arrays.asList(null, 0.30000000000000004))));
    }

    /** A completed 600 s run with a 60 s warm-up, two workloads, three nodes of two types. */
    static RunResult sample() {
        return sample(StopReason.completed());
    }

    static RunResult sample(StopReason stop) {
        Map<String, WorkloadResult> workloads = new LinkedHashMap<>();
        workloads.put("readers", readers());
        workloads.put("writers", writers());
        return new RunResult("checkout", 42, 0, 600 * SECOND, 60 * SECOND, 123_456, stop, workloads, nodes(),
                network(), series());
    }

    /** {@link #sample()}, except that the readers registered {@link #workloadFigures()}. */
    static RunResult sampleWithWorkloadFigures() {
        Map<String, WorkloadResult> workloads = new LinkedHashMap<>();
        workloads.put("readers", readers(workloadFigures()));
        workloads.put("writers", writers());
        return new RunResult("checkout", 42, 0, 600 * SECOND, 60 * SECOND, 123_456, StopReason.completed(), workloads,
                nodes(), network(), series());
    }

    /** A staleness-like curve: three bins with samples, the last one unbounded. */
    static Curve freshnessCurve() {
        CurveSpec spec = new CurveSpec("fresh_read_after_write", "fresh reads after a write",
                "time since the write was acknowledged", "read returns the write or a newer one",
                "Reads that returned the latest acknowledged write, by the time since its acknowledgement.");
        return new Curve(spec, List.of(new Curve.Point(1_000_000, 2_000_000, 40, 10),
                new Curve.Point(10_000_000, 20_000_000, 50, 45), new Curve.Point(100_000_000_000L, Curve.UNBOUNDED, 2, 2)));
    }

    /** {@link #sample()} with a replicated database {@code db} that recorded {@link #freshnessCurve()}. */
    static RunResult sampleWithCurve() {
        RunResult r = sample();
        Map<String, NodeResult> nodes = new LinkedHashMap<>(r.nodes());
        nodes.put("db", new NodeResult("replicated-database", FigureValues.empty(), List.of(freshnessCurve())));
        return new RunResult(r.scenario(), r.seed(), r.replication(), r.durationNanos(), r.warmupNanos(), r.events(),
                r.stop(), r.workloads(), nodes, r.network(), r.series());
    }

    /** A run with no workloads, nodes, drops or time series. */
    static RunResult empty() {
        return new RunResult("idle", 7, 3, 1_500 * MILLI, 0, 0, StopReason.completed(), Map.of(), Map.of(),
                new NetworkResult(0, 0, 0, Map.of(), 0), new TimeSeries(SECOND, List.of(), List.of()));
    }
}
