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
    private final LongSupplier clock;
    private final Map<String, Object> figures = new LinkedHashMap<>();

    NodeMetrics(String type, LongSupplier clock) {
        this.type = type;
        this.clock = clock;
    }

    public String type() {
        return type;
    }

    public Counter counter(String name) {
        return (Counter) figures.computeIfAbsent(checkName(name, Counter.class), n -> new Counter());
    }

    public TimeWeightedGauge gauge(String name) {
        return (TimeWeightedGauge) figures.computeIfAbsent(checkName(name, TimeWeightedGauge.class),
                n -> new TimeWeightedGauge(clock));
    }

    /** A figure computed when the run ends; NaN (say, a ratio of nothing) is reported as null. */
    public void derived(String name, DoubleSupplier value) {
        checkName(name, DoubleSupplier.class);
        figures.put(name, value);
    }

    private String checkName(String name, Class<?> kind) {
        Object existing = figures.get(name);
        if (existing != null && !kind.isInstance(existing)) {
            throw new IllegalArgumentException("figure '" + name + "' is already registered as another kind");
        }
        return name;
    }

    void endWarmup(long nowNanos) {
        for (Object figure : figures.values()) {
            if (figure instanceof Counter c) {
                c.endWarmup();
            } else if (figure instanceof TimeWeightedGauge g) {
                g.endWarmup(nowNanos);
            }
        }
    }

    /** Each counter's increase and each gauge's mean over the interval, by figure name. */
    Map<String, Double> closeInterval(long startNanos, long endNanos) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (var entry : figures.entrySet()) {
            if (entry.getValue() instanceof Counter c) {
                values.put(entry.getKey(), (double) c.closeInterval());
            } else if (entry.getValue() instanceof TimeWeightedGauge g) {
                values.put(entry.getKey(), finiteOrNull(g.closeInterval(startNanos, endNanos)));
            }
        }
        return values;
    }

    /** The summary figures for the run result. */
    Map<String, Number> summary(long nowNanos) {
        Map<String, Number> values = new LinkedHashMap<>();
        for (var entry : figures.entrySet()) {
            String name = entry.getKey();
            Object figure = entry.getValue();
            if (figure instanceof Counter c) {
                values.put(name, c.value());
            } else if (figure instanceof TimeWeightedGauge g) {
                values.put(name + "_mean", finiteOrNull(g.mean(nowNanos)));
                values.put(name + "_max", finiteOrNull(g.max()));
            } else {
                values.put(name, finiteOrNull(((DoubleSupplier) figure).getAsDouble()));
            }
        }
        return values;
    }

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
