package org.distsim.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.HdrHistogram.Histogram;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadResult;

/**
 * The HTML report of one run: a single self-contained file (inline CSS and inline SVG, no script,
 * no external reference), that opens offline and prints well. It shows, in order: the warnings and
 * objectives, the topology, latency percentiles over time with the fault and note timeline marked,
 * the latency distribution (CDF on a log axis), throughput, availability and errors by outcome
 * over time, each node's gauges over time (utilisation, queue, lag, backlog..., and the hit ratio
 * of nodes that count hits and misses), the summary tables, the timeline and the command that
 * reproduces the run. The text parts are in {@link HtmlTables}.
 *
 * <p>Plots are {@link SvgChart}s: the same result gives the same bytes on every machine. Long series
 * are averaged over groups of consecutive intervals so a line has at most {@link #MAX_POINTS}
 * points; the caption says so when it happens.
 */
public final class HtmlReport {

    static final int MAX_POINTS = 400;
    private static final double WIDTH = 960;
    private static final double HEIGHT = 300;
    private static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
        "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};
    private static final String P50 = "#1f77b4";
    private static final String P95 = "#ff7f0e";
    private static final String P99 = "#d62728";
    private static final String FAILED = "#d62728";
    private static final String UNKNOWN = "#9467bd";
    private static final String FAULT = "#222";
    private static final String FAULT_DASH = "5 3";
    private static final String NOTE = "#2ca02c";
    private static final String NOTE_DASH = "2 3";
    private static final int MAX_LINES = PALETTE.length;

    private static final String CSS = """
            body{font-family:sans-serif;margin:24px auto;max-width:1000px;color:#222;line-height:1.4}
            h1{font-size:24px;margin-bottom:4px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #ccc}
            h3{font-size:15px;margin:16px 0 4px}
            table{border-collapse:collapse;margin:8px 0;font-size:13px}
            th,td{padding:3px 7px;border-bottom:1px solid #e4e4e4;text-align:right;white-space:nowrap}
            th{background:#f4f4f4;white-space:normal;vertical-align:bottom}th:first-child,td:first-child,th.l{text-align:left}
            td.l{text-align:left;white-space:normal}
            .meta td{border:none;text-align:left;padding:1px 12px 1px 0}
            .pass{color:#1a7f37;font-weight:bold}.fail{color:#c62828;font-weight:bold}
            .warn{background:#fff3f3;border-left:4px solid #c62828;padding:6px 10px;margin:6px 0}
            .note{background:#fffbe6;border-left:4px solid #d4a017;padding:6px 10px;margin:6px 0}
            figure{margin:12px 0}figcaption{font-size:12px;color:#555}
            code,pre{background:#f4f4f4;padding:2px 4px}pre{padding:8px;white-space:pre-wrap}
            .scroll{overflow-x:auto}
            """;

    private HtmlReport() {
    }

