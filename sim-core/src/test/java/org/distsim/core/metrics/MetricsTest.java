package org.distsim.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
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
}
