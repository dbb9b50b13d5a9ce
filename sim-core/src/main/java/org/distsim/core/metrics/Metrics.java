package org.distsim.core.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadResult;

/**
 * All figures of one run: a {@link NodeMetrics} per node and a {@link WorkloadMetrics} per
 * workload, ordered by the actors' index (their spawn order) so that every rendering is
 * deterministic, and the time series built from them. It knows actors only by index, name and type,
 * never the kernel's actors.
 */
public final class Metrics {

    private final LongSupplier clock;
    private final long warmupEndNanos;
    private final long intervalNanos;
    private final Intervals intervals = new Intervals();
    private final Map<Integer, String> names = new TreeMap<>();
    private final Map<Integer, NodeMetrics> nodes = new TreeMap<>();
    private final Map<Integer, WorkloadMetrics> workloads = new TreeMap<>();
    /** Figures of things on the network that are no actor (a link's direction), by name, in registration order. */
    private final Map<String, NodeMetrics> links = new LinkedHashMap<>();
    private final Consistency consistency = new Consistency();

    public Metrics(LongSupplier clock, long warmupEndNanos, long intervalNanos) {
        this.clock = clock;
        this.warmupEndNanos = warmupEndNanos;
        this.intervalNanos = intervalNanos;
    }

    /** The figures of node {@code index} (its spawn order), registered on first call. */
    public NodeMetrics node(int index, String name, String type) {
        register(index, name);
        return nodes.computeIfAbsent(index, i -> new NodeMetrics(type, clock, warmupEndNanos, intervals));
    }

    /**
     * The figures of a part of the network that is no actor (a direction of a link with a
     * bandwidth), registered on first call; they follow every node's in the results.
     */
    public NodeMetrics link(String name, String type) {
        if (names.containsValue(name)) {
            throw new IllegalArgumentException("a link cannot be named like the actor " + name);
        }
        return links.computeIfAbsent(name, n -> new NodeMetrics(type, clock, warmupEndNanos, intervals));
    }

    /** The recorder of workload {@code index} (its spawn order), registered on first call. */
    public WorkloadMetrics workload(int index, String name, String type) {
        register(index, name);
        return workloads.computeIfAbsent(index, i -> new WorkloadMetrics(type, clock, warmupEndNanos, intervals));
    }

    private void register(int index, String name) {
        String known = names.putIfAbsent(index, name);
        if (known != null && !known.equals(name)) {
            throw new IllegalArgumentException("actor " + index + " is " + known + ", not " + name);
        }
    }

    /** The records of acknowledged writes, by consistency domain, and the domain of each actor. */
    public Consistency consistency() {
        return consistency;
    }

    /** Called at the end of the warm-up: counters and gauges start measuring from here. */
    public void endWarmup(long nowNanos) {
        workloads.values().forEach(w -> w.endWarmup(nowNanos));
        nodes.values().forEach(n -> n.endWarmup(nowNanos));
        links.values().forEach(n -> n.endWarmup(nowNanos));
    }

    /** Closes one interval of the time series: every column gets its point. */
    public void closeInterval(long startNanos, long endNanos) {
        intervals.close(startNanos, endNanos);
        workloads.values().forEach(w -> w.closeInterval(startNanos, endNanos));
        nodes.values().forEach(n -> n.closeInterval(startNanos, endNanos));
        links.values().forEach(n -> n.closeInterval(startNanos, endNanos));
    }

    /** Closes a last, partial interval when a limit ended the run between boundaries. */
    public void finish(long nowNanos) {
        if (nowNanos > intervals.openStart()) {
            closeInterval(intervals.openStart(), nowNanos);
        }
    }

    public Map<String, WorkloadResult> workloadResults(long nowNanos) {
        Map<String, WorkloadResult> results = new LinkedHashMap<>();
        long measured = Math.max(0, nowNanos - warmupEndNanos);
        workloads.forEach((i, w) -> results.put(names.get(i), w.result(measured, nowNanos)));
        return results;
    }

    public Map<String, NodeResult> nodeResults(long nowNanos) {
        Map<String, NodeResult> results = new LinkedHashMap<>();
        nodes.forEach((i, n) -> results.put(names.get(i), new NodeResult(n.type(), FigureValues.of(n.summary(nowNanos)),
                n.curves())));
        links.forEach((name, n) -> results.put(name, new NodeResult(n.type(), FigureValues.of(n.summary(nowNanos)),
                n.curves())));
        return results;
    }

    /**
     * The time series so far: one point per closed interval in every column, workloads first, then
     * nodes, each owner's columns in registration order. Per-request columns include the outcomes
     * that arrived after their interval closed.
     */
    public TimeSeries timeSeries() {
        List<TimeSeries.Column> columns = new ArrayList<>();
        workloads.forEach((i, w) -> w.columns((spec, qualifier, values) ->
                columns.add(new TimeSeries.Column(TimeSeries.Scope.WORKLOAD, names.get(i), spec, qualifier, values))));
        nodes.forEach((i, n) -> n.columns((spec, qualifier, values) ->
                columns.add(new TimeSeries.Column(TimeSeries.Scope.NODE, names.get(i), spec, qualifier, values))));
        links.forEach((name, n) -> n.columns((spec, qualifier, values) ->
                columns.add(new TimeSeries.Column(TimeSeries.Scope.NODE, name, spec, qualifier, values))));
        return new TimeSeries(intervalNanos, intervals.starts(), columns);
    }
}