    /** The whole page, ending with a newline. */
    public static String render(RunReport report) {
        RunResult r = report.result();
        StringBuilder out = new StringBuilder(262_144);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>distsim: ").append(Svg.escape(r.scenario())).append("</title>\n<style>\n")
                .append(CSS).append("</style>\n</head>\n<body>\n");
        out.append("<h1>").append(Svg.escape(r.scenario())).append("</h1>\n");
        HtmlTables.meta(out, r);
        HtmlTables.findings(out, report);
        HtmlTables.slos(out, report.slos());
        if (!report.topology().vertices().isEmpty()) {
            out.append("<h2 id=\"topology\">Topology</h2>\n<div class=\"scroll\">").append(SvgTopology.render(report.topology()))
                    .append("</div>\n<p><small>Arrows point from the component that sends to the one it names"
                            + " (a target, backends, dependencies, a backing store...); workloads are blue."
                            + " Hover an arrow for the knob.</small></p>\n");
        }
        TimeSeries series = r.series();
        if (series != null && !series.startNanos().isEmpty()) {
            latencyOverTime(out, report, series);
        }
        distribution(out, r);
        if (series != null && !series.startNanos().isEmpty()) {
            outcomesOverTime(out, report, series);
            nodesOverTime(out, report, series);
        }
        HtmlTables.tables(out, report);
        HtmlTables.timeline(out, report.markers());
        out.append("<h2>Reproduce</h2>\n<pre>").append(Svg.escape(report.reproduceCommand())).append("</pre>\n");
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    // ---- plots over time ----

    private static void latencyOverTime(StringBuilder out, RunReport report, TimeSeries series) {
        out.append("<h2 id=\"latency\">Latency over time</h2>\n");
        for (String workload : report.result().workloads().keySet()) {
            String prefix = "workload." + workload + ".";
            Bucketed b = Bucketed.of(series);
            SvgChart chart = timeChart(report, "Latency of " + workload + " (successful requests)", "latency (ms)")
                    .add(b.series("p50", P50, series.columns().get(prefix + "p50_ms"), false))
                    .add(b.series("p95", P95, series.columns().get(prefix + "p95_ms"), false))
                    .add(b.series("p99", P99, series.columns().get(prefix + "p99_ms"), false));
            figure(out, chart, "Percentiles of the requests that completed in each interval of "
                    + Decimals.seconds(series.intervalNanos()) + b.caption() + "; shaded: the warm-up.");
        }
    }

    private static void outcomesOverTime(StringBuilder out, RunReport report, TimeSeries series) {
        Map<String, WorkloadResult> workloads = report.result().workloads();
        if (workloads.isEmpty()) {
            return;
        }
        out.append("<h2 id=\"outcomes\">Throughput, availability and errors over time</h2>\n");
        Bucketed b = Bucketed.of(series);
        SvgChart throughput = timeChart(report, "Throughput (successful requests per second)", "requests/s");
        SvgChart availability = timeChart(report, "Availability (ok / finished requests)", "availability (%)");
        int i = 0;
        double lowest = 100;
        for (String workload : limit(workloads.keySet())) {
            String colour = PALETTE[i++ % PALETTE.length];
            String prefix = "workload." + workload + ".";
            throughput.add(b.series(workload, colour, series.columns().get(prefix + "throughput_rps"), false));
            SvgChart.Series a = b.series(workload, colour, percent(series.columns().get(prefix + "availability")), false);
            for (Double v : a.ys()) {
                if (v != null) {
                    lowest = Math.min(lowest, v);
                }
            }
            availability.add(a);
        }
        figure(out, throughput, "Requests that succeeded in each interval, per second" + b.caption() + ".");
        // Near 100 % everywhere a 0-100 axis hides every dip; zoom to the data but keep 100 at the top.
        double floor = lowest >= 99.9 ? 99 : lowest >= 99 ? 90 : lowest >= 90 ? Math.floor(lowest / 10) * 10 - 10 : 0;
        availability.yRange(Math.max(0, floor), 100.0);
        figure(out, availability, "ok / (ok + failed + unknown) of the requests that finished in each interval"
                + b.caption() + ".");
        for (String workload : limit(workloads.keySet())) {
            String prefix = "workload." + workload + ".";
            SvgChart errors = timeChart(report, "Errors of " + workload + " by outcome",
                    "requests per " + Decimals.seconds(series.intervalNanos()))
                    .add(b.series("failed (a definite failure)", FAILED, series.columns().get(prefix + "failed"), false))
                    .add(b.series("unknown (timed out)", UNKNOWN, series.columns().get(prefix + "unknown"), true));
            figure(out, errors, "Requests that ended in each interval with a failure, or timed out with an"
                    + " unknown outcome" + b.caption() + ".");
        }
    }

    private static void nodesOverTime(StringBuilder out, RunReport report, TimeSeries series) {
        Map<String, Map<String, NodeResult>> byType = new LinkedHashMap<>();
        report.result().nodes().forEach((name, node) ->
                byType.computeIfAbsent(node.type(), t -> new LinkedHashMap<>()).put(name, node));
        if (byType.isEmpty()) {
            return;
        }
        Bucketed b = Bucketed.of(series);
        boolean any = false;
        for (Map.Entry<String, Map<String, NodeResult>> type : byType.entrySet()) {
            Set<String> gauges = new LinkedHashSet<>();
            for (Map.Entry<String, NodeResult> node : type.getValue().entrySet()) {
                for (String gauge : gauges(node.getValue())) {
                    if (series.columns().containsKey("node." + node.getKey() + "." + gauge)) {
                        gauges.add(gauge);
                    }
                }
                if (hasHitsAndMisses(series, node.getKey())) {
                    gauges.add("hit_ratio");
                }
            }
            for (String gauge : gauges) {
                if (!any) {
                    out.append("<h2 id=\"nodes\">Nodes over time</h2>\n");
                    any = true;
                }
                SvgChart chart = timeChart(report, gauge + " of the " + type.getKey() + " nodes", unitOf(gauge));
                int i = 0;
                for (String node : limit(type.getValue().keySet())) {
                    List<Double> values = gauge.equals("hit_ratio") && !series.columns().containsKey(
                            "node." + node + ".hit_ratio") ? hitRatio(series, node)
                            : series.columns().get("node." + node + "." + gauge);
                    if (values != null) {
                        chart.add(b.series(node, PALETTE[i++ % PALETTE.length], values, false));
                    }
                }
                if (gauge.contains("utilisation") || gauge.equals("hit_ratio")) {
                    chart.yRange(0.0, 1.0);
                }
                figure(out, chart, (gauge.equals("hit_ratio") ? "hits / (hits + misses) in each interval"
                        : "time-weighted mean of " + gauge + " in each interval") + b.caption() + ".");
            }
        }
    }

    /** The gauges of a node, from its {@code <name>_mean} and {@code <name>_max} figures. */
    private static List<String> gauges(NodeResult node) {
        List<String> gauges = new ArrayList<>();
        for (String key : node.figures().keySet()) {
            if (key.endsWith("_mean") && node.figures().containsKey(key.substring(0, key.length() - 5) + "_max")) {
                gauges.add(key.substring(0, key.length() - 5));
            }
        }
        return gauges;
    }

    private static boolean hasHitsAndMisses(TimeSeries series, String node) {
        return series.columns().containsKey("node." + node + ".hits")
                && series.columns().containsKey("node." + node + ".misses");
    }

    private static List<Double> hitRatio(TimeSeries series, String node) {
        List<Double> hits = series.columns().get("node." + node + ".hits");
        List<Double> misses = series.columns().get("node." + node + ".misses");
        if (hits == null || misses == null) {
            return null;
        }
        List<Double> ratio = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            Double h = hits.get(i);
            Double m = misses.get(i);
            ratio.add(h == null || m == null || h + m == 0 ? null : h / (h + m));
        }
        return ratio;
    }

