package org.distsim.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.core.figure.FigureKind;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Unit;
import org.distsim.core.result.TimeSeries;

/**
 * Each node's levels over time in the run report, one chart per figure and component type: every
 * gauge (its mean over each interval) and every ratio with a time series, on an axis its unit
 * decides (a fraction on [0, 1]). Every node of the type that has the figure is drawn: more nodes
 * than a chart can tell apart go on several charts of one scale ({@link ChartKit#smallMultiples}).
 */
final class NodeCharts {

    private NodeCharts() {
    }

    static void render(StringBuilder out, RunReport report, TimeSeries series) {
        Map<String, List<String>> byType = new LinkedHashMap<>();
        report.result().nodes().forEach((name, node) ->
                byType.computeIfAbsent(node.type(), t -> new ArrayList<>()).add(name));
        ChartKit.Bucketed b = ChartKit.Bucketed.of(series);
        Map<String, Integer> designs = Designs.of(report.topology());
        boolean any = false;
        for (Map.Entry<String, List<String>> type : byType.entrySet()) {
            Map<String, TimeSeries.Column> charted = new LinkedHashMap<>();
            for (String node : type.getValue()) {
                for (TimeSeries.Column column : series.columnsOf(TimeSeries.Scope.NODE, node)) {
                    FigureKind kind = column.spec().kind();
                    if (kind == FigureKind.GAUGE || kind == FigureKind.RATIO) {
                        charted.putIfAbsent(column.figureKey(), column);
                    }
                }
            }
            for (Map.Entry<String, TimeSeries.Column> figure : charted.entrySet()) {
                if (!any) {
                    out.append("<h2 id=\"nodes\">Nodes over time</h2>\n");
                    any = true;
                }
                TimeSeries.Column first = figure.getValue();
                FigureSpec spec = first.spec();
                String label = spec.label() + (first.qualifier() == null ? "" : " " + first.qualifier());
                List<SvgChart.Series> lines = new ArrayList<>();
                for (String node : type.getValue()) {
                    List<Double> values = series.values(TimeSeries.Scope.NODE.prefix() + node + "." + figure.getKey());
                    if (values != null) {
                        lines.add(b.series(node, "", values, false));
                    }
                }
                boolean fraction = spec.unit() == Unit.FRACTION;
                String caption = ChartKit.capitalised(spec.kind() == FigureKind.GAUGE ? "time-weighted mean of " + label
                        + " in each interval" : spec.doc() + " In each interval") + b.caption() + ".";
                if (!ChartKit.anyNonZero(lines)) {
                    out.append("<p>").append(HtmlPage.escape(ChartKit.capitalised(label) + " of the " + type.getKey()
                            + " nodes: 0 throughout, for all " + lines.size() + ".")).append("</p>\n");
                    continue;
                }
                ChartKit.smallMultiples(out, suffix -> ChartKit.timeChart(report,
                        ChartKit.capitalised(label) + " of the " + type.getKey() + " nodes" + suffix, axis(spec)),
                        lines, designs, fraction ? 0.0 : null, fraction ? 1.0 : null, caption);
            }
        }
    }

    /** The y axis of a node figure: its label and unit; a fraction reads 0-1. */
    private static String axis(FigureSpec spec) {
        if (spec.unit() == Unit.FRACTION) {
            return spec.label() + " (0-1)";
        }
        return spec.unit().symbol().isEmpty() ? spec.label() : spec.label() + " (" + spec.unit().symbol() + ")";
    }
}
