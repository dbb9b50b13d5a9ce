package org.distsim.reports.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import org.distsim.core.figure.Figure;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.result.LatencySummary;
import org.distsim.core.result.WorkloadFigures;
import org.distsim.core.result.WorkloadResult;

/**
 * The figures of one run that replications are summarised over, by key, in report order, each with
 * its declaration. Keys follow the run JSON's with dots for nesting ({@code latency_ms.p99},
 * {@code figures.stale_reads}), so a figure reads the same in every document.
 */
public final class RunFigures {

    /** The latency figures, without the {@code latency_ms.} prefix. */
    public static final String[] LATENCY = WorkloadFigures.LATENCY.stream().map(FigureSpec::name)
            .toArray(String[]::new);

    private RunFigures() {
    }

    /** The key of a built-in workload figure: {@code availability}, {@code latency_ms.p99}. */
    public static String key(FigureSpec builtIn) {
        return WorkloadFigures.LATENCY.contains(builtIn) ? "latency_ms." + builtIn.name() : builtIn.name();
    }

    /** The declaration of a built-in workload figure by its key ({@code availability}, {@code latency_ms.p99}), or null. */
    public static FigureSpec builtIn(String key) {
        for (FigureSpec spec : WorkloadFigures.SUMMARY) {
            if (key(spec).equals(key)) {
                return spec;
            }
        }
        for (FigureSpec spec : WorkloadFigures.LATENCY) {
            if (key(spec).equals(key)) {
                return spec;
            }
        }
        return null;
    }

    /** A workload's figures: counts, availability, throughput, latency, then its own figures. */
    public static Map<String, Double> of(WorkloadResult w) {
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put(key(WorkloadFigures.REQUESTS), (double) w.requests());
        figures.put(key(WorkloadFigures.OK), (double) w.ok());
        figures.put(key(WorkloadFigures.FAILED), (double) w.failed());
        figures.put(key(WorkloadFigures.UNKNOWN), (double) w.unknown());
        figures.put(key(WorkloadFigures.IN_FLIGHT), (double) w.inFlight());
        figures.put(key(WorkloadFigures.ERRORS), (double) w.errors());
        figures.put(key(WorkloadFigures.AVAILABILITY), w.availability());
        figures.put(key(WorkloadFigures.THROUGHPUT), w.throughputRps());
        LatencySummary l = w.latency();
        Double[] latency = l == null ? new Double[LATENCY.length]
                : new Double[] {l.mean(), l.p50(), l.p95(), l.p99(), l.p999(), l.max()};
        for (int i = 0; i < LATENCY.length; i++) {
            figures.put(key(WorkloadFigures.LATENCY.get(i)), latency[i]);
        }
        for (Figure figure : w.figures()) {
            figures.put("figures." + figure.key(), figure.doubleValue());
        }
        return figures;
    }

    /** The declaration of each of {@link #of(WorkloadResult)}'s keys, in the same order. */
    public static Map<String, FigureSpec> specs(WorkloadResult w) {
        Map<String, FigureSpec> specs = new LinkedHashMap<>();
        WorkloadFigures.SUMMARY.forEach(spec -> specs.put(key(spec), spec));
        WorkloadFigures.LATENCY.forEach(spec -> specs.put(key(spec), spec));
        for (Figure figure : w.figures()) {
            specs.put("figures." + figure.key(), figure.spec());
        }
        return specs;
    }

    /** A node's figures, as numbers. */
    public static Map<String, Double> of(FigureValues nodeFigures) {
        Map<String, Double> figures = new LinkedHashMap<>();
        nodeFigures.forEach(figure -> figures.put(figure.key(), figure.doubleValue()));
        return figures;
    }

    /** The declaration of each of a node's keys. */
    public static Map<String, FigureSpec> specs(FigureValues nodeFigures) {
        Map<String, FigureSpec> specs = new LinkedHashMap<>();
        nodeFigures.forEach(figure -> specs.put(figure.key(), figure.spec()));
        return specs;
    }
}
