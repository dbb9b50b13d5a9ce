package org.distsim.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.Line;
import org.distsim.ui.live.Marker;

/** A line chart over simulated time with vertical markers for faults (solid red) and notes (dashed blue). */
final class MarkedChart extends LineChart<Number, Number> {

    private final List<Marker> markers = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();

    MarkedChart(String title, String styleClass, double endSeconds, String yLabel) {
        super(timeAxis(endSeconds), valueAxis(yLabel));
        setTitle(title);
        getStyleClass().add(styleClass);
        setAnimated(false);
        setCreateSymbols(false);
        setLegendVisible(false);
        setHorizontalGridLinesVisible(true);
        setVerticalGridLinesVisible(false);
    }

    private static NumberAxis timeAxis(double endSeconds) {
        NumberAxis axis = new NumberAxis(0, endSeconds, niceTick(endSeconds / 5));
        axis.setAnimated(false);
        return axis;
    }

    /** A fixed 0 to 100 axis, for percentages. */
    void percentAxis() {
        NumberAxis axis = (NumberAxis) getYAxis();
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(100);
        axis.setTickUnit(25);
    }

    private static NumberAxis valueAxis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setAnimated(false);
        axis.setForceZeroInRange(true);
        axis.setLabel(label);
        return axis;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceTick(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= raw) {
                return step * power;
            }
        }
        return 10 * power;
    }

    void setMarkers(List<Marker> next) {
        if (next.equals(markers)) {
            return;
        }
        markers.clear();
        markers.addAll(next);
        getPlotChildren().removeAll(lines);
        lines.clear();
        for (Marker marker : markers) {
            Line line = new Line();
            line.getStyleClass().add(marker.kind() == Marker.Kind.FAULT ? "marker-fault" : "marker-note");
            line.setManaged(false);
            lines.add(line);
        }
        getPlotChildren().addAll(lines);
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis x = (NumberAxis) getXAxis();
        double height = getYAxis().getHeight();
        for (int i = 0; i < markers.size(); i++) {
            double position = x.getDisplayPosition(markers.get(i).atNanos() / 1e9);
            Line line = lines.get(i);
            line.setStartX(position);
            line.setEndX(position);
            line.setStartY(0);
            line.setEndY(height);
            line.toFront();
        }
    }
}
