package org.distsim.reports.batch;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * The HTML page of a sweep: one self-contained file (inline CSS and SVG, no script, no link to the
 * network) with, per workload, the latency percentiles p50/p95/p99, the throughput and the
 * availability against the swept parameter, each mean drawn as a line inside its 95 % confidence
 * band; then the table of every main figure. The last swept parameter is the x axis; each
 * combination of the others is its own line. Charts are drawn by JFreeChart into JFreeSVG.
 */
public final class SweepHtml {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 420;
    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf)
    };
    private static final String[] PERCENTILES = {"latency_ms.p50", "latency_ms.p95", "latency_ms.p99"};

    private SweepHtml() {
    }

    /** One line of a chart: its label and, per x position, the estimate (null where undefined). */
    private record Line(String label, double[] xs, List<Estimate> estimates) {
    }

    /** The page. */
    public static String render(SweepResult sweep, String reproduce) {
        StringBuilder html = new StringBuilder(256 * 1024);
        String title = "distsim sweep: " + sweep.scenario();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:24px auto;max-width:1120px;color:#222}\n")
                .append("h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}\n")
                .append("figure{margin:12px 0}figcaption{font-size:.9em;color:#555}\n")
                .append("table{border-collapse:collapse;font-size:.85em}td,th{padding:2px 8px;text-align:right;white-space:nowrap;")
                .append("border-bottom:1px solid #eee}th{background:#f4f4f4}td:first-child,th:first-child{text-align:left}\n")
                .append(".wide{overflow-x:auto}code{background:#f4f4f4;padding:1px 4px}.partial{color:#b00;font-weight:bold}\n")
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(title)).append("</h1>\n<p>")
                .append(sweep.points().size()).append(" design points &times; ").append(sweep.replications())
                .append(" replications, seed ").append(sweep.seed())
                .append(". Lines are means over the replications; shaded bands are 95% confidence intervals (Student t)."
                        + " Replication r uses the same random streams at every point (common random numbers).</p>\n");
        if (sweep.partial()) {
            html.append("<p class=\"partial\">PARTIAL: the sweep was interrupted; the figures cover only the runs that"
                    + " finished.</p>\n");
        }
        html.append("<p>Reproduce with: <code>").append(escape(reproduce)).append("</code></p>\n");
        if (!sweep.points().isEmpty() && !sweep.parameters().isEmpty()) {
            int chart = 0;
            for (String workload : workloads(sweep)) {
                html.append("<h2>Workload ").append(escape(workload)).append("</h2>\n");
                for (Chart c : charts(sweep, workload)) {
                    html.append("<figure>").append(svg(sweep, c, chart++)).append("<figcaption>").append(escape(c.caption()))
                            .append("</figcaption></figure>\n");
                }
                table(html, sweep, workload);
            }
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /** A chart to draw: title, y label, lines, caption. */
    private record Chart(String title, String yLabel, boolean percent, List<Line> lines, String caption) {
    }

    private static List<Chart> charts(SweepResult sweep, String workload) {
        String x = sweep.parameters().get(sweep.parameters().size() - 1);
        Map<String, List<SweepResult.Point>> groups = groups(sweep);
        List<Chart> charts = new ArrayList<>();
        if (groups.size() == 1) {
            List<SweepResult.Point> points = groups.values().iterator().next();
            List<Line> lines = new ArrayList<>();
            for (String p : PERCENTILES) {
                lines.add(line(p.substring("latency_ms.".length()), points, workload, p, x, sweep));
            }
            charts.add(new Chart("Latency percentiles", "latency (ms)", false, lines,
                    "Latency percentiles p50, p95 and p99 of successful requests against " + x + "."));
        } else {
            for (String p : PERCENTILES) {
                String name = p.substring("latency_ms.".length());
                charts.add(new Chart("Latency " + name, name + " latency (ms)", false, lines(groups, workload, p, x, sweep),
                        name + " latency against " + x + ", one line per value of the other parameters."));
            }
        }
        charts.add(new Chart("Throughput", "successful requests / s", false,
                lines(groups, workload, "throughput_rps", x, sweep), "Throughput (successful requests per simulated second) against " + x + "."));
        charts.add(new Chart("Availability", "availability (%)", true,
                lines(groups, workload, "availability", x, sweep), "Availability (ok / finished requests) against " + x + "."));
        return charts;
    }

    private static List<Line> lines(Map<String, List<SweepResult.Point>> groups, String workload, String figure,
            String x, SweepResult sweep) {
        List<Line> lines = new ArrayList<>();
        groups.forEach((label, points) -> lines.add(line(label.isEmpty() ? figure : label, points, workload, figure, x,
                sweep)));
        return lines;
    }

    private static Line line(String label, List<SweepResult.Point> points, String workload, String figure, String x,
            SweepResult sweep) {
        double[] xs = xValues(sweep);
        List<Estimate> estimates = new ArrayList<>();
        for (SweepResult.Point point : points) {
            ReplicationSummary.Workload w = point.summary().workloads().get(workload);
            estimates.add(w == null ? null : w.figures().get(figure));
        }
        return new Line(label, xs, estimates);
    }

    /** Points grouped by the values of every parameter but the last, in sweep order. */
    private static Map<String, List<SweepResult.Point>> groups(SweepResult sweep) {
        Map<String, List<SweepResult.Point>> groups = new LinkedHashMap<>();
        int last = sweep.parameters().size() - 1;
        for (SweepResult.Point point : sweep.points()) {
            List<String> label = new ArrayList<>();
            for (int i = 0; i < last; i++) {
                label.add(shortName(sweep.parameters().get(i)) + "=" + point.values().get(i));
            }
            groups.computeIfAbsent(String.join(", ", label), k -> new ArrayList<>()).add(point);
        }
        return groups;
    }

    /** The x value of each position along the last parameter: its number, or its index when not numeric. */
    private static double[] xValues(SweepResult sweep) {
        List<String> values = lastValues(sweep);
        double[] xs = new double[values.size()];
        boolean numeric = numeric(values);
        for (int i = 0; i < xs.length; i++) {
            xs[i] = numeric ? leadingNumber(values.get(i)).doubleValue() : i;
        }
        return xs;
    }

    private static List<String> lastValues(SweepResult sweep) {
        int last = sweep.parameters().size() - 1;
        return sweep.points().stream().map(p -> p.values().get(last)).distinct().toList();
    }

    private static boolean numeric(List<String> values) {
        return values.stream().allMatch(v -> leadingNumber(v) != null)
                && values.stream().map(v -> v.substring(leadingNumberText(v).length()).strip()).distinct().count() == 1;
    }

    private static String leadingNumberText(String value) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?").matcher(value.strip());
        return m.lookingAt() ? m.group() : "";
    }

    private static BigDecimal leadingNumber(String value) {
        String text = leadingNumberText(value);
        return text.isEmpty() ? null : new BigDecimal(text);
    }

    private static String svg(SweepResult sweep, Chart c, int index) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Line line : c.lines()) {
            YIntervalSeries series = new YIntervalSeries(line.label());
            for (int i = 0; i < line.estimates().size() && i < line.xs().length; i++) {
                Estimate e = line.estimates().get(i);
                if (e == null || e.mean() == null) {
                    continue;
                }
                double scale = c.percent() ? 100 : 1;
                double mean = e.mean() * scale;
                double low = e.low() == null ? mean : e.low() * scale;
                double high = e.high() == null ? mean : e.high() * scale;
                series.add(line.xs()[i], mean, low, high);
            }
            data.addSeries(series);
        }
        ValueAxis y = yAxis(c, data);
        if (c.percent() && y instanceof NumberAxis percentAxis) {
            // Availability near 100 %: a fixed top at 100 and room below the lowest band, so a flat
            // line at 100 % does not collapse the axis into one repeated label.
            double lowest = 100;
            for (int s = 0; s < data.getSeriesCount(); s++) {
                for (int i = 0; i < data.getItemCount(s); i++) {
                    lowest = Math.min(lowest, data.getStartYValue(s, i));
                }
            }
            percentAxis.setRange(Math.max(0, Math.floor(lowest - 0.5)), 100.25);
        }
        XYPlot plot = new XYPlot(data, xAxis(sweep), y, renderer(c.lines().size()));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        JFreeChart chart = new JFreeChart(c.title(), new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        // Unique, fixed ids: several SVGs share the page, and the default prefix comes from a clock.
        g2.setDefsKeyPrefix("c" + index + "_");
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g2.getSVGElement("chart" + index);
    }

    /** The last parameter, with the values' unit; numbered positions labelled with the values when not numeric. */
    private static ValueAxis xAxis(SweepResult sweep) {
        String x = sweep.parameters().get(sweep.parameters().size() - 1);
        List<String> values = lastValues(sweep);
        if (!numeric(values)) {
            return new SymbolAxis(x, values.toArray(new String[0]));
        }
        String unit = values.get(0).substring(leadingNumberText(values.get(0)).length()).strip();
        NumberAxis axis = new NumberAxis(unit.isEmpty() ? x : x + " (" + unit + ")");
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    private static DeviationRenderer renderer(int lines) {
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        for (int i = 0; i < lines; i++) {
            Color color = PALETTE[i % PALETTE.length];
            renderer.setSeriesPaint(i, color);
            renderer.setSeriesFillPaint(i, color);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        renderer.setAlpha(0.2f);
        return renderer;
    }

    /**
     * A linear axis from zero; a logarithmic one for latencies spanning more than two decades (an
     * overloaded point would otherwise flatten every other line against the floor).
     */
    private static ValueAxis yAxis(Chart c, YIntervalSeriesCollection data) {
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                double low = data.getStartYValue(s, i);
                if (low > 0) {
                    smallest = Math.min(smallest, low);
                }
                largest = Math.max(largest, data.getEndYValue(s, i));
            }
        }
        if (!c.percent() && c.title().startsWith("Latency") && largest / smallest > 100) {
            LogAxis axis = new DecadeAxis(c.yLabel() + ", log scale");
            axis.setTickUnit(new NumberTickUnit(1));
            axis.setSmallestValue(smallest / 2);
            return axis;
        }
        NumberAxis axis = new NumberAxis(c.yLabel());
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.ROOT));
        axis.setAutoRangeIncludesZero(!c.percent());
        return axis;
    }

    /** A log axis with a label per decade, written as plain numbers (0.1, 1, 10, 100) rather than 10^n. */
    private static final class DecadeAxis extends LogAxis {

        private static final long serialVersionUID = 1L;

        DecadeAxis(String label) {
            super(label);
        }

        @Override
        protected AttributedString createTickLabel(double value) {
            BigDecimal decimal = new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            return new AttributedString(decimal.signum() == 0 ? "0" : decimal.toPlainString());
        }
    }

    private static void table(StringBuilder html, SweepResult sweep, String workload) {
        html.append("<div class=\"wide\"><table>\n<tr>");
        for (String p : sweep.parameters()) {
            html.append("<th>").append(escape(p)).append("</th>");
        }
        html.append("<th>n</th>");
        for (String f : BatchText.SWEEP_WORKLOAD_FIGURES) {
            html.append("<th>").append(escape(f)).append("</th>");
        }
        html.append("</tr>\n");
        for (SweepResult.Point point : sweep.points()) {
            html.append("<tr>");
            for (String v : point.values()) {
                html.append("<td>").append(escape(v)).append("</td>");
            }
            html.append("<td>").append(point.summary().runs().size()).append("</td>");
            ReplicationSummary.Workload w = point.summary().workloads().get(workload);
            for (String f : BatchText.SWEEP_WORKLOAD_FIGURES) {
                Estimate e = w == null ? null : w.figures().get(f);
                html.append("<td>").append(escape(e == null ? Numbers.NONE : Numbers.estimate(f, e)).replace("+/-", "&plusmn;"))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table></div>\n");
    }

    private static List<String> workloads(SweepResult sweep) {
        return sweep.points().stream().flatMap(p -> p.summary().workloads().keySet().stream()).distinct().toList();
    }

    private static String shortName(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
