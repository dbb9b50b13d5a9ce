package org.distsim.reports.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.HdrHistogram.Histogram;
import org.distsim.core.result.LatencySummary;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.StopReason;
import org.distsim.core.result.WorkloadResult;

/**
 * Independent replications of one configuration, summarised: every figure as an {@link Estimate}
 * (mean and 95 % confidence half-width over replications), and per workload the latency
 * percentiles of all replications' histograms merged ("pooled"). A pooled percentile is the
 * percentile of every request of every replication; it is the better point estimate, but only the
 * per-replication {@code latency_ms.*} estimates carry a confidence interval, because requests of
 * one run are correlated while replications are independent.
 *
 * @param scenario      the scenario's name
 * @param seed          the master seed every replication shares (replication r mixes r into each stream)
 * @param durationNanos simulated time of each replication
 * @param warmupNanos   the warm-up excluded from the figures
 * @param planned       replications asked for
 * @param runs          the replications that finished, by index
 * @param workloads     per workload, in scenario order
 * @param nodes         per node, in scenario order
 */
public record ReplicationSummary(
        String scenario,
        long seed,
        long durationNanos,
        long warmupNanos,
        int planned,
        List<Run> runs,
        Map<String, Workload> workloads,
        Map<String, Node> nodes) {

    /** What one replication was: its index, events and why it stopped. */
    public record Run(int replication, long events, StopReason stop) {
    }

    /** A workload's estimates and its pooled latency. */
    public record Workload(Map<String, Estimate> figures, LatencySummary pooledLatency) {
        public Workload {
            figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        }
    }

    /** A node's type and estimates. */
    public record Node(String type, Map<String, Estimate> figures) {
        public Node {
            figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        }
    }

    public ReplicationSummary {
        runs = List.copyOf(runs);
        workloads = Collections.unmodifiableMap(new LinkedHashMap<>(workloads));
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    }

    /** Whether fewer replications finished than were asked for (the batch was interrupted). */
    public boolean partial() {
        return runs.size() < planned;
    }

    /**
     * Summarises {@code results}, which must be in replication order and come from one scenario
     * and configuration; {@code planned} is how many were asked for.
     */
    public static ReplicationSummary of(List<RunResult> results, int planned, String scenario, long seed,
            long durationNanos, long warmupNanos) {
        Objects.requireNonNull(results, "results");
        List<Run> runs = new ArrayList<>();
        Map<String, Map<String, List<Double>>> workloadValues = new LinkedHashMap<>();
        Map<String, Histogram> pooled = pooledHistograms(results);
        Map<String, String> nodeTypes = new LinkedHashMap<>();
        Map<String, Map<String, List<Double>>> nodeValues = new LinkedHashMap<>();
        for (RunResult r : results) {
            runs.add(new Run(r.replication(), r.events(), r.stop()));
            for (Map.Entry<String, WorkloadResult> e : r.workloads().entrySet()) {
                collect(workloadValues, e.getKey(), RunFigures.of(e.getValue()));
            }
            r.nodes().forEach((name, node) -> {
                nodeTypes.putIfAbsent(name, node.type());
                collect(nodeValues, name, RunFigures.of(node.figures()));
            });
        }
        Map<String, Workload> workloads = new LinkedHashMap<>();
        workloadValues.forEach((name, values) ->
                workloads.put(name, new Workload(estimates(values), LatencySummary.of(pooled.get(name)))));
        Map<String, Node> nodes = new LinkedHashMap<>();
        nodeValues.forEach((name, values) -> nodes.put(name, new Node(nodeTypes.get(name), estimates(values))));
        return new ReplicationSummary(scenario, seed, durationNanos, warmupNanos, planned, runs, workloads, nodes);
    }

    /** Per workload, in scenario order, the latency histograms of all {@code results} merged. */
    public static Map<String, Histogram> pooledHistograms(List<RunResult> results) {
        Map<String, Histogram> pooled = new LinkedHashMap<>();
        for (RunResult r : results) {
            for (Map.Entry<String, WorkloadResult> e : r.workloads().entrySet()) {
                Histogram h = e.getValue().histogram();
                Histogram sum = pooled.get(e.getKey());
                if (sum == null) {
                    pooled.put(e.getKey(), h == null ? new Histogram(3) : h.copy());
                } else if (h != null) {
                    sum.add(h);
                }
            }
        }
        return pooled;
    }

    /** Adds one replication's figures; a figure missing from some replications is simply not counted there. */
    private static void collect(Map<String, Map<String, List<Double>>> into, String owner, Map<String, Double> figures) {
        Map<String, List<Double>> byFigure = into.computeIfAbsent(owner, k -> new LinkedHashMap<>());
        figures.forEach((figure, value) -> byFigure.computeIfAbsent(figure, k -> new ArrayList<>()).add(value));
    }

    private static Map<String, Estimate> estimates(Map<String, List<Double>> values) {
        Map<String, Estimate> estimates = new LinkedHashMap<>();
        values.forEach((figure, list) -> estimates.put(figure, Estimate.of(list)));
        return estimates;
    }
}
