package org.distsim.ui.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.distsim.core.facts.FaultWindow;
import org.distsim.core.facts.Marker;
import org.distsim.core.facts.MarkerKind;
import org.distsim.core.facts.RunFacts;
import org.distsim.core.fault.ScheduledFault;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.Slo;
import org.distsim.ui.live.ChartPoint;
import org.distsim.ui.live.LessonScale;
import org.distsim.ui.live.Snapshot;
import org.distsim.ui.live.WorkloadPoint;
import org.distsim.ui.model.FaultShading;
import org.distsim.ui.model.LatencyCeiling;
import org.distsim.ui.model.Scoreboard;
import org.distsim.ui.model.TimeWindow;

/**
 * The four live charts, one point per closed interval, with one line per design (workload) in its
 * own colour on one shared scale, so the comparison a scenario exists for is on screen: p99 latency
 * with the SLO line and a bar where a design had no successful request (a collapse must not look
 * like a recovery), successful requests per second, errors by outcome over all designs, and
 * availability with its SLO line. Fault windows are shaded; fault and note markers are drawn. One
 * key above the charts names the designs' colours. An outcome counts in the interval its request
 * was due in, so a late one revises a point already drawn: the charts are then drawn again.
 */
final class ChartsPane extends VBox {

    private final MarkedChart latency;
    private final MarkedChart throughput;
    private final MarkedChart errors;
    private final MarkedChart availability;
    /** The scenario's lesson figure per design, titled by the figure; hidden while there is none. */
    private final MarkedChart lesson;
    /** The same on a logarithmic axis, shown in its place when the figure is a quotient (amplification). */
    private final MarkedChart ratioLesson;
    /** Whichever of the two lesson charts holds the lesson's lines. */
    private MarkedChart lessonShown;
    private final List<String> designs;
    private final List<XYChart.Series<Number, Number>> p99 = new ArrayList<>();
    private final List<XYChart.Series<Number, Number>> ok = new ArrayList<>();
    private final List<XYChart.Series<Number, Number>> available = new ArrayList<>();
    private final List<XYChart.Series<Number, Number>> lessons = new ArrayList<>();
    private final XYChart.Series<Number, Number> failed = series("failed/s");
    private final XYChart.Series<Number, Number> timeouts = series("timed out/s");
    private final List<Marker> notes;
    private final FaultShading shading;
    /** Each design's entry in the key: its colour, name and live scoreboard. */
    private final List<Label> designKeys = new ArrayList<>();
    /** The designs whose lines are hidden by a click on their key entry. */
    private final java.util.Set<Integer> hidden = new java.util.TreeSet<>();
    /** Each design's availability floor, below which its latency chart marks the stretch. */
    private final double[] floors;
    /** The highest p99 objective drawn, in ms; 0 when there is none. */
    private final double highestObjective;
    private int run;
    private List<ChartPoint> drawn = List.of();
    /** The snapshot drawn last, drawn again when the designs shown change; null before the first. */
    private Snapshot last;

