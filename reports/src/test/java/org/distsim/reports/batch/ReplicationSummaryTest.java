package org.distsim.reports.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.result.LatencySummary;
import org.distsim.core.result.NetworkResult;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.StopReason;
import org.distsim.core.result.WorkloadResult;
import org.distsim.reports.Specs;
import org.junit.jupiter.api.Test;

/** Estimates per figure, and pooled percentiles from merged histograms, over hand-built runs. */
class ReplicationSummaryTest {

    private static final long MILLI = 1_000_000L;

    /** A run whose clients saw {@code fast} requests of 1 ms and {@code slow} of 100 ms. */
    private static RunResult run(int replication, long fast, long slow, double utilisation) {
        Histogram h = new Histogram(1, 3_600_000_000_000L, 3);
        h.recordValueWithCount(MILLI, fast);
        h.recordValueWithCount(100 * MILLI, slow);
        long ok = fast + slow;
        FigureValues figures = Specs.values(Specs.STALE_READS, (long) replication);
        WorkloadResult w = new WorkloadResult("open-loop", ok, ok, 0, Map.of(), 0, 0, 1.0, ok / 10.0, LatencySummary.of(h),
                figures, h);
        FigureValues node = Specs.values(Specs.UTILISATION, utilisation, 1.0);
        return new RunResult("t", 1, replication, 10_000_000_000L, 0, 100, StopReason.completed(),
                Map.of("clients", w), Map.of("server", new NodeResult("service", node)),
                new NetworkResult(0, 0, 0, Map.of(), 0), null);
    }

    @Test
    void pooledPercentiles_comeFromTheMergedHistograms_notFromAveragingPercentiles() {
        // Run 0: 99 % of 1 ms; run 1: 90 % of 1 ms. Each run's p95: 1 ms and 100 ms (mean 50.5 ms);
        // pooled over 2000 requests, 5.5 % are slow, so the pooled p95 is 100 ms and the p90 1 ms.
        ReplicationSummary s = ReplicationSummary.of(List.of(run(0, 990, 10, 0.5), run(1, 900, 100, 0.7)), 2, "t", 1,
                10_000_000_000L, 0);
        ReplicationSummary.Workload clients = s.workloads().get("clients");
        assertEquals(2000, clients.pooledLatency().count());
        assertEquals(100.0, clients.pooledLatency().p95(), 0.1);
        assertEquals(50.5, clients.figures().get("latency_ms.p95").mean(), 0.1);
        assertEquals((990 * 1.0 + 10 * 100 + 900 * 1.0 + 100 * 100) / 2000, clients.pooledLatency().mean(), 0.01);
        assertEquals(0.6, s.nodes().get("server").figures().get("utilisation_mean").mean(), 1e-12);
        assertEquals("service", s.nodes().get("server").type());
        assertEquals(0.5, clients.figures().get("figures.stale_reads").mean(), 1e-12);
        assertFalse(s.partial());
    }

    @Test
    void fewerRunsThanPlanned_isPartial_andTheInputHistogramsAreNotChanged() {
        RunResult r = run(0, 10, 0, 0.5);
        ReplicationSummary s = ReplicationSummary.of(List.of(r, run(1, 10, 0, 0.5)), 3, "t", 1, 1, 0);
        assertTrue(s.partial());
        assertEquals(10, r.workloads().get("clients").histogram().getTotalCount());
    }

    @Test
    void documents_renderEveryFigureAndThePooledLatency() {
        ReplicationSummary s = ReplicationSummary.of(List.of(run(0, 990, 10, 0.5), run(1, 900, 100, 0.7)), 2, "t", 1,
                10_000_000_000L, 0);
        String json = BatchJson.render(s);
        assertTrue(json.contains("\"kind\": \"replications\""), json);
        assertTrue(json.contains("\"latency_ms.p99\": {"), json);
        assertTrue(json.contains("\"pooled_latency_ms\": {\n        \"count\": 2000,"), json);
        String csv = BatchCsv.render(s);
        assertTrue(csv.startsWith("scope,name,figure,n,mean,half_width,low,high,sd,min,max\n"), csv);
        assertTrue(csv.contains("\nnode,server,utilisation_mean,2,0.6,"), csv);
        assertTrue(csv.contains("\npooled,clients,latency_ms.p95,2000,100."), csv);
        String text = BatchText.render(s, "./distsim run t.yaml --replications 2");
        assertTrue(text.contains("  utilisation_mean  60.000% +/- 127.062%   50.000%   70.000%  2\n"), "a fraction reads in per cent: " + text);
    }
}