    private static String unitOf(String gauge) {
        if (gauge.contains("utilisation") || gauge.equals("hit_ratio")) {
            return "fraction (0-1)";
        }
        return gauge.replace('_', ' ');
    }

    /** A chart over simulated seconds with the warm-up shaded and the faults and notes marked. */
    private static SvgChart timeChart(RunReport report, String title, String yLabel) {
        SvgChart chart = new SvgChart(title, "simulated time (s)", yLabel);
        RunResult r = report.result();
        if (r.warmupNanos() > 0) {
            chart.span(0, r.warmupNanos() / 1e9, "warm-up");
        }
        boolean faults = false;
        boolean notes = false;
        for (Marker m : report.markers()) {
            boolean fault = Marker.FAULT.equals(m.kind());
            faults |= fault;
            notes |= !fault;
            chart.marker(new SvgChart.VLine(m.atNanos() / 1e9, m.label(), fault ? FAULT : NOTE,
                    fault ? FAULT_DASH : NOTE_DASH));
        }
        if (faults) {
            chart.legend("fault", FAULT, FAULT_DASH);
        }
        if (notes) {
            chart.legend("note", NOTE, NOTE_DASH);
        }
        return chart;
    }

    // ---- latency distribution ----

    private static void distribution(StringBuilder out, RunResult r) {
        SvgChart chart = new SvgChart("Latency distribution (successful requests after the warm-up)",
                "latency (ms, log scale)", "requests at or below (%)").logX().yRange(0.0, 100.0);
        int i = 0;
        boolean any = false;
        for (Map.Entry<String, WorkloadResult> w : limit(r.workloads()).entrySet()) {
            Histogram h = w.getValue().histogram();
            String colour = PALETTE[i++ % PALETTE.length];
            if (h == null || h.getTotalCount() == 0) {
                continue;
            }
            any = true;
            int n = 201;
            double[] xs = new double[n + 1];
            Double[] ys = new Double[n + 1];
            for (int k = 0; k < n; k++) {
                // From 1 % to 99.99 %, evenly spaced in log(1 / (1 - p)) so the tail gets its share of points;
                // the fastest 1 % would stretch the log axis over decades nobody needs to see.
                double p = 100 * (1 - 0.99 * StrictMath.pow(10, -k / 50.0));
                xs[k] = h.getValueAtPercentile(p) / 1e6;
                ys[k] = p;
            }
            xs[n] = h.getMaxValue() / 1e6;
            ys[n] = 100.0;
            chart.add(new SvgChart.Series(w.getKey(), colour, xs, ys, false));
        }
        if (!any) {
            return;
        }
        out.append("<h2 id=\"distribution\">Latency distribution</h2>\n");
        figure(out, chart, "Cumulative distribution of the latency of successful requests, read from the"
                + " HdrHistogram (3 significant digits); the x axis is logarithmic so the tail is visible.");
    }