    ChartsPane(Scenario scenario, RunFacts facts) {
        this.notes = facts.markers().stream().filter(m -> m.kind() == MarkerKind.NOTE).toList();
        this.shading = new FaultShading(
                scenario.faults().stream().filter(f -> f.atNanos() < scenario.durationNanos()).toList(), facts);
        this.designs = List.copyOf(scenario.workloads().keySet());
        this.floors = ErrorStretches.floors(designs, scenario.slos());
        double endSeconds = scenario.durationNanos() / 1e9;
        latency = new MarkedChart("p99 latency (ms)", "latency", endSeconds, "");
        throughput = new MarkedChart("ok requests/s", "throughput", endSeconds, "");
        errors = new MarkedChart("failed ─ timeouts ┄ per s", "errors", endSeconds, "");
        availability = new MarkedChart("availability (%)", "availability", endSeconds, "");
        lesson = new MarkedChart("lesson figure", "lesson", endSeconds, "");
        lesson.setId("lesson-chart");
        ratioLesson = new MarkedChart("lesson figure", "lesson", endSeconds, new RatioAxis());
        ratioLesson.setId("lesson-chart-ratio");
        lessonShown = lesson;
        for (String design : designs) {
            p99.add(series(design));
            ok.add(series(design));
            available.add(series(design));
            lessons.add(series(design));
        }
        latency.getData().addAll(p99);
        throughput.getData().addAll(ok);
        errors.getData().addAll(List.of(failed, timeouts));
        availability.getData().addAll(available);
        lesson.getData().addAll(lessons);
        showLesson(null, LessonScale.LINEAR);
        availability.percentAxis();
        latency.setThresholds(thresholds(scenario.slos(), false));
        this.highestObjective = thresholds(scenario.slos(), false).stream().mapToDouble(MarkedChart.Threshold::value)
                .max().orElse(0);
        availability.setThresholds(thresholds(scenario.slos(), true));
        HBox charts = new HBox(4);
        for (MarkedChart chart : charts()) {
            if (chart != errors) {
                chart.getStyleClass().add("designs");
            }
            HBox.setHgrow(chart, Priority.ALWAYS);
            chart.setMinWidth(150);
            chart.setPrefWidth(400);
            chart.setMinHeight(120);
        }
        // The lesson's three side by side: how fast, how available, and what the scenario is about.
        charts.getChildren().addAll(charts());
        VBox.setVgrow(charts, Priority.ALWAYS);
        setId("charts");
        getChildren().addAll(key(), charts);
    }

    /** Every chart, in the order drawn from left to right. */
    private List<MarkedChart> charts() {
        return List.of(latency, availability, lesson, ratioLesson, throughput, errors);
    }

    /**
     * Titles the lesson chart, or hides it (and gives its room to the others) when there is no lesson
     * figure. A quotient is drawn on the logarithmic chart, which takes the lines over.
     */
    private void showLesson(String title, LessonScale scale) {
        MarkedChart wanted = scale == LessonScale.RATIO ? ratioLesson : lesson;
        if (wanted != lessonShown) {
            lessonShown.getData().removeAll(lessons);
            lessonShown.setStretches(List.of());
            wanted.getData().addAll(lessons);
            lessonShown = wanted;
        }
        for (MarkedChart chart : List.of(lesson, ratioLesson)) {
            chart.setVisible(title != null && chart == lessonShown);
            chart.setManaged(title != null && chart == lessonShown);
        }
        if (title != null && !title.equals(lessonShown.getTitle())) {
            lessonShown.setTitle(title);
            // A ratio is 0 to 100 % whatever it measured so far (a hit ratio never reads 125 %).
            if (scale == LessonScale.PERCENT) {
                lesson.percentAxis();
            } else if (scale == LessonScale.LINEAR) {
                lesson.fitAxis();
            }
        }
    }

    /** The chart of the lesson figure, for tests. */
    MarkedChart lessonChart() {
        return lessonShown;
    }

    /** The designs' colours, the SLO line, the no-success bar and the fault shading, once for all charts. */
    private FlowPane key() {
        // Wraps rather than widening the window: with six designs the key is wider than 1280 px.
        FlowPane key = new FlowPane();
        key.getStyleClass().add("chart-key");
        key.setId("chart-key");
        for (int i = 0; i < designs.size(); i++) {
            Line line = new Line(0, 0, 22, 0);
            line.setStroke(Palette.design(i));
            line.setStrokeWidth(4);
            Label label = new Label(designs.get(i), line);
            label.setId("design-" + i);
            label.getStyleClass().add("design-key");
            label.setTooltip(new javafx.scene.control.Tooltip("Click to hide or show this design's lines"));
            int design = i;
            label.setOnMouseClicked(e -> toggle(design));
            designKeys.add(label);
            key.getChildren().add(label);
        }
        Line slo = new Line(0, 0, 22, 0);
        slo.getStyleClass().add("slo-line");
        key.getChildren().add(new Label("SLO", slo));
        Rectangle bar = new Rectangle(22, 12, Palette.design(0));
        Label errors = new Label("no ok request / errors", bar);
        errors.setTooltip(new javafx.scene.control.Tooltip("Solid: requests finished and none succeeded. Pale: more"
                + " failed than the design's availability objective allows (99% without one); the p99 line counts"
                + " only successful requests, so it cannot show either"));
        key.getChildren().add(errors);
        Rectangle band = new Rectangle(22, 12);
        band.getStyleClass().add("fault-band");
        key.getChildren().add(new Label("fault in force", band));
        for (var item : key.getChildren()) {
            ((Label) item).setMinWidth(Label.USE_PREF_SIZE);
        }
        return key;
    }

