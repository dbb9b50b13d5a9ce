package org.distsim.core.result;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.distsim.core.figure.FigureSpec;

/**
 * Figures per fixed interval of simulated time, column by column, each column with the declaration
 * of the figure it is a series of.
 *
 * <p>Column keys are {@code workload.<name>.<figure>} (the built-in {@link WorkloadFigures#COLUMNS},
 * then the workload's own) and {@code node.<name>.<figure>}: a gauge's mean over the interval, a
 * counter's increase in it, a quotient's value over it. A value is {@code null} where it is
 * undefined, such as a percentile in an interval that completed no request. A per-request figure
 * counts in the interval its request was due in; the latency percentiles are of the requests that
 * completed in the interval.
 *
 * @param intervalNanos length of each interval
 * @param startNanos    start of each interval
 * @param columns       the columns, workloads first, then nodes, each as long as {@code startNanos}
 */
public record TimeSeries(long intervalNanos, List<Long> startNanos, List<Column> columns) {

    /** Whose figure a column is. */
    public enum Scope {
        WORKLOAD("workload."), NODE("node.");

        private final String prefix;

        Scope(String prefix) {
            this.prefix = prefix;
        }

        /** What a column key starts with: {@code workload.} or {@code node.}. */
        public String prefix() {
            return prefix;
        }
    }

    /**
     * One column.
     *
     * @param scope      a workload's or a node's
     * @param owner      the workload's or node's name
     * @param spec       the figure's declaration
     * @param qualifier  the peer of a family instance, or null
     * @param values     one value per interval, null where undefined
     */
    public record Column(Scope scope, String owner, FigureSpec spec, String qualifier, List<Double> values) {

        public Column {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(spec, "spec");
            spec.columnKey(qualifier); // checks the qualifier
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }

        /** The figure's key within its owner: {@code utilisation}, {@code calls.db}. */
        public String figureKey() {
            return spec.columnKey(qualifier);
        }

        /** The column's key: {@code node.api.utilisation}. */
        public String key() {
            return scope.prefix() + owner + "." + figureKey();
        }
    }

    public TimeSeries {
        startNanos = List.copyOf(startNanos);
        columns = List.copyOf(columns);
        for (Column column : columns) {
            if (column.values().size() != startNanos.size()) {
                throw new IllegalArgumentException("column " + column.key() + " has " + column.values().size()
                        + " values for " + startNanos.size() + " intervals");
            }
        }
    }

    /** The column of the given key, or null. */
    public Column column(String key) {
        for (Column column : columns) {
            if (column.key().equals(key)) {
                return column;
            }
        }
        return null;
    }

    /** The values of the column of the given key, or null when there is no such column. */
    public List<Double> values(String key) {
        Column column = column(key);
        return column == null ? null : column.values();
    }

    /** Whether a column of the given key exists. */
    public boolean has(String key) {
        return column(key) != null;
    }

    /** The columns of one node or workload, in order. */
    public List<Column> columnsOf(Scope scope, String owner) {
        return columns.stream().filter(c -> c.scope() == scope && c.owner().equals(owner)).toList();
    }

    /** The values by column key, in column order. */
    public Map<String, List<Double>> byKey() {
        Map<String, List<Double>> map = new LinkedHashMap<>();
        columns.forEach(c -> map.put(c.key(), c.values()));
        return Collections.unmodifiableMap(map);
    }
}
