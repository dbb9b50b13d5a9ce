package org.distsim.reports.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.HdrHistogram.Histogram;
import org.distsim.core.figure.FigureSpec;
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

    /**
     * A workload's estimates and its pooled latency.
     *
     * @param type           the workload type
     * @param figures        the estimates, by key ({@code availability}, {@code latency_ms.p99}, {@code figures.reads})
     * @param specs          the declaration of each key's figure
     * @param pooledLatency  the latency of every request of every replication
     */
    public record Workload(String type, Map<String, Estimate> figures, Map<String, FigureSpec> specs,
            LatencySummary pooledLatency) {
        public Workload {
            figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
            specs = Collections.unmodifiableMap(new LinkedHashMap<>(specs));
        }

        /** The declaration of a key's figure, or null. */
        public FigureSpec spec(String key) {
            return specs.get(key);
        }
    }

    /** A node's type, estimates by key and the declaration of each key's figure. */
    public record Node(String type, Map<String, Estimate> figures, Map<String, FigureSpec> specs) {
        public Node {
            figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
            specs = Collections.unmodifiableMap(new LinkedHashMap<>(specs));
        }

        /** The declaration of a key's figure, or null. */
        public FigureSpec spec(String key) {
            return specs.get(key);
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
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, Map<String, FigureSpec>> specs = new LinkedHashMap<>();
        Map<String, Map<String, List<Double>>> nodeValues = new LinkedHashMap<>();
        for (RunResult r : results) {
            runs.add(new Run(r.replication(), r.events(), r.stop()));
            for (Map.Entry<String, WorkloadResult> e : r.workloads().entrySet()) {
                types.putIfAbsent(e.getKey(), e.getValue().type());
                specs.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).putAll(RunFigures.specs(e.getValue()));
                collect(workloadValues, e.getKey(), RunFigures.of(e.getValue()));
            }
            r.nodes().forEach((name, node) -> {
                types.putIfAbsent(name, node.type());
                specs.computeIfAbsent(name, k -> new LinkedHashMap<>()).putAll(RunFigures.specs(node.figures()));
                collect(nodeValues, name, RunFigures.of(node.figures()));
            });
        }
        Map<String, Workload> workloads = new LinkedHashMap<>();
        workloadValues.forEach((name, values) -> workloads.put(name, new Workload(types.get(name), estimates(values),
                specs.get(name), LatencySummary.of(pooled.get(name)))));
        Map<String, Node> nodes = new LinkedHashMap<>();
        nodeValues.forEach((name, values) -> nodes.put(name, new Node(types.get(name), estimates(values),
                specs.get(name))));
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