    /**
     * Hides a design's lines on the per-design charts, or shows them again: with six designs on one
     * scale, a teacher picks the two the lesson compares (by its key entry, its client box or its
     * digit). A hidden design's points are taken out of the charts, not just made invisible, so it no
     * longer sets any chart's value range, cut or marks; its key entry stays, dimmed, so it can be
     * clicked back.
     */
    void toggle(int design) {
        if (design < 0 || design >= designs.size()) {
            return;
        }
        if (!hidden.remove(design)) {
            hidden.add(design);
        }
        designKeys.get(design).setOpacity(hidden.contains(design) ? 0.35 : 1);
        drawn = List.of();
        clearSeries();
        if (last != null) {
            render(last);
        }
    }

    /** Whether a design's lines are drawn. */
    boolean shows(int design) {
        return !hidden.contains(design);
    }

    /** The objectives drawn on the latency chart (p99, in ms) or the availability chart (in %). */
    static List<MarkedChart.Threshold> thresholds(List<Slo> slos, boolean availability) {
        Map<Double, List<String>> byValue = new LinkedHashMap<>();
        for (Slo slo : slos) {
            Double value = availability ? (slo.availability() == null ? null : slo.availability() * 100)
                    : (slo.p99() == null ? null : slo.p99().toNanos() / 1e6);
            if (value != null) {
                byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(slo.workload());
            }
        }
        List<MarkedChart.Threshold> thresholds = new ArrayList<>();
        byValue.forEach((value, workloads) -> {
            String number = availability ? String.format(Locale.ROOT, "≥ %s %%", plain(value))
                    : String.format(Locale.ROOT, "≤ %s ms", plain(value));
            String whose = byValue.size() == 1 ? "" : " (" + String.join(", ", workloads) + ")";
            thresholds.add(new MarkedChart.Threshold(value, "SLO " + (availability ? "" : "p99 ") + number + whose));
        });
        return thresholds;
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static XYChart.Series<Number, Number> series(String name) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        return series;
    }

    private void clearSeries() {
        for (List<XYChart.Series<Number, Number>> group : List.of(p99, ok, available, lessons,
                List.of(failed, timeouts))) {
            group.forEach(series -> series.getData().clear());
        }
    }

    void render(Snapshot snapshot) {
        last = snapshot;
        List<ChartPoint> chart = snapshot.chart();
        if (snapshot.run() != run || !revisesNothing(chart)) {
            run = snapshot.run();
            drawn = List.of();
            clearSeries();
        }
        for (int i = drawn.size(); i < chart.size(); i++) {
            ChartPoint point = chart.get(i);
            double t = point.endNanos() / 1e9;
            for (int d = 0; d < point.workloads().size() && d < designs.size(); d++) {
                if (hidden.contains(d)) {
                    continue;
                }
                WorkloadPoint w = point.workloads().get(d);
                add(p99.get(d), t, w.p99Ms());
                add(ok.get(d), t, w.okPerSec());
                add(available.get(d), t, w.availability() == null ? null : w.availability() * 100);
                // An unbounded value (no goodput) is marked along the top instead (ErrorStretches).
                add(lessons.get(d), t, w.lesson() == null || w.lesson().isInfinite() ? null : w.lesson());
            }
            add(failed, t, point.failedPerSec());
            add(timeouts, t, point.timeoutsPerSec());
        }
        if (drawn != chart) {
            ChartPoint last = chart.isEmpty() ? null : chart.get(chart.size() - 1);
            showLesson(last == null ? null : last.lessonTitle(),
                    last == null ? LessonScale.LINEAR : last.lessonScale());
            List<String> scores = Scoreboard.lines(designs.size(), chart);
            for (int d = 0; d < designs.size(); d++) {
                String score = scores.get(d);
                designKeys.get(d).setText(score.isEmpty() ? designs.get(d) : designs.get(d) + ": " + score);
            }
            latency.setStretches(ErrorStretches.of(chart, floors).stream().filter(st -> shows(st.design())).toList());
            lessonShown.setStretches(ErrorStretches.unboundedLesson(chart, designs.size()).stream()
                    .filter(st -> shows(st.design())).toList());
            Double top = LatencyCeiling.of(p99Values(chart, hidden), highestObjective);
            latency.setCeiling(top, top == null ? List.of()
                    : overflows(chart, top).stream().filter(o -> shows(o.design())).toList());
        }
        drawn = chart;
        List<Marker> markers = new ArrayList<>(notes);
        for (ScheduledFault fault : snapshot.faults()) {
            markers.add(new Marker(fault.atNanos(), MarkerKind.FAULT, fault.fault().describe()));
        }
        List<MarkedChart.Band> bands = merged(shading.at(snapshot.faults(), snapshot.nowNanos()));
        TimeWindow window = TimeWindow.of(snapshot.nowNanos(), snapshot.endNanos());
        for (MarkedChart c : charts()) {
            c.setMarkers(markers);
            c.setBands(bands);
            c.showTime(window);
        }
    }

