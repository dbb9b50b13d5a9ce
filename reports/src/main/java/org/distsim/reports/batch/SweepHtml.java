package org.distsim.reports.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.distsim.core.figure.FigureSpec;
import org.distsim.reports.FigureHeading;
import org.distsim.reports.HtmlPage;
import org.distsim.core.facts.Objective;
import org.distsim.core.facts.ObjectiveFigure;
import org.distsim.reports.chart.Tick;

/**
 * The HTML page of a sweep: one self-contained file (inline CSS and SVG, no script, no link to the
 * network) with, per workload, the latency percentiles p50/p95/p99, the throughput and the
 * availability against the swept parameter, each mean drawn as a line inside its 95 % confidence
 * band; then the table of every main figure. The last swept parameter is the x axis (numeric when
 * its values are numbers with one unit, categories otherwise, labelled in words rather than by its
 * path); each combination of the others is its own line.
 *
 * <p>Where a closed form applies ({@link Theory}), its prediction is drawn dashed beside each
 * line (through the points, or as a curve between them when the caller computed one), the mean
 * latency gets its own chart, and the assumptions are listed. The scenario's objectives are
 * thresholds, with the knee (where a line first breaks its objective) ringed and named in the
 * caption; under a numeric x axis a second row gives the load each value puts on the bottleneck.
 * Availability is drawn on an axis from just below its lowest value, or, when no request failed
 * anywhere, replaced by a sentence. Charts are {@link org.distsim.reports.SvgChart}s, so the page
 * is the same bytes on every machine.
 */
public final class SweepHtml {

    private static final double HEIGHT = 360;
    private static final String[] PERCENTILES = {"p50", "p95", "p99"};
    /** The run report's colours for p50, p95 and p99. */
    private static final String[] PERCENTILE_COLOURS = {HtmlPage.colour(0), HtmlPage.colour(1), HtmlPage.colour(3)};
    private static final String MEAN_COLOUR = HtmlPage.colour(4);
    /** The figures whose closed-form value the table shows beside the estimate, where there is one. */
    private static final List<String> THEORY_FIGURES = List.of("latency_ms.mean", "latency_ms.p99", "availability");

    private SweepHtml() {
    }

    /** The page. */
    public static String render(SweepResult sweep, String reproduce) {
        StringBuilder html = new StringBuilder(256 * 1024);
        HtmlPage.begin(html, "distsim sweep: " + sweep.scenario());
        boolean theory = sweep.points().stream().anyMatch(p -> !p.theory().workloads().isEmpty());
        html.append("<h1>").append(HtmlPage.escape(sweep.scenario())).append(": sweep</h1>\n<p>")
                .append(sweep.points().size()).append(" design points &times; ").append(sweep.replications())
                .append(" replications, seed ").append(sweep.seed())
                .append(theory ? ". Circles are means over the replications, bars their 95% confidence intervals"
                        + " (Student t); dashed lines are what queueing theory predicts where a closed form applies,"
                        + " with its assumptions listed under each workload; lines without theory are means in their"
                        + " shaded 95% bands." : ". Lines are means over the replications; shaded bands are their 95%"
                        + " confidence intervals (Student t).")
                .append(" Replication r uses the same random streams at every point (common random numbers).");
        html.append("</p>\n");
        if (sweep.partial()) {
            html.append("<p class=\"warn\">PARTIAL: the sweep was interrupted; the figures cover only the runs that"
                    + " finished.</p>\n");
        }
        if (!sweep.points().isEmpty() && !sweep.parameters().isEmpty()) {
            SweepChart.XAxis x = xAxis(sweep);
            for (String workload : workloads(sweep)) {
                html.append("<h2>Workload ").append(HtmlPage.escape(workload)).append("</h2>\n");
                for (SweepChart c : charts(sweep, workload, x)) {
                    figure(html, c, x);
                }
                availability(html, sweep, workload, x);
                assumptions(html, sweep, workload);
                table(html, sweep, workload);
            }
        }
        HtmlPage.end(html, reproduce);
        return html.toString();
    }

    private static void figure(StringBuilder html, SweepChart c, SweepChart.XAxis x) {
        StringBuilder caption = new StringBuilder(c.caption());
        for (String knee : c.knees(x)) {
            caption.append(" The knee: ").append(knee).append(" (linear between the measured points).");
        }
        html.append("<figure>\n").append(c.svg(x).render(HtmlPage.CHART_WIDTH, HEIGHT)).append("<figcaption>")
                .append(HtmlPage.escape(caption.toString())).append("</figcaption>\n</figure>\n");
    }

