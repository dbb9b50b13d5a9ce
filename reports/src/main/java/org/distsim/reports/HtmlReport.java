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
import org.distsim.core.figure.FigureKind;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Unit;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadFigures;
import org.distsim.core.result.WorkloadResult;

/**
 * The HTML report of one run: a single self-contained file (inline CSS and inline SVG, no script,
 * no external reference), that opens offline and prints well. It shows, in order: the warnings and
 * objectives, the topology, latency percentiles over time with the fault and note timeline marked,
 * the latency distribution (CDF on a log axis), throughput, availability and errors by outcome
 * over time, the workloads' consistency figures over time, each node's gauges and ratios over time
 * (utilisation, queue, lag, backlog, hit ratio...), the summary tables, the timeline and the
 * command that reproduces the run. The text parts are in {@link HtmlTables}. Which figures are
 * drawn, and on what axis, comes from each figure's declaration (its kind, unit and role), never
 * from its name.
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
                    .add(b.series(WorkloadFigures.P50_MS.label(), P50, series.values(prefix + WorkloadFigures.P50_MS.name()), false))
                    .add(b.series(WorkloadFigures.P95_MS.label(), P95, series.values(prefix + WorkloadFigures.P95_MS.name()), false))
                    .add(b.series(WorkloadFigures.P99_MS.label(), P99, series.values(prefix + WorkloadFigures.P99_MS.name()), false));
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
            throughput.add(b.series(workload, colour, series.values(prefix + WorkloadFigures.THROUGHPUT.name()), false));
            SvgChart.Series a = b.series(workload, colour,
                    percent(series.values(prefix + WorkloadFigures.AVAILABILITY.name())), false);
            for (Double v : a.ys()) {
                if (v != null) {
                    lowest = Math.min(lowest, v);
                }
            }
            availability.add(a);
        }
        figure(out, throughput, "Requests due in each interval that succeeded, per second" + b.caption() + ".");
        // Near 100 % everywhere a 0-100 axis hides every dip; zoom to the data but keep 100 at the top.
        availability.yRange(SvgChart.percentFloor(lowest), 100.0);
        figure(out, availability, "ok / (ok + failed + unknown) of the requests due in each interval that finished"
                + b.caption() + ".");
        for (String workload : limit(workloads.keySet())) {
            String prefix = "workload." + workload + ".";
            SvgChart errors = timeChart(report, "Errors of " + workload + " by outcome",
                    "requests per " + Decimals.seconds(series.intervalNanos()))
                    .add(b.series("failed (a definite failure)", FAILED,
                            series.values(prefix + WorkloadFigures.FAILED.name()), false))
                    .add(b.series("unknown (timed out)", UNKNOWN, series.values(prefix + WorkloadFigures.UNKNOWN.name()),
                            true));
            figure(out, errors, "Requests due in each interval that ended with a failure, or timed out with an"
                    + " unknown outcome" + b.caption() + ".");
        }
        consistency(out, report, series, workloads.keySet(), b);
    }

    /**
     * The workloads' consistency counts over time (stale reads, read-your-writes violations...): one
     * chart per figure declared with the consistency role, drawn when some workload counted one.
     */
    private static void consistency(StringBuilder out, RunReport report, TimeSeries series,
            Set<String> workloads, Bucketed b) {
        Set<FigureSpec> specs = new LinkedHashSet<>();
        for (String workload : workloads) {
            for (TimeSeries.Column column : series.columnsOf(TimeSeries.Scope.WORKLOAD, workload)) {
                if (column.spec().role() == Role.CONSISTENCY && column.spec().kind() == FigureKind.COUNT
                        && !column.spec().isFamily()) {
                    specs.add(column.spec());
                }
            }
        }
        for (FigureSpec spec : specs) {
            SvgChart chart = timeChart(report, capitalised(spec.label()),
                    "per " + Decimals.seconds(series.intervalNanos()));
            int i = 0;
            boolean any = false;
            for (String workload : limit(workloads)) {
                String colour = HtmlPage.colour(i++);
                List<Double> values = series.values(TimeSeries.Scope.WORKLOAD.prefix() + workload + "." + spec.name());
                if (values != null) {
                    any |= values.stream().anyMatch(v -> v != null && v > 0);
                    chart.add(b.series(workload, colour, values, false));
                }
            }
            if (any) {
                figure(out, chart, spec.doc() + " Per interval" + b.caption() + ".");
            }
        }
    }

    /**
     * Each node's levels over time, one chart per figure and component type: every gauge (its mean
     * over each interval) and every ratio with a time series, on an axis its unit decides (a
     * fraction on [0, 1]).
     */
    private static void nodesOverTime(StringBuilder out, RunReport report, TimeSeries series) {
        Map<String, List<String>> byType = new LinkedHashMap<>();
        report.result().nodes().forEach((name, node) ->
                byType.computeIfAbsent(node.type(), t -> new ArrayList<>()).add(name));
        if (byType.isEmpty()) {
            return;
        }
        Bucketed b = Bucketed.of(series);
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
                SvgChart chart = timeChart(report, label + " of the " + type.getKey() + " nodes", axis(spec));
                int i = 0;
                for (String node : limit(new LinkedHashSet<>(type.getValue()))) {
                    List<Double> values = series.values(TimeSeries.Scope.NODE.prefix() + node + "." + figure.getKey());
                    if (values != null) {
                        chart.add(b.series(node, HtmlPage.colour(i++), values, false));
                    }
                }
                if (spec.unit() == Unit.FRACTION) {
                    chart.yRange(0.0, 1.0);
                }
                figure(out, chart, (spec.kind() == FigureKind.GAUGE ? "time-weighted mean of " + label
                        + " in each interval" : spec.doc() + " In each interval") + b.caption() + ".");
            }
        }
    }

    /** The y axis of a node figure: its label and unit; a fraction reads 0-1. */
    private static String axis(FigureSpec spec) {
        if (spec.unit() == Unit.FRACTION) {
            return "fraction (0-1)";
        }
        return spec.unit().symbol().isEmpty() ? spec.label() : spec.label() + " (" + spec.unit().symbol() + ")";
    }

    private static String capitalised(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
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