    /**
     * The windows as shaded bands, overlapping ones merged: the same fault on three designs at once
     * is one stretch of trouble, not a band three times as dark.
     */
    static List<MarkedChart.Band> merged(List<FaultWindow> windows) {
        List<MarkedChart.Band> bands = new ArrayList<>();
        double from = 0;
        double to = -1;
        for (FaultWindow window : windows) {
            double start = window.startNanos() / 1e9;
            double end = window.endNanos() / 1e9;
            if (to >= 0 && start <= to) {
                to = Math.max(to, end);
            } else {
                if (to >= 0) {
                    bands.add(new MarkedChart.Band(from, to));
                }
                from = start;
                to = end;
            }
        }
        if (to >= 0) {
            bands.add(new MarkedChart.Band(from, to));
        }
        return bands;
    }

    /** The p99 values of every design not in {@code hidden}: a hidden design must not set the axis' cut. */
    static List<Double> p99Values(List<ChartPoint> chart, java.util.Set<Integer> hidden) {
        List<Double> values = new ArrayList<>();
        for (ChartPoint point : chart) {
            for (int d = 0; d < point.workloads().size(); d++) {
                if (!hidden.contains(d)) {
                    values.add(point.workloads().get(d).p99Ms());
                }
            }
        }
        return values;
    }

    /**
     * For each design, each run of consecutive intervals whose p99 is above {@code top}, marked at
     * its highest point with that height.
     */
    static List<MarkedChart.Overflow> overflows(List<ChartPoint> chart, double top) {
        List<MarkedChart.Overflow> marks = new ArrayList<>();
        int designs = chart.isEmpty() ? 0 : chart.get(0).workloads().size();
        for (int d = 0; d < designs; d++) {
            ChartPoint peak = null;
            for (ChartPoint point : chart) {
                Double v = d < point.workloads().size() ? point.workloads().get(d).p99Ms() : null;
                if (v != null && v > top) {
                    if (peak == null || v > peak.workloads().get(d).p99Ms()) {
                        peak = point;
                    }
                } else if (peak != null) {
                    marks.add(mark(peak, d));
                    peak = null;
                }
            }
            if (peak != null) {
                marks.add(mark(peak, d));
            }
        }
        marks.sort(java.util.Comparator.comparingDouble(MarkedChart.Overflow::seconds));
        return marks;
    }

    private static MarkedChart.Overflow mark(ChartPoint point, int design) {
        double value = point.workloads().get(design).p99Ms();
        String label = value >= 100 ? String.format(Locale.ROOT, "%,.0f ms", value) : String.format(Locale.ROOT, "%.1f ms", value);
        return new MarkedChart.Overflow(point.endNanos() / 1e9, label, design);
    }

    /** Whether {@code chart} only adds points to those drawn, without changing one. */
    private boolean revisesNothing(List<ChartPoint> chart) {
        if (chart == drawn) {
            return true;
        }
        if (chart.size() < drawn.size()) {
            return false;
        }
        for (int i = drawn.size() - 1; i >= 0; i--) {
            if (!drawn.get(i).equals(chart.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static void add(XYChart.Series<Number, Number> series, double t, Double value) {
        if (value != null) {
            series.getData().add(new XYChart.Data<>(t, value));
        }
    }
}