    private static SweepChart.XAxis xAxis(SweepResult sweep) {
        String path = sweep.parameters().get(sweep.parameters().size() - 1);
        List<String> values = lastValues(sweep);
        boolean numeric = ParameterAxis.numeric(values);
        double[] xs = new double[values.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = numeric ? ParameterAxis.number(values.get(i)).doubleValue() : i;
        }
        String unit = numeric ? ParameterAxis.unitOf(values.get(0)) : "";
        List<Tick> loads = null;
        String loadLabel = null;
        String bottleneck = sweep.points().get(sweep.points().size() - 1).theory().bottleneck();
        if (numeric && groups(sweep).size() == 1 && bottleneck != null) {
            loads = new ArrayList<>();
            for (SweepResult.Point point : sweep.points()) {
                Theory node = point.theory().node(bottleneck);
                Double load = node == null ? null : node.figure("offered_load");
                if (load != null) {
                    loads.add(new Tick(ParameterAxis.number(point.values().get(point.values().size() - 1)).doubleValue(),
                            percent(load)));
                }
            }
            loadLabel = "load on " + bottleneck + ", the bottleneck, in % of its capacity (theory)";
        }
        return new SweepChart.XAxis(values, numeric, xs, ParameterAxis.label(path, unit), unit, loads, loadLabel);
    }

    private static List<SweepChart> charts(SweepResult sweep, String workload, SweepChart.XAxis x) {
        String about = " against " + x.label() + " (" + sweep.parameters().get(sweep.parameters().size() - 1) + ")";
        Map<String, List<SweepResult.Point>> groups = groups(sweep);
        List<Objective> objectives = sweep.objectives().stream().filter(o -> o.workload().equals(workload)).toList();
        List<SweepChart> charts = new ArrayList<>();
        if (groups.size() == 1) {
            List<SweepResult.Point> points = groups.values().iterator().next();
            List<SweepChart.Line> lines = new ArrayList<>();
            for (int i = 0; i < PERCENTILES.length; i++) {
                lines.add(line(sweep, PERCENTILES[i], PERCENTILE_COLOURS[i], points, workload, PERCENTILES[i]));
            }
            charts.add(new SweepChart("Latency percentiles of " + workload, "latency (ms)", SweepChart.Kind.LATENCY,
                    lines, on(objectives, PERCENTILES), "Latency percentiles p50, p95 and p99 of successful requests"
                    + about + "."));
        } else {
            for (String p : PERCENTILES) {
                charts.add(new SweepChart("Latency " + p + " of " + workload, p + " latency (ms)",
                        SweepChart.Kind.LATENCY, lines(sweep, groups, workload, p), on(objectives, p),
                        p + " latency" + about + ", one line per value of the other parameters."));
            }
        }
        if (hasTheory(sweep, workload, "mean")) {
            charts.add(new SweepChart("Mean latency of " + workload, "latency (ms)", SweepChart.Kind.LATENCY,
                    groups.size() == 1 ? List.of(line(sweep, "mean", MEAN_COLOUR, groups.values().iterator().next(),
                            workload, "mean")) : lines(sweep, groups, workload, "mean"), on(objectives, "mean"),
                    "Mean latency of successful requests" + about + ", beside the mean theory predicts."));
        }
        charts.add(new SweepChart("Throughput of " + workload, "successful requests per second",
                SweepChart.Kind.THROUGHPUT, lines(sweep, groups, workload, "throughput_rps"),
                on(objectives, ObjectiveFigure.THROUGHPUT.key()), "Throughput (successful requests per simulated second)" + about
                + "."));
        return charts;
    }

