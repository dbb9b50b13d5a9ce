package org.distsim.core.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadResult;

/**
 * All figures of one run: a {@link NodeMetrics} per node and a {@link WorkloadMetrics} per
 * workload, ordered by the actors' spawn order so that every rendering is deterministic, and the
 * time series built from them at each interval boundary.
 */
public final class Metrics {

    private final LongSupplier clock;
    private final long warmupEndNanos;
    private final long intervalNanos;
    private final TreeMap<Integer, ActorRef> refs = new TreeMap<>();
    private final Map<Integer, NodeMetrics> nodes = new TreeMap<>();
    private final Map<Integer, WorkloadMetrics> workloads = new TreeMap<>();
    private final List<Long> intervalStarts = new ArrayList<>();
    private final Map<String, List<Double>> columns = new LinkedHashMap<>();
    private final Consistency consistency = new Consistency();
    private long lastIntervalEnd;

    public Metrics(LongSupplier clock, long warmupEndNanos, long intervalNanos) {
        this.clock = clock;
        this.warmupEndNanos = warmupEndNanos;
        this.intervalNanos = intervalNanos;
    }

    public NodeMetrics node(ActorRef ref) {
        refs.put(ref.index(), ref);
        return nodes.computeIfAbsent(ref.index(), i -> new NodeMetrics(ref.type(), clock));
    }

    public WorkloadMetrics workload(ActorRef ref) {
        refs.put(ref.index(), ref);
        return workloads.computeIfAbsent(ref.index(), i -> new WorkloadMetrics(clock, warmupEndNanos));
    }

    /** The records of acknowledged writes, by consistency domain, and the domain of each actor. */
    public Consistency consistency() {
        return consistency;
    }

    /** Called at the end of the warm-up: counters and gauges start measuring from here. */
    public void endWarmup(long nowNanos) {
        workloads.values().forEach(w -> w.endWarmup(nowNanos));
        nodes.values().forEach(n -> n.endWarmup(nowNanos));
    }

    /** Appends one point to every column of the time series. */
    public void closeInterval(long startNanos, long endNanos) {
        int index = intervalStarts.size();
        intervalStarts.add(startNanos);
        workloads.forEach((i, w) -> append(index, "workload." + refs.get(i).name() + ".", w.closeInterval(startNanos, endNanos)));
        nodes.forEach((i, n) -> append(index, "node." + refs.get(i).name() + ".", n.closeInterval(startNanos, endNanos)));
        lastIntervalEnd = endNanos;
    }

    private void append(int index, String prefix, Map<String, Double> values) {
        values.forEach((name, value) -> {
            List<Double> column = columns.computeIfAbsent(prefix + name, n -> new ArrayList<>());
            while (column.size() < index) {
                column.add(null);
            }
            column.add(value);
        });
    }

    /** Closes a last, partial interval when a limit ended the run between boundaries. */
    public void finish(long nowNanos) {
        if (nowNanos > lastIntervalEnd) {
            closeInterval(lastIntervalEnd, nowNanos);
        }
        int points = intervalStarts.size();
        columns.values().forEach(column -> {
            while (column.size() < points) {
                column.add(null);
            }
        });
    }

    public Map<String, WorkloadResult> workloadResults(long nowNanos) {
        Map<String, WorkloadResult> results = new LinkedHashMap<>();
        long measured = Math.max(0, nowNanos - warmupEndNanos);
        workloads.forEach((i, w) -> results.put(refs.get(i).name(), w.result(measured, nowNanos)));
        return results;
    }

    public Map<String, NodeResult> nodeResults(long nowNanos) {
        Map<String, NodeResult> results = new LinkedHashMap<>();
        nodes.forEach((i, n) -> results.put(refs.get(i).name(), new NodeResult(n.type(), n.summary(nowNanos))));
        return results;
    }

    public TimeSeries timeSeries() {
        return new TimeSeries(intervalNanos, intervalStarts, columns);
    }
}
