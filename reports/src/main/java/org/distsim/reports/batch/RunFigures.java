package org.distsim.reports.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import org.distsim.core.result.LatencySummary;
import org.distsim.core.result.WorkloadResult;

/**
 * The figures of one run that replications are summarised over, by name, in report order. Names
 * follow the run JSON's keys with dots for nesting ({@code latency_ms.p99},
 * {@code figures.stale_reads}), so a figure reads the same in every document.
 */
public final class RunFigures {

    /** The latency figures, without the {@code latency_ms.} prefix. */
    public static final String[] LATENCY = {"mean", "p50", "p95", "p99", "p999", "max"};

    private RunFigures() {
    }

    /** A workload's figures: counts, availability, throughput, latency, then its own figures. */
    public static Map<String, Double> of(WorkloadResult w) {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("requests", (double) w.requests());
        figures.put("ok", (double) w.ok());
        figures.put("failed", (double) w.failed());
        figures.put("unknown", (double) w.unknown());
        figures.put("in_flight", (double) w.inFlight());
        figures.put("errors", (double) w.errors());
        figures.put("availability", w.availability());
        figures.put("throughput_rps", w.throughputRps());
        LatencySummary l = w.latency();
        Double[] latency = l == null ? new Double[LATENCY.length]
                : new Double[] {l.mean(), l.p50(), l.p95(), l.p99(), l.p999(), l.max()};
        for (int i = 0; i < LATENCY.length; i++) {
            figures.put("latency_ms." + LATENCY[i], latency[i]);
        }
        w.figures().forEach((name, value) -> figures.put("figures." + name, value == null ? null : value.doubleValue()));
        return figures;
    }

    /** A node's figures, as numbers. */
    public static Map<String, Double> of(Map<String, Number> nodeFigures) {
        Map<String, Double> figures = new LinkedHashMap<>();
        nodeFigures.forEach((name, value) -> figures.put(name, value == null ? null : value.doubleValue()));
        return figures;
    }
}