    /** The availability chart, or a sentence when no request failed at any point. */
    private static void availability(StringBuilder html, SweepResult sweep, String workload, SweepChart.XAxis x) {
        Map<String, List<SweepResult.Point>> groups = groups(sweep);
        List<SweepChart.Line> lines = lines(sweep, groups, workload, "availability");
        List<Objective> objectives = on(sweep.objectives().stream().filter(o -> o.workload().equals(workload)).toList(),
                ObjectiveFigure.AVAILABILITY.key());
        boolean perfect = lines.stream().allMatch(l -> l.estimates().stream().allMatch(e -> e == null
                || (equalsOne(e.mean()) && equalsOne(e.low()) && equalsOne(e.high()))));
        if (perfect) {
            html.append("<p>Availability: 100% at every point, in every replication (no request failed)")
                    .append(objectives.isEmpty() ? "" : "; the objective " + SweepChart.describe(objectives.get(0))
                            + " holds").append(".</p>\n");
            return;
        }
        SweepChart chart = new SweepChart("Availability of " + workload, "availability (%)",
                SweepChart.Kind.AVAILABILITY, lines, objectives, "Availability (ok / finished requests) against "
                + x.label() + "; the axis starts just below the lowest value, so small changes show.");
        figure(html, chart, x);
    }

    private static boolean equalsOne(Double value) {
        return value == null || value == 1.0;
    }

    /** The objectives on the given figures. */
    private static List<Objective> on(List<Objective> objectives, String... figures) {
        Set<String> wanted = new LinkedHashSet<>(List.of(figures));
        return objectives.stream().filter(o -> wanted.contains(o.figure().key())).toList();
    }

    private static List<SweepChart.Line> lines(SweepResult sweep, Map<String, List<SweepResult.Point>> groups,
            String workload, String figure) {
        List<SweepChart.Line> lines = new ArrayList<>();
        groups.forEach((label, points) -> {
            if (lines.size() < HtmlPage.maxLines()) {
                lines.add(line(sweep, label.isEmpty() ? "mean, 95% confidence band" : label,
                        HtmlPage.colour(lines.size()), points, workload, figure));
            }
        });
        return lines;
    }

    /** The batch figure a line's name stands for: {@code p99} is {@code latency_ms.p99}. */
    private static String batchFigure(String figure) {
        return figure.equals("mean") || figure.startsWith("p") ? "latency_ms." + figure : figure;
    }

    private static SweepChart.Line line(SweepResult sweep, String label, String colour, List<SweepResult.Point> points,
            String workload, String figure) {
        List<Estimate> estimates = new ArrayList<>();
        for (SweepResult.Point point : points) {
            ReplicationSummary.Workload w = point.summary().workloads().get(workload);
            estimates.add(w == null ? null : w.figures().get(batchFigure(figure)));
        }
        return new SweepChart.Line(label, colour, figure, estimates, theory(sweep, label, points, workload, figure));
    }

    /**
     * The theory a line is compared with: along the caller's curve when there is one (a sweep of
     * one numeric parameter), else through the points; null when no point has a prediction.
     */
    private static SweepChart.Curve theory(SweepResult sweep, String label, List<SweepResult.Point> points,
            String workload, String figure) {
        String name = batchFigure(figure);
        String model = null;
        boolean any = false;
        for (SweepResult.Point p : points) {
            Theory t = p.theory().workload(workload);
            if (t != null && t.figure(name) != null) {
                any = true;
                model = model == null ? t.model() : model.equals(t.model()) ? model : "queueing";
            }
        }
        if (!any) {
            return null;
        }
        String curveLabel = (label.startsWith("mean, 95%") ? "" : label + ", ") + model + " theory";
        boolean oneGroup = points.size() == sweep.points().size();
        if (oneGroup && !sweep.curve().isEmpty()) {
            double[] xs = new double[sweep.curve().size()];
            Double[] ys = new Double[xs.length];
            for (int i = 0; i < xs.length; i++) {
                SweepResult.CurvePoint c = sweep.curve().get(i);
                xs[i] = c.x();
                Theory t = c.theory().workload(workload);
                ys[i] = t == null ? null : t.figure(name);
            }
            return new SweepChart.Curve(curveLabel, xs, ys);
        }
        List<String> values = lastValues(sweep);
        boolean numeric = ParameterAxis.numeric(values);
        double[] xs = new double[points.size()];
        Double[] ys = new Double[points.size()];
        for (int i = 0; i < xs.length; i++) {
            String value = points.get(i).values().get(points.get(i).values().size() - 1);
            xs[i] = numeric ? ParameterAxis.number(value).doubleValue() : values.indexOf(value);
            Theory t = points.get(i).theory().workload(workload);
            ys[i] = t == null ? null : t.figure(name);
        }
        return new SweepChart.Curve(curveLabel, xs, ys);
    }

