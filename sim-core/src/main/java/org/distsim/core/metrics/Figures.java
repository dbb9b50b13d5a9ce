package org.distsim.core.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * Named figures of one node or workload, in the order they were registered. Three kinds, kept
 * apart as the textbooks keep them: counters (how many), time-weighted gauges (how much, on
 * average over time) and derived figures computed at the end (hit ratio = hits / lookups).
 *
 * <p>Shared by {@link NodeMetrics} and {@link WorkloadMetrics} so that both have the same warm-up
 * and interval semantics: a counter's summary counts what happened after the warm-up and the time
 * series shows its increase per interval; a gauge's summary is its mean and max after the warm-up
 * and the time series shows its mean per interval; derived figures appear only in the summary.
 */
final class Figures {

    private final LongSupplier clock;
    private final Map<String, Object> figures = new LinkedHashMap<>();

    Figures(LongSupplier clock) {
        this.clock = clock;
    }

    boolean isEmpty() {
        return figures.isEmpty();
    }

    Counter counter(String name) {
        return (Counter) figures.computeIfAbsent(checkName(name, Counter.class), n -> new Counter());
    }

    TimeWeightedGauge gauge(String name) {
        return (TimeWeightedGauge) figures.computeIfAbsent(checkName(name, TimeWeightedGauge.class),
                n -> new TimeWeightedGauge(clock));
    }

    void derived(String name, DoubleSupplier value) {
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

    /** Adds each counter's increase and each gauge's mean over the interval to {@code values}, by figure name. */
    void closeInterval(long startNanos, long endNanos, Map<String, Double> values) {
        for (var entry : figures.entrySet()) {
            if (entry.getValue() instanceof Counter c) {
                values.put(entry.getKey(), (double) c.closeInterval());
            } else if (entry.getValue() instanceof TimeWeightedGauge g) {
                values.put(entry.getKey(), finiteOrNull(g.closeInterval(startNanos, endNanos)));
            }
        }
    }

    /**
     * The summary figures: counters as {@code Long} totals after the warm-up, gauges as
     * {@code <name>_mean} and {@code <name>_max}, derived figures as {@code Double}; undefined
     * values (NaN, infinities) as {@code null}.
     */
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
