package org.distsim.core.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.distsim.core.figure.Figure;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Statistic;
import org.distsim.core.figure.Unit;
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

    static final FigureSpec READS = FigureSpec.count("reads", Role.LOAD, "reads", "Reads due.");
    static final FigureSpec SERVED = FigureSpec.count("served", Role.LOAD, "served", "Requests served.");
    static final FigureSpec UTILISATION = FigureSpec.gauge("utilisation", Unit.FRACTION, Role.LOAD, "utilisation",
            "Busy workers / workers, time-weighted.");

    static WorkloadResult workload(long requests, long ok, long failed, Map<String, Long> byReason, long unknown,
            long inFlight, FigureValues figures) {
        Histogram histogram = new Histogram(3);
        return new WorkloadResult("open-loop", requests, ok, failed, byReason, unknown, inFlight, 0.9, 10,
                LatencySummary.of(histogram), figures, histogram);
    }

    /** 100 requests: 80 ok, 10 failed (all rejected), 5 unknown, 5 in flight; one counter. */
    static WorkloadResult workload() {
        return workload(100, 80, 10, Map.of("rejected", 10L), 5, 5, figures(new Figure(READS, null, Statistic.VALUE, 70L)));
    }

    static FigureValues figures(Figure... figures) {
        return FigureValues.of(List.of(figures));
    }

    static NodeResult node(FigureValues figures) {
        return new NodeResult("service", figures);
    }

    static NodeResult node() {
        return node(figures(new Figure(SERVED, null, Statistic.VALUE, 95L),
                new Figure(UTILISATION, null, Statistic.MEAN, 0.5), new Figure(UTILISATION, null, Statistic.MAX, 1.0)));
    }

    static RunResult result(NetworkResult network, WorkloadResult workload, NodeResult node) {
        Map<String, WorkloadResult> workloads = new LinkedHashMap<>();
        workloads.put("clients", workload);
        Map<String, NodeResult> nodes = new LinkedHashMap<>();
        nodes.put("server", node);
        return result(network, workloads, nodes, new TimeSeries(SECOND, List.of(), List.of()));
    }

    static RunResult result(NetworkResult network, Map<String, WorkloadResult> workloads, Map<String, NodeResult> nodes,
            TimeSeries series) {
        return new RunResult("mm1", 42, 0, 10 * SECOND, 0, 1000, StopReason.completed(), workloads, nodes, network,
                series);
    }

    static RunResult consistent() {
        return result(network(), workload(), node());
    }
}
