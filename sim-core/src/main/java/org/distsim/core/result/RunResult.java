package org.distsim.core.result;

import java.util.Map;
import org.distsim.core.facts.RunFacts;

/**
 * Everything one run produced, as plain data: what the console table, the JSON, CSV and HTML
 * reports and the live view render. Maps keep the scenario's declaration order.
 *
 * @param scenario      the scenario's name
 * @param seed          the master seed the run used
 * @param replication   the replication index (0 for a single run)
 * @param durationNanos simulated time the run covered (shorter than asked when a limit stopped it)
 * @param warmupNanos   the warm-up excluded from every summary figure
 * @param events        events the engine dispatched
 * @param stop          why the run ended
 * @param workloads     per workload: requests, outcomes, latency
 * @param nodes         per node: the figures its component records
 * @param network       message counts of the network
 * @param series        per-interval figures over the whole run, warm-up included
 * @param facts         what the run means beyond its numbers: topology, markers, objectives;
 *                      {@link RunFacts#NONE} for a run built without a scenario
 * @param cutDurations  per actor in spawn order, then {@code network}: drawn durations longer than the
 *                      whole run, cut to just past its end so that they cannot wrap the clock; only
 *                      non-zero counts, and empty for almost every run
 */
public record RunResult(
        String scenario,
        long seed,
        int replication,
        long durationNanos,
        long warmupNanos,
        long events,
        StopReason stop,
        Map<String, WorkloadResult> workloads,
        Map<String, NodeResult> nodes,
        NetworkResult network,
        TimeSeries series,
        RunFacts facts,
        Map<String, Long> cutDurations) {

    public RunResult {
        workloads = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(workloads));
        nodes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(nodes));
        java.util.Objects.requireNonNull(facts, "facts");
        cutDurations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cutDurations));
    }

    /** A result in which no drawn duration outlasted the run. */
    public RunResult(String scenario, long seed, int replication, long durationNanos, long warmupNanos, long events,
            StopReason stop, Map<String, WorkloadResult> workloads, Map<String, NodeResult> nodes,
            NetworkResult network, TimeSeries series, RunFacts facts) {
        this(scenario, seed, replication, durationNanos, warmupNanos, events, stop, workloads, nodes, network, series,
                facts, Map.of());
    }

    /** A result that knows nothing of its scenario's facts. */
    public RunResult(String scenario, long seed, int replication, long durationNanos, long warmupNanos, long events,
            StopReason stop, Map<String, WorkloadResult> workloads, Map<String, NodeResult> nodes,
            NetworkResult network, TimeSeries series) {
        this(scenario, seed, replication, durationNanos, warmupNanos, events, stop, workloads, nodes, network, series,
                RunFacts.NONE);
    }

    /** This result with the given facts. */
    public RunResult withFacts(RunFacts newFacts) {
        return new RunResult(scenario, seed, replication, durationNanos, warmupNanos, events, stop, workloads, nodes,
                network, series, newFacts, cutDurations);
    }

    /** How many drawn durations outlasted the whole run and were cut to it, over every actor and the network. */
    public long cutDurationCount() {
        return cutDurations.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Simulated time over which summary figures were measured: the run less its warm-up. */
    public long measuredNanos() {
        return Math.max(0, durationNanos - warmupNanos);
    }
}
