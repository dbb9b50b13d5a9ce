package org.distsim.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.distsim.core.figure.Figure;
import org.distsim.core.figure.FigureKind;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Statistic;
import org.distsim.core.figure.Unit;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadFigures;

/**
 * Figure declarations for hand-built results, as components declare theirs, and helpers to build
 * figure values and time-series columns from them.
 */
public final class Specs {

    public static final FigureSpec UTILISATION = FigureSpec.gauge("utilisation", Unit.FRACTION, Role.LOAD,
            "utilisation", "Busy workers / workers, time-weighted.").asHeadline();
    public static final FigureSpec QUEUE = FigureSpec.gauge("queue", Unit.ONE, Role.BACKLOG, "queue",
            "Requests waiting, time-weighted.").asHeadline();
    public static final FigureSpec SERVED = FigureSpec.count("served", Role.LOAD, "served", "Requests served.")
            .asHeadline();
    public static final FigureSpec REJECTED = FigureSpec.count("rejected", Role.ERRORS, "rejected",
            "Requests refused because the queue was full.");
    public static final FigureSpec HITS = FigureSpec.count("hits", Role.EFFICIENCY, "hits", "Reads answered at once.");
    public static final FigureSpec MISSES = FigureSpec.count("misses", Role.EFFICIENCY, "misses", "Reads fetched.");
    public static final FigureSpec HIT_RATIO = FigureSpec.ratio("hit_ratio", Role.EFFICIENCY, "hit ratio",
            "hits / reads.").asHeadline();
    public static final FigureSpec EVICTIONS = FigureSpec.count("evictions", Role.CAPACITY, "evictions",
            "Keys evicted.");
    public static final FigureSpec READS = FigureSpec.count("reads", Role.LOAD, "reads", "Reads due.").byDueTime();
    public static final FigureSpec STALE_READS = FigureSpec.count("stale_reads", Role.CONSISTENCY, "stale reads",
            "Reads that returned an old version.").byDueTime();
    public static final FigureSpec WAITING_USERS = FigureSpec.gauge("waiting_users", Unit.ONE, Role.BACKLOG,
            "waiting users", "Users waiting, time-weighted.");
    public static final FigureSpec WRITE_P99 = FigureSpec.duration("write_p99_ms", Unit.MILLISECONDS, Role.LATENCY,
            "write p99", "The 99th percentile of write latency.");

    private Specs() {
    }

    /**
     * Figures from a flat list: a spec, then its value (a gauge: its mean, then its max; a family:
     * its qualifier first, then the value or values). A count's value is a {@code Long}, any other a
     * {@code Double} or null.
     */
    public static FigureValues values(Object... items) {
        List<Figure> figures = new ArrayList<>();
        int i = 0;
        while (i < items.length) {
            FigureSpec spec = (FigureSpec) items[i++];
            String qualifier = spec.isFamily() ? (String) items[i++] : null;
            if (spec.kind() == FigureKind.GAUGE) {
                figures.add(new Figure(spec, qualifier, Statistic.MEAN, (Number) items[i++]));
                figures.add(new Figure(spec, qualifier, Statistic.MAX, (Number) items[i++]));
            } else {
                figures.add(new Figure(spec, qualifier, Statistic.VALUE, (Number) items[i++]));
            }
        }
        return FigureValues.of(figures);
    }

    /**
     * Columns from keys as the JSON writes them ({@code workload.web.p99_ms}, {@code node.api.queue}):
     * a workload's built-in figures by their declaration, a node's by the declarations here (a
     * count for a name not declared here), in the map's order.
     */
    public static List<TimeSeries.Column> columns(Map<String, List<Double>> byKey) {
        List<FigureSpec> known = List.of(UTILISATION, QUEUE, SERVED, REJECTED, HITS, MISSES, HIT_RATIO, EVICTIONS, READS,
                STALE_READS, WAITING_USERS, WRITE_P99);
        List<TimeSeries.Column> columns = new ArrayList<>();
        byKey.forEach((key, values) -> {
            int first = key.indexOf('.');
            int last = key.lastIndexOf('.');
            String scope = key.substring(0, first);
            String owner = key.substring(first + 1, last);
            String name = key.substring(last + 1);
            List<FigureSpec> candidates = scope.equals("workload") ? WorkloadFigures.COLUMNS : known;
            FigureSpec spec = candidates.stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElseGet(() -> FigureSpec.count(name, Role.LOAD, name, "A count made up by a test."));
            columns.add(new TimeSeries.Column(scope.equals("workload") ? TimeSeries.Scope.WORKLOAD : TimeSeries.Scope.NODE,
                    owner, spec, null, values));
        });
        return columns;
    }

    /** A node's column. */
    public static TimeSeries.Column node(String node, FigureSpec spec, List<Double> values) {
        return new TimeSeries.Column(TimeSeries.Scope.NODE, node, spec, null, values);
    }

    /** A workload's column. */
    public static TimeSeries.Column workload(String workload, FigureSpec spec, List<Double> values) {
        return new TimeSeries.Column(TimeSeries.Scope.WORKLOAD, workload, spec, null, values);
    }
}
