package org.distsim.core.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * The figures of one node, in the order the component registers them. Three kinds, kept apart as
 * the textbooks keep them: counters (how many), time-weighted gauges (how much, on average over
 * time) and derived figures computed at the end (hit ratio = hits / lookups).
 */
public final class NodeMetrics {

    private final String type;
    private final Figures figures;

    NodeMetrics(String type, LongSupplier clock) {
        this.type = type;
        this.figures = new Figures(clock);
    }

    public String type() {
        return type;
    }

    public Counter counter(String name) {
        return figures.counter(name);
    }

    public TimeWeightedGauge gauge(String name) {
        return figures.gauge(name);
    }

    /** A figure computed when the run ends; NaN (say, a ratio of nothing) is reported as null. */
    public void derived(String name, DoubleSupplier value) {
        figures.derived(name, value);
    }

    void endWarmup(long nowNanos) {
        figures.endWarmup(nowNanos);
    }

    /** Each counter's increase and each gauge's mean over the interval, by figure name. */
    Map<String, Double> closeInterval(long startNanos, long endNanos) {
        Map<String, Double> values = new LinkedHashMap<>();
        figures.closeInterval(startNanos, endNanos, values);
        return values;
    }

    /** The summary figures for the run result. */
    Map<String, Number> summary(long nowNanos) {
        return figures.summary(nowNanos);
    }
}
