package org.distsim.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.distsim.core.facts.Marker;
import org.distsim.ui.live.ChartPoint;
import org.distsim.ui.live.Snapshot;
import org.distsim.ui.model.TimeWindow;

/**
 * The four live charts, one point per closed interval: latency percentiles of the primary
 * workload, throughput, errors by outcome and availability, with fault and note markers. An
 * outcome counts in the interval its request was due in, so a late one revises a point already
 * drawn: the charts are then drawn again from the start.
 */
final class ChartsPane extends HBox {

    private final MarkedChart latency;
    private final MarkedChart throughput;
    private final MarkedChart errors;
    private final MarkedChart availability;
    private final XYChart.Series<Number, Number> p50 = series("p50");
    private final XYChart.Series<Number, Number> p95 = series("p95");
    private final XYChart.Series<Number, Number> p99 = series("p99");
    private final XYChart.Series<Number, Number> ok = series("ok/s");
    private final XYChart.Series<Number, Number> failed = series("failed/s");
    private final XYChart.Series<Number, Number> timeouts = series("timed out/s");
    private final XYChart.Series<Number, Number> available = series("availability %");
    private final List<Marker> notes;
    private int run;
    private List<ChartPoint> drawn = List.of();

    ChartsPane(double endSeconds, String primaryWorkload, List<Marker> notes) {
        this.notes = List.copyOf(notes);
        latency = new MarkedChart("latency of " + primaryWorkload + " (ms)", "latency", endSeconds, "");
        throughput = new MarkedChart("throughput (ok/s)", "throughput", endSeconds, "");
        errors = new MarkedChart("errors (per s)", "errors", endSeconds, "");
        availability = new MarkedChart("availability (%)", "availability", endSeconds, "");
        latency.getData().addAll(List.of(p50, p95, p99));
        latency.setLegendVisible(true);
        throughput.getData().add(ok);
        errors.getData().addAll(List.of(failed, timeouts));
        errors.setLegendVisible(true);
        availability.getData().add(available);
        availability.percentAxis();
        setId("charts");
        setSpacing(4);
        for (MarkedChart chart : List.of(latency, throughput, errors, availability)) {
            HBox.setHgrow(chart, Priority.ALWAYS);
            chart.setMinWidth(200);
            chart.setPrefWidth(400);
        }
        getChildren().addAll(latency, throughput, errors, availability);
    }

    private static XYChart.Series<Number, Number> series(String name) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        return series;
    }

    void render(Snapshot snapshot) {
        List<ChartPoint> chart = snapshot.chart();
        if (snapshot.run() != run || !revisesNothing(chart)) {
            run = snapshot.run();
            drawn = List.of();
            for (XYChart.Series<Number, Number> series : List.of(p50, p95, p99, ok, failed, timeouts, available)) {
                series.getData().clear();
            }
        }
        for (int i = drawn.size(); i < chart.size(); i++) {
            ChartPoint point = chart.get(i);
            double t = point.endNanos() / 1e9;
            add(p50, t, point.p50Ms());
            add(p95, t, point.p95Ms());
            add(p99, t, point.p99Ms());
            add(ok, t, point.throughput());
            add(failed, t, point.failedPerSec());
            add(timeouts, t, point.timeoutsPerSec());
            add(available, t, point.availability() == null ? null : point.availability() * 100);
        }
        drawn = chart;
        List<Marker> markers = new ArrayList<>(notes);
        markers.addAll(snapshot.faults());
        TimeWindow window = TimeWindow.of(snapshot.nowNanos(), snapshot.endNanos());
        for (MarkedChart c : List.of(latency, throughput, errors, availability)) {
            c.setMarkers(markers);
            c.showTime(window);
        }
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
