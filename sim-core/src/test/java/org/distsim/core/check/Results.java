package org.distsim.core.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.distsim.core.result.DropReason;
import org.distsim.core.result.LatencySummary;
import org.distsim.core.result.NetworkResult;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.StopReason;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadResult;

/** Run results made by hand, consistent unless a test breaks one number on purpose. */
final class Results {

    static final long SECOND = 1_000_000_000L;

    private Results() {
    }

    static NetworkResult network(long sent, long delivered, long dropped, Map<DropReason, Long> byReason, long inFlight) {
        return new NetworkResult(sent, delivered, dropped, byReason, inFlight);
    }

    /** 100 sent: 90 delivered, 6 dropped (4 lost, 2 at a crashed node), 4 in flight. */
    static NetworkResult network() {
        return network(100, 90, 6, Map.of(DropReason.LOSS, 4L, DropReason.NODE_DOWN, 2L), 4);
    }

    static WorkloadResult workload(long requests, long ok, long failed, Map<String, Long> byReason, long unknown,
            long inFlight, Map<String, Number> figures) {
        Histogram histogram = new Histogram(3);
        return new WorkloadResult(requests, ok, failed, byReason, unknown, inFlight, 0.9, 10, LatencySummary.of(histogram),
                figures, histogram);
    }

    /** 100 requests: 80 ok, 10 failed (all rejected), 5 unknown, 5 in flight; one counter. */
    static WorkloadResult workload() {
        return workload(100, 80, 10, Map.of("rejected", 10L), 5, 5, Map.of("reads", 70L));
    }

    static NodeResult node(Map<String, Number> figures) {
        return new NodeResult("service", figures);
    }

    static NodeResult node() {
        return node(Map.of("served", 95L, "utilisation_mean", 0.5));
    }

    static RunResult result(NetworkResult network, WorkloadResult workload, NodeResult node) {
        Map<String, WorkloadResult> workloads = new LinkedHashMap<>();
        workloads.put("clients", workload);
        Map<String, NodeResult> nodes = new LinkedHashMap<>();
        nodes.put("server", node);
        return new RunResult("mm1", 42, 0, 10 * SECOND, 0, 1000, StopReason.completed(), workloads, nodes, network,
                new TimeSeries(SECOND, List.of(), Map.of()));
    }

    static RunResult consistent() {
        return result(network(), workload(), node());
    }
}
