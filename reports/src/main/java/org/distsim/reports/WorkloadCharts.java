package org.distsim.reports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.distsim.core.facts.Objective;
import org.distsim.core.facts.ObjectiveFigure;
import org.distsim.core.figure.FigureKind;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadFigures;
import org.distsim.core.result.WorkloadResult;
import org.distsim.reports.chart.LatencyCut;

/**
 * The workloads' charts over time in the run report: p99 of every workload overlaid on one scale
 * (with the objectives' thresholds), each workload's percentiles on that same scale, throughput,
 * availability (zoomed to where it moves, with its objective), errors by outcome (a sentence instead
 * of a chart for the workloads that had none) and the consistency counts. Every workload of the run
 * is drawn; many workloads go on several charts of one scale ({@link ChartKit#smallMultiples}).
 */
final class WorkloadCharts {

    private static final String P50 = "#1f77b4";
    private static final String P95 = "#ff7f0e";
    private static final String P99 = "#d62728";
    private static final String FAILED = "#d62728";
    private static final String UNKNOWN = "#9467bd";
    private static final String SLO = "#c62828";
    private WorkloadCharts() {
    }

    static void latency(StringBuilder out, RunReport report, TimeSeries series) {
        Map<String, WorkloadResult> workloads = report.result().workloads();
        if (workloads.isEmpty()) {
            return;
        }
        out.append("<h2 id=\"latency\">Latency over time</h2>\n");
        ChartKit.Bucketed b = ChartKit.Bucketed.of(series);
        List<SvgChart.Series> p99s = new ArrayList<>();
        List<SvgChart.Series> all = new ArrayList<>();
        for (String workload : workloads.keySet()) {
            String prefix = "workload." + workload + ".";
            SvgChart.Series p99 = b.series(workload, P99, series.values(prefix + WorkloadFigures.P99_MS.name()), false);
            p99s.add(p99);
            all.add(p99);
            all.add(b.series(workload, P95, series.values(prefix + WorkloadFigures.P95_MS.name()), false));
        }
        Double top = latencyTop(report, p99s);
        String every = " in each interval of " + Decimals.seconds(series.intervalNanos()) + b.caption();
        Map<String, List<NoSuccess.Stretch>> none = new java.util.LinkedHashMap<>();
        workloads.keySet().forEach(w -> none.put(w, NoSuccess.of(series, w, b.k())));
        boolean anyNone = none.values().stream().anyMatch(l -> !l.isEmpty());
        String hatched = anyNone ? "; hatched: requests finished and none succeeded (" + failures(series, none) + ")"
                : "";
        if (workloads.size() > 1) {
            ChartKit.smallMultiples(out, suffix -> withNoSuccessKey(withLatencyObjectives(ChartKit.timeChart(report,
                    "p99 latency by workload" + suffix, "p99 latency (ms)"), report, null), anyNone), p99s, Map.of(),
                    0.0, top, "The 99th percentile of each workload's successful requests" + every
                    + "; dashed: the objectives" + hatched + "; one scale for every workload, so designs compare.",
                    (chart, line, colour, row) -> none.getOrDefault(line, List.of()).forEach(st -> chart.gap(
                            new SvgChart.Gap(st.fromSeconds(), st.toSeconds(), NoSuccess.LABEL, colour, row))));
        }
        for (String workload : workloads.keySet()) {
            String prefix = "workload." + workload + ".";
            SvgChart chart = ChartKit.timeChart(report, "Latency of " + workload + " (successful requests)", "latency (ms)")
                    .add(b.series(WorkloadFigures.P50_MS.label(), P50, series.values(prefix + WorkloadFigures.P50_MS.name()), false))
                    .add(b.series(WorkloadFigures.P95_MS.label(), P95, series.values(prefix + WorkloadFigures.P95_MS.name()), false))
                    .add(b.series(WorkloadFigures.P99_MS.label(), P99, series.values(prefix + WorkloadFigures.P99_MS.name()), false))
                    .yRange(0.0, top);
            withLatencyObjectives(chart, report, workload);
            none.get(workload).forEach(st -> chart.gap(
                    new SvgChart.Gap(st.fromSeconds(), st.toSeconds(), NoSuccess.LABEL, P99, -1)));
            withNoSuccessKey(chart, !none.get(workload).isEmpty());
            ChartKit.figure(out, chart, "Percentiles of the requests that completed" + every
                    + "; shaded: the warm-up" + (none.get(workload).isEmpty() ? ""
                            : "; hatched: requests finished and none succeeded (" + failures(series,
                                    Map.of(workload, none.get(workload))) + ")")
                    + (workloads.size() > 1 ? "; the same scale as every workload's." : "."));
        }
    }