    private static boolean hasTheory(SweepResult sweep, String workload, String figure) {
        return sweep.points().stream().map(p -> p.theory().workload(workload))
                .anyMatch(t -> t != null && t.figure(batchFigure(figure)) != null);
    }

    /** What the theory of this workload assumes, and how well the measured points agree with it. */
    private static void assumptions(StringBuilder html, SweepResult sweep, String workload) {
        Map<String, List<String>> byModel = new LinkedHashMap<>();
        for (SweepResult.Point p : sweep.points()) {
            Theory t = p.theory().workload(workload);
            if (t != null) {
                byModel.putIfAbsent(t.model(), t.assumptions());
            }
        }
        if (byModel.isEmpty()) {
            return;
        }
        html.append("<h3>Theory</h3>\n");
        byModel.forEach((model, assumptions) -> {
            html.append("<p>").append(HtmlPage.escape(model)).append(" assumes:</p>\n<ul>\n");
            for (String a : assumptions) {
                html.append("<li>").append(HtmlPage.escape(a)).append("</li>\n");
            }
            html.append("</ul>\n");
        });
        List<String> agreement = new ArrayList<>();
        for (String figure : List.of("mean", "p50", "p95", "p99")) {
            int inside = 0;
            int compared = 0;
            for (SweepResult.Point p : sweep.points()) {
                Theory t = p.theory().workload(workload);
                ReplicationSummary.Workload w = p.summary().workloads().get(workload);
                Estimate e = w == null ? null : w.figures().get(batchFigure(figure));
                Double predicted = t == null ? null : t.figure(batchFigure(figure));
                if (predicted != null && e != null && e.low() != null) {
                    compared++;
                    inside += predicted >= e.low() && predicted <= e.high() ? 1 : 0;
                }
            }
            if (compared > 0) {
                agreement.add(figure + " at " + inside + " of " + compared);
            }
        }
        if (!agreement.isEmpty()) {
            html.append("<p>The prediction lies inside the measured 95% band for ")
                    .append(HtmlPage.escape(String.join(", ", agreement))).append(" points. Outside it, either an"
                            + " assumption does not hold or the runs are too short for the queue to settle"
                            + " (a tail percentile of a short run near saturation is biased low).</p>\n");
        }
    }

    /** The values of the last parameter, in sweep order. */
    private static List<String> lastValues(SweepResult sweep) {
        int last = sweep.parameters().size() - 1;
        return sweep.points().stream().map(p -> p.values().get(last)).distinct().toList();
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

    private static void table(StringBuilder html, SweepResult sweep, String workload) {
        // The parameters in words, as on the x axis; their values keep their units, and the path is in
        // the captions and the command under the page.
        List<String> header = new ArrayList<>(sweep.parameters().stream().map(p -> ParameterAxis.label(p, "")).toList());
        header.add("n");
        BatchText.SWEEP_WORKLOAD_FIGURES.forEach(f -> header.add(FigureHeading.of(RunFigures.builtIn(f))));
        boolean theory = sweep.points().stream().anyMatch(p -> p.theory().workload(workload) != null);
        if (theory) {
            for (String f : THEORY_FIGURES) {
                FigureSpec spec = RunFigures.builtIn(f);
                header.add(FigureHeading.of(spec, spec.label() + ", theory"));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (SweepResult.Point point : sweep.points()) {
            List<String> row = new ArrayList<>(point.values());
            row.add(Integer.toString(point.summary().runs().size()));
            ReplicationSummary.Workload w = point.summary().workloads().get(workload);
            for (String f : BatchText.SWEEP_WORKLOAD_FIGURES) {
                Estimate e = w == null ? null : w.figures().get(f);
                row.add(e == null ? Numbers.NONE : Numbers.plusMinus(Numbers.estimate(w.spec(f), e)));
            }
            if (theory) {
                Theory t = point.theory().workload(workload);
                for (String f : THEORY_FIGURES) {
                    Double v = t == null ? null : t.figure(f);
                    row.add(v == null ? Numbers.NONE : Numbers.figure(RunFigures.builtIn(f), v));
                }
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

    /** A load in percent, whole above ten per cent: {@code 80%}, {@code 7.5%}. */
    private static String percent(double load) {
        BigDecimal percent = new BigDecimal(load).multiply(BigDecimal.valueOf(100));
        return percent.setScale(load >= 0.1 ? 0 : 1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
