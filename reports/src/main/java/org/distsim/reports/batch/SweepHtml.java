package org.distsim.reports.batch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.distsim.reports.HtmlPage;
import org.distsim.reports.SvgChart;

/**
 * The HTML page of a sweep: one self-contained file (inline CSS and SVG, no script, no link to the
 * network) with, per workload, the latency percentiles p50/p95/p99, the throughput and the
 * availability against the swept parameter, each mean drawn as a line inside its 95 % confidence
 * band; then the table of every main figure. The last swept parameter is the x axis (numeric when
 * its values are numbers with one unit, categories otherwise); each combination of the others is
 * its own line. Charts are {@link SvgChart}s, so the page is the same bytes on every machine.
 */
public final class SweepHtml {

    private static final double HEIGHT = 340;
    private static final String[] PERCENTILES = {"latency_ms.p50", "latency_ms.p95", "latency_ms.p99"};
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?");

    private SweepHtml() {
    }

    /** One line of a chart: its label, colour and, per x position, the estimate (null where undefined). */
    private record Line(String label, String colour, List<Estimate> estimates) {
    }

    /** A chart to draw: title, y label, whether the figure is a fraction shown in percent, lines, caption. */
    private record Chart(String title, String yLabel, boolean percent, List<Line> lines, String caption) {
    }

    /** The page. */
    public static String render(SweepResult sweep, String reproduce) {
        StringBuilder html = new StringBuilder(256 * 1024);
        HtmlPage.begin(html, "distsim sweep: " + sweep.scenario());
        html.append("<h1>").append(HtmlPage.escape(sweep.scenario())).append(": sweep</h1>\n<p>")
                .append(sweep.points().size()).append(" design points &times; ").append(sweep.replications())
                .append(" replications, seed ").append(sweep.seed())
                .append(". Lines are means over the replications; shaded bands are their 95% confidence intervals"
                        + " (Student t). Replication r uses the same random streams at every point (common random"
                        + " numbers).</p>\n");
        if (sweep.partial()) {
            html.append("<p class=\"warn\">PARTIAL: the sweep was interrupted; the figures cover only the runs that"
                    + " finished.</p>\n");
        }
        if (!sweep.points().isEmpty() && !sweep.parameters().isEmpty()) {
            for (String workload : workloads(sweep)) {
                html.append("<h2>Workload ").append(HtmlPage.escape(workload)).append("</h2>\n");
                for (Chart c : charts(sweep, workload)) {
                    html.append("<figure>\n").append(svg(sweep, c).render(HtmlPage.CHART_WIDTH, HEIGHT))
                            .append("<figcaption>").append(HtmlPage.escape(c.caption())).append("</figcaption>\n</figure>\n");
                }
                table(html, sweep, workload);
            }
        }
        HtmlPage.end(html, reproduce);
        return html.toString();
    }

    private static List<Chart> charts(SweepResult sweep, String workload) {
        String x = sweep.parameters().get(sweep.parameters().size() - 1);
        Map<String, List<SweepResult.Point>> groups = groups(sweep);
        List<Chart> charts = new ArrayList<>();
        if (groups.size() == 1) {
            List<SweepResult.Point> points = groups.values().iterator().next();
            List<Line> lines = new ArrayList<>();
            // The run report's colours for p50, p95 and p99.
            String[] colours = {HtmlPage.colour(0), HtmlPage.colour(1), HtmlPage.colour(3)};
            for (int i = 0; i < PERCENTILES.length; i++) {
                lines.add(line(PERCENTILES[i].substring("latency_ms.".length()), colours[i], points, workload, PERCENTILES[i]));
            }
            charts.add(new Chart("Latency percentiles of " + workload, "latency (ms)", false, lines,
                    "Latency percentiles p50, p95 and p99 of successful requests against " + x + "."));
        } else {
            for (String p : PERCENTILES) {
                String name = p.substring("latency_ms.".length());
                charts.add(new Chart("Latency " + name + " of " + workload, name + " latency (ms)", false,
                        lines(groups, workload, p), name + " latency against " + x
                        + ", one line per value of the other parameters."));
            }
        }
        charts.add(new Chart("Throughput of " + workload, "successful requests/s", false, lines(groups, workload,
                "throughput_rps"), "Throughput (successful requests per simulated second) against " + x + "."));
        charts.add(new Chart("Availability of " + workload, "availability (%)", true, lines(groups, workload,
                "availability"), "Availability (ok / finished requests) against " + x + "."));
        return charts;
    }

    private static List<Line> lines(Map<String, List<SweepResult.Point>> groups, String workload, String figure) {
        List<Line> lines = new ArrayList<>();
        groups.forEach((label, points) -> {
            if (lines.size() < HtmlPage.maxLines()) {
                lines.add(line(label.isEmpty() ? "mean, 95% confidence band" : label, HtmlPage.colour(lines.size()),
                        points, workload, figure));
            }
        });
        return lines;
    }

