package org.distsim.models.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.facts.ObjectiveFigure;
import org.distsim.models.format.Knob;
import org.distsim.models.format.Rate;

/**
 * One entry of the scenario's {@code slo:} list: the service-level objectives of one workload,
 * checked against the figures it measured after the warm-up. Each latency knob is an upper bound on
 * that statistic of successful requests; {@code availability} and {@code throughput} are lower
 * bounds. An entry must set at least one of them.
 *
 * @param workload      the workload the objectives are about, declared under {@code workloads:}
 * @param mean          mean latency at most this, or null
 * @param p50           median latency at most this, or null
 * @param p90           90th percentile at most this, or null
 * @param p95           95th percentile at most this, or null
 * @param p99           99th percentile at most this, or null
 * @param p999          99.9th percentile at most this, or null
 * @param max           largest latency at most this, or null
 * @param availability  ok / finished requests at least this, in [0, 1], or null
 * @param throughput    successful requests per second at least this, or null
 */
public record Slo(
        @Knob(doc = "The workload whose figures are checked; a name declared under workloads:.",
                format = Knob.Format.WORKLOAD_REF)
        String workload,
        @Knob(doc = "Mean latency of successful requests must be at most this.", optional = true, min = "0s")
        Duration mean,
        @Knob(doc = "Median latency must be at most this.", optional = true, min = "0s")
        Duration p50,
        @Knob(doc = "90th percentile latency must be at most this.", optional = true, min = "0s")
        Duration p90,
        @Knob(doc = "95th percentile latency must be at most this.", optional = true, min = "0s")
        Duration p95,
        @Knob(doc = "99th percentile latency must be at most this.", optional = true, min = "0s")
        Duration p99,
        @Knob(doc = "99.9th percentile latency must be at most this.", optional = true, min = "0s")
        Duration p999,
        @Knob(doc = "The largest latency must be at most this.", optional = true, min = "0s")
        Duration max,
        @Knob(doc = "Availability (ok / finished requests) must be at least this: 99.9% or 0.999.",
                optional = true, format = Knob.Format.PROBABILITY)
        Double availability,
        @Knob(doc = "Successful requests per second must be at least this.", optional = true)
        Rate throughput) {

    /** The latency statistics an objective can bound, in the order they are checked and reported. */
    public static final List<ObjectiveFigure> LATENCY_FIGURES = List.of(ObjectiveFigure.MEAN, ObjectiveFigure.P50,
            ObjectiveFigure.P90, ObjectiveFigure.P95, ObjectiveFigure.P99, ObjectiveFigure.P999, ObjectiveFigure.MAX);

    public Slo {
        if (mean == null && p50 == null && p90 == null && p95 == null && p99 == null && p999 == null && max == null
                && availability == null && throughput == null) {
            throw new IllegalArgumentException("an slo entry needs at least one objective: "
                    + String.join(", ", LATENCY_FIGURES.stream().map(ObjectiveFigure::key).toList())
                    + ", availability or throughput");
        }
    }

    /** The latency bounds that are set, by statistic, in {@link #LATENCY_FIGURES} order. */
    public Map<ObjectiveFigure, Duration> latencyBounds() {
        Map<ObjectiveFigure, Duration> bounds = new LinkedHashMap<>();
        List<Duration> values = new ArrayList<>(java.util.Arrays.asList(mean, p50, p90, p95, p99, p999, max));
        for (int i = 0; i < LATENCY_FIGURES.size(); i++) {
            if (values.get(i) != null) {
                bounds.put(LATENCY_FIGURES.get(i), values.get(i));
            }
        }
        return bounds;
    }
}