    /** The key entry of the hatched stretches with no successful request, when there are any. */
    private static SvgChart withNoSuccessKey(SvgChart chart, boolean any) {
        return any ? chart.legend(NoSuccess.LABEL, "#555555", "hatch") : chart;
    }

    /**
     * What the requests of the stretches with no successful request became, over all of them:
     * {@code 1,234 failed, 56 timed out}, so a reader sees the errors the line cannot show.
     */
    private static String failures(TimeSeries series, Map<String, List<NoSuccess.Stretch>> stretches) {
        double failed = 0;
        double unknown = 0;
        for (Map.Entry<String, List<NoSuccess.Stretch>> e : stretches.entrySet()) {
            String prefix = TimeSeries.Scope.WORKLOAD.prefix() + e.getKey() + ".";
            List<Double> f = series.values(prefix + WorkloadFigures.FAILED.name());
            List<Double> u = series.values(prefix + WorkloadFigures.UNKNOWN.name());
            for (int i = 0; i < series.startNanos().size(); i++) {
                double at = series.startNanos().get(i) / 1e9;
                for (NoSuccess.Stretch st : e.getValue()) {
                    if (at >= st.fromSeconds() && at < st.toSeconds()) {
                        failed += f == null || f.get(i) == null ? 0 : f.get(i);
                        unknown += u == null || u.get(i) == null ? 0 : u.get(i);
                    }
                }
            }
        }
        return Decimals.figure(Math.round(failed), 0) + " failed, " + Decimals.figure(Math.round(unknown), 0) + " timed out";
    }

    /**
     * The top of every latency axis: the highest value, unless a spike goes far above the typical
     * top of the lines and of the objectives ({@link LatencyCut}), in which case the axis stops at
     * the cut and the spike is marked; null when nothing is defined.
     */
    private static Double latencyTop(RunReport report, List<SvgChart.Series> p99s) {
        List<Double> values = new ArrayList<>();
        double max = Double.NEGATIVE_INFINITY;
        for (SvgChart.Series s : p99s) {
            for (Double v : s.ys()) {
                if (v != null && Double.isFinite(v)) {
                    values.add(v);
                    max = Math.max(max, v);
                }
            }
        }
        if (values.isEmpty()) {
            return null;
        }
        double highestObjective = 0;
        for (SloOutcome o : report.slos()) {
            if (o.objective().isUpperBound()) {
                highestObjective = Math.max(highestObjective, o.objective().limit());
            }
        }
        Double cut = LatencyCut.of(values, highestObjective);
        return cut == null ? max : cut;
    }

    /** The latency objectives of {@code workload} (of every workload when null) as dashed lines. */
    private static SvgChart withLatencyObjectives(SvgChart chart, RunReport report, String workload) {
        Map<String, List<String>> byBound = new TreeMap<>();
        Map<String, Double> limits = new TreeMap<>();
        for (SloOutcome o : report.slos()) {
            Objective objective = o.objective();
            if (objective.isUpperBound() && (workload == null ? objective.figure() == ObjectiveFigure.P99
                    : objective.workload().equals(workload))) {
                String bound = objective.figure().key() + " <= " + Decimals.sensible(objective.limit()) + " ms";
                byBound.computeIfAbsent(bound, k -> new ArrayList<>()).add(objective.workload());
                limits.put(bound, objective.limit());
            }
        }
        int distinct = byBound.size();
        byBound.forEach((bound, names) -> chart.threshold(new SvgChart.HLine(limits.get(bound),
                "objective: " + bound + (workload == null && distinct > 1 ? " (" + String.join(", ", names) + ")" : ""),
                SLO)));
        return chart;
    }