    private static void figure(StringBuilder out, SvgChart chart, String caption) {
        out.append("<figure>\n").append(chart.render(WIDTH, HEIGHT)).append("<figcaption>").append(Svg.escape(caption))
                .append("</figcaption>\n</figure>\n");
    }

    private static Set<String> limit(Set<String> names) {
        Set<String> first = new LinkedHashSet<>();
        for (String name : names) {
            if (first.size() == MAX_LINES) {
                break;
            }
            first.add(name);
        }
        return first;
    }

    private static <V> Map<String, V> limit(Map<String, V> map) {
        Map<String, V> first = new LinkedHashMap<>();
        for (String name : limit(map.keySet())) {
            first.put(name, map.get(name));
        }
        return first;
    }

    private static List<Double> percent(List<Double> fractions) {
        if (fractions == null) {
            return null;
        }
        List<Double> out = new ArrayList<>(fractions.size());
        for (Double f : fractions) {
            out.add(f == null ? null : f * 100);
        }
        return out;
    }

    /**
     * Time-series columns averaged over groups of {@code k} consecutive intervals so that a line
     * has at most {@link #MAX_POINTS} points, plotted at the middle of each group.
     */
    private record Bucketed(int k, double[] xs, TimeSeries series) {

        static Bucketed of(TimeSeries series) {
            int n = series.startNanos().size();
            int k = Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
            int groups = (n + k - 1) / k;
            double[] xs = new double[groups];
            for (int g = 0; g < groups; g++) {
                long start = series.startNanos().get(g * k);
                int last = Math.min(n, (g + 1) * k) - 1;
                long end = series.startNanos().get(last) + series.intervalNanos();
                xs[g] = (start + end) / 2e9;
            }
            return new Bucketed(k, xs, series);
        }

        SvgChart.Series series(String name, String colour, List<Double> column, boolean dashed) {
            Double[] ys = new Double[xs.length];
            if (column != null) {
                for (int g = 0; g < xs.length; g++) {
                    double sum = 0;
                    int count = 0;
                    for (int i = g * k; i < Math.min(column.size(), (g + 1) * k); i++) {
                        Double v = column.get(i);
                        if (v != null && Double.isFinite(v)) {
                            sum += v;
                            count++;
                        }
                    }
                    ys[g] = count == 0 ? null : sum / count;
                }
            }
            return new SvgChart.Series(name, colour, xs, ys, dashed);
        }

        String caption() {
            return k == 1 ? "" : " (each point averages " + k + " intervals)";
        }
    }
}
