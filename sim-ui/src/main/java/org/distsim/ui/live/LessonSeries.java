package org.distsim.ui.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.facts.Topology;
import org.distsim.core.figure.Figure;
import org.distsim.core.figure.FigureKind;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Statistic;
import org.distsim.core.result.TimeSeries;

/**
 * The scenario's lesson figure over time, one series per design, for the live chart beside p99 and
 * availability: the figure the end card leads with ({@link LessonFigures}), chosen the same way from
 * the intervals closed so far, so by role and never by name. Each design's series is that figure of
 * its own workload, or of the node on its path that records the most of it.
 *
 * <p>A count is drawn per second of its interval (stale reads/s, so a burst shows when it happened),
 * a ratio in percent, any other figure (a gauge's mean over the interval, a quotient) as it is.
 *
 * @param title   the chart's title, the figure's label with its unit: {@code stale reads/s}
 * @param designs for each workload in declaration order, its column of the figure, or null when the
 *                design does not record it
 * @param spec    the figure's declaration
 */
record LessonSeries(String title, List<TimeSeries.Column> designs, FigureSpec spec) {

    LessonSeries {
        designs = java.util.Collections.unmodifiableList(new ArrayList<>(designs));
    }

    /**
     * The lesson figure of the intervals in {@code series}, or null when no design records any
     * figure of a lesson's role.
     *
     * @param workloads the workloads' names, in declaration order
     */
    static LessonSeries of(Topology topology, List<String> workloads, TimeSeries series) {
        Map<String, List<Figure>> byWorkload = new LinkedHashMap<>();
        workloads.forEach(w -> byWorkload.put(w, totals(series.columnsOf(TimeSeries.Scope.WORKLOAD, w))));
        Map<String, List<Figure>> byNode = new LinkedHashMap<>();
        Map<String, List<TimeSeries.Column>> nodeColumns = new LinkedHashMap<>();
        for (TimeSeries.Column column : series.columns()) {
            if (column.scope() == TimeSeries.Scope.NODE) {
                nodeColumns.computeIfAbsent(column.owner(), o -> new ArrayList<>()).add(column);
            }
        }
        nodeColumns.forEach((node, columns) -> byNode.put(node, totals(columns)));
        // A figure none of the designs has seen yet is still the one to watch: its line at zero.
        Map<String, List<LessonFigures.Entry>> ranked = LessonFigures.ranked(topology, byWorkload, byNode, false);
        if (ranked.isEmpty()) {
            ranked = LessonFigures.ranked(topology, byWorkload, byNode, true);
        }
        if (ranked.isEmpty()) {
            return null;
        }
        Figure lead = ranked.values().iterator().next().get(0).figure();
        List<TimeSeries.Column> designs = new ArrayList<>();
        for (String workload : workloads) {
            TimeSeries.Column chosen = null;
            for (LessonFigures.Entry entry : ranked.getOrDefault(workload, List.of())) {
                Figure f = entry.figure();
                if (f.spec().equals(lead.spec()) && f.statistic() == lead.statistic()) {
                    TimeSeries.Scope scope = entry.where() == null ? TimeSeries.Scope.WORKLOAD : TimeSeries.Scope.NODE;
                    String owner = entry.where() == null ? workload : entry.where();
                    chosen = series.column(scope.prefix() + owner + "." + f.spec().columnKey(f.qualifier()));
                }
            }
            designs.add(chosen);
        }
        return new LessonSeries(title(lead), designs, lead.spec());
    }

    /** Whether the values are a ratio drawn in per cent (0 to 100), as {@link #value} draws a ratio. */
    boolean percent() {
        return spec.kind() == FigureKind.RATIO;
    }

    /** The value drawn for design {@code design} in interval {@code index}, {@code seconds} long; null when undefined. */
    Double value(int design, int index, double seconds) {
        TimeSeries.Column column = designs.get(design);
        if (column == null || index >= column.values().size() || column.values().get(index) == null) {
            return null;
        }
        double v = column.values().get(index);
        return switch (spec.kind()) {
            case COUNT -> v / seconds;
            case RATIO -> v * 100;
            default -> v;
        };
    }

    private static String title(Figure lead) {
        FigureSpec spec = lead.spec();
        // No qualifier: a family's peer differs per design (retries to db-naive, to db-safe).
        String label = spec.label();
        String symbol = spec.unit().symbol();
        return switch (spec.kind()) {
            case COUNT -> label + "/s";
            case RATIO -> label + " (%)";
            case GAUGE -> label + " (mean" + (symbol.isEmpty() ? "" : ", " + symbol) + ")";
            default -> symbol.isEmpty() ? label : label + " (" + symbol + ")";
        };
    }

    /**
     * Each column as one figure of the intervals so far, for ranking: a count summed, a gauge as the
     * mean of its interval means (its {@link Statistic#MEAN}), any other figure as the mean of its
     * defined values.
     */
    private static List<Figure> totals(List<TimeSeries.Column> columns) {
        List<Figure> figures = new ArrayList<>();
        for (TimeSeries.Column column : columns) {
            FigureSpec spec = column.spec();
            if (!LessonFigures.ROLES.contains(spec.role())) {
                continue;
            }
            double sum = 0;
            int defined = 0;
            for (Double v : column.values()) {
                if (v != null) {
                    sum += v;
                    defined++;
                }
            }
            Statistic statistic = spec.kind() == FigureKind.GAUGE ? Statistic.MEAN : Statistic.VALUE;
            Number value = spec.kind() == FigureKind.COUNT ? (Number) Math.round(sum)
                    : defined == 0 ? null : (Number) (sum / defined);
            figures.add(new Figure(spec, column.qualifier(), statistic, value));
        }
        return figures;
    }
}
