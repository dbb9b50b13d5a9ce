package org.distsim.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.HdrHistogram.Histogram;
import org.distsim.core.facts.Marker;
import org.distsim.core.facts.MarkerKind;
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
    private static final String P50 = "#1f77b4";
    private static final String P95 = "#ff7f0e";
    private static final String P99 = "#d62728";
    private static final String FAILED = "#d62728";
    private static final String UNKNOWN = "#9467bd";
    private static final String FAULT = "#222";
    private static final String FAULT_DASH = "5 3";
    private static final String NOTE = "#2ca02c";
    private static final String NOTE_DASH = "2 3";
    private static final int MAX_LINES = HtmlPage.maxLines();

    private HtmlReport() {
    }

    /** The whole page, ending with a newline. */
    public static String render(RunReport report) {
        RunResult r = report.result();
        StringBuilder out = new StringBuilder(262_144);
        HtmlPage.begin(out, "distsim: " + r.scenario());
        out.append("<h1>").append(Svg.escape(r.scenario())).append("</h1>\n");
        HtmlTables.meta(out, r);
        HtmlTables.findings(out, report);
        HtmlTables.slos(out, report.slos());
        if (!report.topology().components().isEmpty()) {
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
        HtmlPage.end(out, report.reproduceCommand());
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
            String colour = HtmlPage.colour(i++);
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
        availability.yRange(SvgChart.percentFloor(lowest), 100.0);
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
        consistency(out, report, series, workloads.keySet(), b);
    }

    /** Stale reads and read-your-writes violations over time, for workloads that read versions. */
    private static void consistency(StringBuilder out, RunReport report, TimeSeries series,
            Set<String> workloads, Bucketed b) {
        for (String figure : List.of("stale_reads", "ryw_violations")) {
            String title = figure.equals("stale_reads")
                    ? "Stale reads (older than a write already acknowledged to any client)"
                    : "Read-your-writes violations (older than the client's own acknowledged write)";
            SvgChart chart = timeChart(report, title, "reads per " + Decimals.seconds(series.intervalNanos()));
            int i = 0;
            boolean any = false;
            for (String workload : limit(workloads)) {
                String colour = HtmlPage.colour(i++);
                List<Double> values = series.columns().get("workload." + workload + "." + figure);
                if (values != null) {
                    any |= values.stream().anyMatch(v -> v != null && v > 0);
                    chart.add(b.series(workload, colour, values, false));
                }
            }
            if (any) {
                figure(out, chart, "Reads that returned a version older than they should have, in each interval"
                        + b.caption() + ".");
            }
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
                        chart.add(b.series(node, HtmlPage.colour(i++), values, false));
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
        if (r.durationNanos() > 0) {
            chart.timeSpan(0, r.durationNanos() / 1e9);
        }
        if (r.warmupNanos() > 0) {
            chart.span(0, r.warmupNanos() / 1e9, "warm-up");
        }
        boolean faults = false;
        boolean notes = false;
        for (Marker m : report.markers()) {
            boolean fault = m.kind() == MarkerKind.FAULT;
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
        Map<String, Histogram> histograms = new LinkedHashMap<>();
        r.workloads().forEach((name, w) -> histograms.put(name, w.histogram()));
        distribution(out, "Latency distribution (successful requests after the warm-up)", histograms,
                "Cumulative distribution of the latency of successful requests, read from the"
                + " HdrHistogram (3 significant digits); the x axis is logarithmic so the tail is visible.");
    }

    /**
     * The section "Latency distribution": the CDF of each workload's histogram (null or empty ones
     * keep their colour but draw nothing), or nothing at all when no histogram has a value.
     */
    public static void distribution(StringBuilder out, String title, Map<String, Histogram> histograms, String caption) {
        SvgChart chart = new SvgChart(title, "latency (ms, log scale)", "requests at or below (%)").logX()
                .yRange(0.0, 100.0);
        int i = 0;
        boolean any = false;
        for (Map.Entry<String, Histogram> w : limit(histograms).entrySet()) {
            Histogram h = w.getValue();
            String colour = HtmlPage.colour(i++);
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
        figure(out, chart, caption);
    }

    private static void figure(StringBuilder out, SvgChart chart, String caption) {
        HtmlPage.figure(out, chart, caption);
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
