package org.distsim.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.TimeSeries;

/**
 * The HTML report of one run: a single self-contained file (inline CSS and inline SVG, no script,
 * no external reference), that opens offline and prints well. It shows, in order: the warnings and
 * objectives, the topology, latency percentiles over time with the fault and note timeline marked,
 * the latency distribution (CDF on a log axis), throughput, availability and errors by outcome
 * over time, the workloads' consistency figures over time, each node's gauges and ratios over time
 * (utilisation, queue, lag, backlog, hit ratio...), the nodes' probability curves (a replicated
 * store's chance of a fresh read after a write), the summary tables, the timeline and the
 * command that reproduces the run. The text parts are in {@link HtmlTables}. Which figures are
 * drawn, and on what axis, comes from each figure's declaration (its kind, unit and role), never
 * from its name.
 *
 * <p>Plots are {@link SvgChart}s: the same result gives the same bytes on every machine. Long series
 * are averaged over groups of consecutive intervals so a line has at most {@link #MAX_POINTS}
 * points; the caption says so when it happens.
 */
public final class HtmlReport {

    static final int MAX_POINTS = ChartKit.MAX_POINTS;

    private HtmlReport() {
    }

    /** The whole page, ending with a newline. */
    public static String render(RunReport report) {
        RunResult r = report.result();
        StringBuilder out = new StringBuilder(262_144);
        HtmlPage.begin(out, "distsim: " + r.scenario());
        out.append("<h1>").append(Svg.escape(r.scenario())).append("</h1>\n");
        Verdict.render(out, report);
        HtmlTables.meta(out, r);
        HtmlTables.findings(out, report);
        HtmlTables.slos(out, report.slos());
        if (!report.topology().components().isEmpty()) {
            out.append("<h2 id=\"topology\">Topology</h2>\n<div class=\"scroll\">").append(SvgTopology.render(report.topology(),
                    report.result().nodes()))
                    .append("</div>\n<p><small>Arrows point from the component that sends to the one it names"
                            + " (a target, backends, dependencies, a backing store...); workloads are blue."
                            + " Hover an arrow for the knob.</small></p>\n");
        }
        TimeSeries series = r.series();
        if (series != null && !series.startNanos().isEmpty()) {
            WorkloadCharts.latency(out, report, series);
        }
        distribution(out, r);
        if (series != null && !series.startNanos().isEmpty()) {
            WorkloadCharts.outcomes(out, report, series);
            NodeCharts.render(out, report, series);
        }
        CurveCharts.render(out, r);
        HtmlTables.tables(out, report);
        HtmlTables.timeline(out, report.markers());
        HtmlPage.end(out, report.reproduceCommand());
        return out.toString();
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
        List<SvgChart.Series> lines = new ArrayList<>();
        for (Map.Entry<String, Histogram> w : histograms.entrySet()) {
            Histogram h = w.getValue();
            if (h == null || h.getTotalCount() == 0) {
                continue;
            }
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
            lines.add(new SvgChart.Series(w.getKey(), "", xs, ys, false));
        }
        if (lines.isEmpty()) {
            return;
        }
        out.append("<h2 id=\"distribution\">Latency distribution</h2>\n");
        ChartKit.smallMultiples(out, suffix -> new SvgChart(title + suffix, "latency (ms, log scale)",
                "requests at or below (%)").logX(), lines, 0.0, 100.0, caption);
    }
}
