package org.distsim.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadResult;
import org.junit.jupiter.api.Test;

class MetricsTest {

    private long now;

    @Test
    void aGaugesMean_isWeightedByHowLongEachValueWasHeld() {
        Metrics metrics = new Metrics(() -> now, 0, 100);
        TimeWeightedGauge queue = metrics.node(new ActorRef(0, "s", "service")).gauge("queue");
        now = 0;
        queue.set(4);   // 4 for 10 ns
        now = 10;
        queue.set(0);   // 0 for 30 ns
        now = 40;
        assertEquals(1.0, queue.mean(40), 1e-12);
        assertEquals(4.0, queue.max());
    }

    @Test
    void theWarmup_isExcludedFromCountersGaugesAndWorkloads() {
        Metrics metrics = new Metrics(() -> now, 50, 1000);
        NodeMetrics node = metrics.node(new ActorRef(0, "s", "service"));
        Counter served = node.counter("served");
        TimeWeightedGauge busy = node.gauge("busy");
        WorkloadMetrics workload = metrics.workload(new ActorRef(1, "w", "open-loop"));
        now = 0;
        busy.set(10);
        served.add(7);
        workload.issued(10);
        workload.succeeded(10, 5);
        now = 50;
        metrics.endWarmup(50);
        busy.set(2);
        served.add(3);
        workload.issued(60);
        workload.succeeded(60, 8_000_000);
        workload.issued(70);
        workload.failed(70, "rejected");
        workload.issued(80);
        now = 150;
        NodeResult result = metrics.nodeResults(150).get("s");
        assertEquals(3L, result.figures().get("served"));
        assertEquals(2.0, result.figures().get("busy_mean"));
        WorkloadResult w = metrics.workloadResults(150).get("w");
        assertEquals(3, w.requests());
        assertEquals(1, w.ok());
        assertEquals(1, w.failed());
        assertEquals(1, w.inFlight());
        assertEquals(0.5, w.availability());
        assertEquals(8.0, w.latency().p50(), 0.01);
        assertEquals(1L, w.failedByReason().get("rejected"));
    }

    @Test
    void theTimeSeries_hasOnePointPerInterval_withNullWhereAFigureIsUndefined() {
        Metrics metrics = new Metrics(() -> now, 0, 100);
        WorkloadMetrics workload = metrics.workload(new ActorRef(0, "w", "open-loop"));
        workload.succeeded(10, 2_000_000);
        metrics.closeInterval(0, 100);
        metrics.closeInterval(100, 200);
        metrics.finish(200);
        TimeSeries series = metrics.timeSeries();
        assertEquals(List.of(0L, 100L), series.startNanos());
        assertEquals(2.0, series.columns().get("workload.w.p50_ms").get(0), 0.01);
        assertNull(series.columns().get("workload.w.p50_ms").get(1));
        assertEquals(1e7, series.columns().get("workload.w.throughput_rps").get(0), 1e-3);
    }

    @Test
    void workloadFigures_haveTheWarmupAndIntervalSemanticsOfNodeFigures() {
        Metrics metrics = new Metrics(() -> now, 50, 100);
        WorkloadMetrics workload = metrics.workload(new ActorRef(0, "w", "closed-loop"));
        Counter retries = workload.counter("retries");
        TimeWeightedGauge waiting = workload.gauge("waiting");
        workload.derived("ratio", () -> Double.NaN);
        now = 0;
        waiting.set(10);
        retries.add(7);
        now = 50;
        metrics.endWarmup(50);
        waiting.set(2);
        retries.add(3);
        now = 100;
        metrics.closeInterval(0, 100);
        retries.add(1);
        now = 150;
        metrics.finish(150);

        WorkloadResult w = metrics.workloadResults(150).get("w");
        assertEquals(List.of("retries", "waiting_mean", "waiting_max", "ratio"), List.copyOf(w.figures().keySet()));
        assertEquals(4L, w.figures().get("retries"), "counted after the warm-up only");
        assertEquals(2.0, w.figures().get("waiting_mean"));
        assertEquals(10.0, w.figures().get("waiting_max"), "the max since the warm-up, which began at 10");
        assertNull(w.figures().get("ratio"), "NaN is undefined");
        assertEquals(Map.of(), metrics.nodeResults(150), "a workload with figures is no node");

        Map<String, List<Double>> columns = metrics.timeSeries().columns();
        assertEquals(List.of(10.0, 1.0), columns.get("workload.w.retries"), "a counter's increase per interval");
        assertEquals(List.of(6.0, 2.0), columns.get("workload.w.waiting"), "a gauge's mean over the interval");
        assertNull(columns.get("workload.w.ratio"), "derived figures have no column");
    }

    @Test
    void aWorkloadFigure_mayNotShadowABuiltInColumn() {
        Metrics metrics = new Metrics(() -> now, 0, 100);
        WorkloadMetrics workload = metrics.workload(new ActorRef(0, "w", "open-loop"));
        assertThrows(IllegalArgumentException.class, () -> workload.counter("ok"));
        assertThrows(IllegalArgumentException.class, () -> workload.gauge("p99_ms"));
    }
}