    private static Line line(String label, String colour, List<SweepResult.Point> points, String workload, String figure) {
        List<Estimate> estimates = new ArrayList<>();
        for (SweepResult.Point point : points) {
            ReplicationSummary.Workload w = point.summary().workloads().get(workload);
            estimates.add(w == null ? null : w.figures().get(figure));
        }
        return new Line(label, colour, estimates);
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

    private static SvgChart svg(SweepResult sweep, Chart c) {
        String x = sweep.parameters().get(sweep.parameters().size() - 1);
        List<String> values = lastValues(sweep);
        boolean numeric = numeric(values);
        double[] xs = new double[values.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = numeric ? leadingNumber(values.get(i)).doubleValue() : i;
        }
        String unit = numeric ? values.get(0).strip().substring(leadingNumberText(values.get(0)).length()).strip() : "";
        String xLabel = unit.isEmpty() ? x : x + " (" + unit + ")";
        double scale = c.percent() ? 100 : 1;
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        double lowest = 100;
        List<SvgChart.Series> series = new ArrayList<>();
        List<SvgChart.Band> bands = new ArrayList<>();
        for (Line line : c.lines()) {
            int n = Math.min(xs.length, line.estimates().size());
            Double[] means = new Double[n];
            Double[] lows = new Double[n];
            Double[] highs = new Double[n];
            for (int i = 0; i < n; i++) {
                Estimate e = line.estimates().get(i);
                if (e == null || e.mean() == null) {
                    continue;
                }
                means[i] = e.mean() * scale;
                lows[i] = e.low() == null ? null : e.low() * scale;
                highs[i] = e.high() == null ? null : e.high() * scale;
                double low = lows[i] == null ? means[i] : lows[i];
                double high = highs[i] == null ? means[i] : highs[i];
                if (means[i] > 0) {
                    smallest = Math.min(smallest, low > 0 ? low : means[i]);
                }
                largest = Math.max(largest, high);
                lowest = Math.min(lowest, low);
            }
            double[] lineXs = java.util.Arrays.copyOf(xs, n);
            series.add(new SvgChart.Series(line.label(), line.colour(), lineXs, means, false));
            bands.add(new SvgChart.Band(line.colour(), lineXs, lows, highs));
        }
        // Latencies spanning more than two decades (an overloaded point) get a log axis, else every
        // other point would lie flat along the floor.
        boolean log = !c.percent() && c.title().startsWith("Latency") && largest / smallest > 100;
        SvgChart chart = new SvgChart(c.title(), xLabel, log ? c.yLabel() + ", log scale" : c.yLabel()).dots();
        if (numeric) {
            chart.xFromData();
        } else {
            chart.categories(values);
        }
        if (log) {
            chart.logY();
        }
        if (c.percent()) {
            chart.yRange(SvgChart.percentFloor(lowest), 100.0);
        }
        bands.forEach(chart::add);
        series.forEach(chart::add);
        return chart;
    }

    /** The values of the last parameter, in sweep order. */
    private static List<String> lastValues(SweepResult sweep) {
        int last = sweep.parameters().size() - 1;
        return sweep.points().stream().map(p -> p.values().get(last)).distinct().toList();
    }

    /** Whether every value is a number followed by one and the same unit (such as {@code 500/s}). */
    private static boolean numeric(List<String> values) {
        return values.stream().allMatch(v -> leadingNumber(v) != null)
                && values.stream().map(v -> v.strip().substring(leadingNumberText(v).length()).strip()).distinct().count() == 1;
    }

    private static String leadingNumberText(String value) {
        Matcher m = NUMBER.matcher(value.strip());
        return m.lookingAt() ? m.group() : "";
    }

    private static BigDecimal leadingNumber(String value) {
        String text = leadingNumberText(value);
        return text.isEmpty() ? null : new BigDecimal(text);
    }

    private static void table(StringBuilder html, SweepResult sweep, String workload) {
        List<String> header = new ArrayList<>(sweep.parameters());
        header.add("n");
        header.addAll(BatchText.SWEEP_WORKLOAD_FIGURES);
        List<List<String>> rows = new ArrayList<>();
        for (SweepResult.Point point : sweep.points()) {
            List<String> row = new ArrayList<>(point.values());
            row.add(Integer.toString(point.summary().runs().size()));
            ReplicationSummary.Workload w = point.summary().workloads().get(workload);
            for (String f : BatchText.SWEEP_WORKLOAD_FIGURES) {
                Estimate e = w == null ? null : w.figures().get(f);
                row.add(e == null ? Numbers.NONE : Numbers.plusMinus(Numbers.estimate(w.spec(f), e)));
            }
            rows.add(row);
        }
        HtmlPage.table(html, header, rows);
    }

    private static List<String> workloads(SweepResult sweep) {
        return sweep.points().stream().flatMap(p -> p.summary().workloads().keySet().stream()).distinct().toList();
    }

    private static String shortName(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