    static void outcomes(StringBuilder out, RunReport report, TimeSeries series) {
        Map<String, WorkloadResult> workloads = report.result().workloads();
        if (workloads.isEmpty()) {
            return;
        }
        out.append("<h2 id=\"outcomes\">Throughput, availability and errors over time</h2>\n");
        ChartKit.Bucketed b = ChartKit.Bucketed.of(series);
        List<SvgChart.Series> throughput = new ArrayList<>();
        List<SvgChart.Series> availability = new ArrayList<>();
        for (String workload : workloads.keySet()) {
            String prefix = "workload." + workload + ".";
            throughput.add(b.series(workload, P50, series.values(prefix + WorkloadFigures.THROUGHPUT.name()), false));
            availability.add(b.series(workload, P50,
                    ChartKit.percent(series.values(prefix + WorkloadFigures.AVAILABILITY.name())), false));
        }
        ChartKit.smallMultiples(out, suffix -> ChartKit.timeChart(report,
                "Throughput (successful requests per second)" + suffix, "requests/s"), throughput, null, null,
                "Requests due in each interval that succeeded, per second" + b.caption() + ".");
        double lowest = Math.min(100, ChartKit.range(availability)[0]);
        List<SvgChart.HLine> objectives = new ArrayList<>();
        Set<Double> seen = new LinkedHashSet<>();
        for (SloOutcome o : report.slos()) {
            if (o.objective().figure() == ObjectiveFigure.AVAILABILITY && seen.add(o.objective().limit())) {
                double limit = o.objective().limit() * 100;
                lowest = Math.min(lowest, limit);
                objectives.add(new SvgChart.HLine(limit, "objective: availability >= "
                        + Decimals.sensible(limit) + " %", SLO));
            }
        }
        // Near 100 % everywhere a 0-100 axis hides every dip; zoom to the data but keep 100 at the top.
        double floor = SvgChart.percentFloor(lowest);
        ChartKit.smallMultiples(out, suffix -> {
            SvgChart chart = ChartKit.timeChart(report, "Availability (ok / finished requests)" + suffix,
                    "availability (%)");
            objectives.forEach(chart::threshold);
            return chart;
        }, availability, floor, 100.0, "ok / (ok + failed + unknown) of the requests due in each interval that"
                + " finished" + b.caption() + ".");
        errors(out, report, series, b);
        consistency(out, report, series, b);
    }

    /** A chart of failed and timed-out requests per workload that had any; one sentence for the rest. */
    private static void errors(StringBuilder out, RunReport report, TimeSeries series, ChartKit.Bucketed b) {
        List<String> none = new ArrayList<>();
        for (String workload : report.result().workloads().keySet()) {
            String prefix = "workload." + workload + ".";
            SvgChart.Series failed = b.series("failed (a definite failure)", FAILED,
                    series.values(prefix + WorkloadFigures.FAILED.name()), false);
            SvgChart.Series unknown = b.series("unknown (timed out)", UNKNOWN,
                    series.values(prefix + WorkloadFigures.UNKNOWN.name()), true);
            if (!ChartKit.anyNonZero(List.of(failed, unknown))) {
                none.add(workload);
                continue;
            }
            SvgChart errors = ChartKit.timeChart(report, "Errors of " + workload + " by outcome",
                    "requests per " + Decimals.seconds(series.intervalNanos())).add(failed).add(unknown)
                    .yRange(0.0, Math.max(1, ChartKit.range(List.of(failed, unknown))[1]));
            ChartKit.figure(out, errors, "Requests due in each interval that ended with a failure, or timed out with"
                    + " an unknown outcome" + b.caption() + ".");
        }
        if (!none.isEmpty()) {
            out.append("<p>No failed or timed-out request at any time: ")
                    .append(HtmlPage.escape(String.join(", ", none))).append(".</p>\n");
        }
    }

    /**
     * The workloads' consistency counts over time (stale reads, read-your-writes violations...): one
     * chart per figure declared with the consistency role, drawn when some workload counted one.
     */
    private static void consistency(StringBuilder out, RunReport report, TimeSeries series, ChartKit.Bucketed b) {
        Set<String> workloads = report.result().workloads().keySet();
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
            List<SvgChart.Series> lines = new ArrayList<>();
            for (String workload : workloads) {
                List<Double> values = series.values(TimeSeries.Scope.WORKLOAD.prefix() + workload + "." + spec.name());
                if (values != null) {
                    lines.add(b.series(workload, P50, values, false));
                }
            }
            if (ChartKit.anyNonZero(lines)) {
                ChartKit.smallMultiples(out, suffix -> ChartKit.timeChart(report,
                        ChartKit.capitalised(spec.label()) + suffix, "per " + Decimals.seconds(series.intervalNanos())),
                        lines, null, null, spec.doc() + " Per interval" + b.caption() + ".");
            }
        }
    }
}
