package org.distsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.result.NetworkResult;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.StopReason;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadFigures;
import org.distsim.core.result.WorkloadResult;
import org.junit.jupiter.api.Test;

class StabilityTest {

    private static final int INTERVALS = 300;
    private static final long WARMUP = 10 * Results.SECOND;

    /**
     * A one-server run of 300 one-second intervals: the server serves 1000 per second and its
     * queue is {@code queue(i)}; the workload's median latency is {@code p50(i)}.
     */
    private static RunResult run(java.util.function.IntToDoubleFunction queue, java.util.function.IntToDoubleFunction p50) {
        List<Long> starts = new ArrayList<>();
        List<Double> queues = new ArrayList<>();
        List<Double> served = new ArrayList<>();
        List<Double> medians = new ArrayList<>();
        for (int i = 0; i < INTERVALS; i++) {
            starts.add(i * Results.SECOND);
            queues.add(queue.applyAsDouble(i));
            served.add(1000.0);
            medians.add(p50.applyAsDouble(i));
        }
        List<TimeSeries.Column> columns = List.of(Specs.workload("clients", WorkloadFigures.P50_MS, medians),
                Specs.node("server", Specs.QUEUE, queues), Specs.node("server", Specs.SERVED, served));
        FigureValues figures = Specs.values(Specs.UTILISATION, 1.0, 1.0, Specs.QUEUE, 0.0, 0.0, Specs.SERVED, 290_000L);
        Map<String, WorkloadResult> workloads = new LinkedHashMap<>();
        workloads.put("clients", Results.readers());
        return new RunResult("t", 1, 0, INTERVALS * Results.SECOND, WARMUP, 1, StopReason.completed(), workloads,
                Map.of("server", new NodeResult("service", figures)), new NetworkResult(0, 0, 0, Map.of(), 0),
                new TimeSeries(Results.SECOND, starts, columns));
    }

    private static java.util.function.IntToDoubleFunction noise(double level, long seed) {
        double[] values = new double[INTERVALS];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < INTERVALS; i++) {
            values[i] = level * (1 + 0.3 * random.nextGaussian());
        }
        return i -> values[i];
    }

    @Test
    void queueGrowingLinearly_isNamedUnstableWithItsLoad() {
        // 200 more arrivals than departures every second: rho = 1200 / 1000.
        List<Finding> findings = Stability.analyse(run(i -> 200.0 * i, noise(5, 1)));
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals(Finding.UNSTABLE, f.kind());
        assertEquals("node.server.queue", f.subject());
        assertTrue(f.message().startsWith("UNSTABLE: arrivals exceed capacity at node server (rho ~ 1.20)"),
                f.message());
        assertTrue(f.message().contains("grows by about 200/s"), f.message());
    }

    @Test
    void stationaryQueueAndLatency_giveNoFinding() {
        for (long seed = 1; seed <= 20; seed++) {
            assertEquals(List.of(), Stability.analyse(run(noise(3, seed), noise(5, seed + 100))), "seed " + seed);
        }
    }

    @Test
    void latencyStillRampingAfterTheWarmUp_isNotStationaryWithAProposedWarmUp() {
        List<Finding> findings = Stability.analyse(run(noise(3, 2), i -> 5 + 0.2 * i));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Finding.NOT_STATIONARY, findings.get(0).kind());
        assertEquals("workload.clients.p50_ms", findings.get(0).subject());
        assertTrue(findings.get(0).message().startsWith("not stationary after warm-up: the median latency of"
                + " workload clients still drifts"), findings.get(0).message());
        assertTrue(findings.get(0).message().contains("consider warm-up >= "), findings.get(0).message());
    }

    @Test
    void changeCausedByAFault_isNotMistakenForAShortWarmUp() {
        // A crash at 220 s doubles the latency for good: the series is not stationary, and that is the point.
        RunResult result = run(noise(3, 3), i -> i < 220 ? 5 : 10);
        assertEquals(Finding.NOT_STATIONARY, Stability.analyse(result).get(0).kind());
        assertEquals(List.of(), Stability.analyse(result, 220 * Results.SECOND));
    }

    @Test
    void manyRequestsStillInFlight_isNamedUnstable() {
        WorkloadResult w = Results.readers();
        WorkloadResult stuck = new WorkloadResult("open-loop", 10_000, 5_000, 0, Map.of(), 0, 5_000, 1.0, 10,
                w.latency(), FigureValues.empty(), w.histogram());
        RunResult r = Results.sample();
        Map<String, WorkloadResult> workloads = new LinkedHashMap<>();
        workloads.put("stuck", stuck);
        RunResult result = new RunResult("t", 1, 0, r.durationNanos(), r.warmupNanos(), 1, r.stop(), workloads,
                Map.of(), r.network(), r.series());
        List<Finding> findings = Stability.analyse(result);
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().startsWith("UNSTABLE: 5000 of 10000 requests of workload stuck"),
                findings.get(0).message());
    }
}
