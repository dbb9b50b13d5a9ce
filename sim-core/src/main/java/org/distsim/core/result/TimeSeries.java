package org.distsim.core.result;

import java.util.List;
import java.util.Map;

/**
 * Figures per fixed interval of simulated time, column by column.
 *
 * <p>Column names are {@code workload.<name>.<figure>} (throughput_rps, ok, failed, unknown,
 * availability, p50_ms, p95_ms, p99_ms) and {@code node.<name>.<figure>} (a gauge's mean over the
 * interval, or a counter's increase in it). A value is {@code null} where it is undefined, such as
 * a percentile in an interval that completed no request. Intervals are attributed by completion
 * time, the way a dashboard shows them.
 *
 * @param intervalNanos length of each interval
 * @param startNanos    start of each interval
 * @param columns       one list per column, as long as {@code startNanos}
 */
public record TimeSeries(long intervalNanos, List<Long> startNanos, Map<String, List<Double>> columns) {

    public TimeSeries {
        startNanos = List.copyOf(startNanos);
        var copy = new java.util.LinkedHashMap<String, List<Double>>();
        columns.forEach((name, values) -> copy.put(name, java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values))));
        columns = java.util.Collections.unmodifiableMap(copy);
    }
}
