package org.distsim.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.Line;
import org.distsim.core.facts.Marker;
import org.distsim.core.facts.MarkerKind;
import org.distsim.ui.model.TimeWindow;

/**
 * A line chart over simulated time with vertical markers for faults (solid red) and notes (dashed
 * blue); the time axis shows the {@link TimeWindow} it is given.
 */
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
        TimeWindow window = TimeWindow.of(0, Math.round(endSeconds * 1e9));
        NumberAxis axis = new NumberAxis(window.lowerSeconds(), window.upperSeconds(), window.tickSeconds());
        axis.setAnimated(false);
        return axis;
    }

    /** Shows this span of simulated time (a no-op when it is shown already). */
    void showTime(TimeWindow window) {
        NumberAxis axis = (NumberAxis) getXAxis();
        if (axis.getLowerBound() != window.lowerSeconds() || axis.getUpperBound() != window.upperSeconds()
                || axis.getTickUnit() != window.tickSeconds()) {
            axis.setLowerBound(window.lowerSeconds());
            axis.setUpperBound(window.upperSeconds());
            axis.setTickUnit(window.tickSeconds());
        }
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
            line.getStyleClass().add(marker.kind() == MarkerKind.FAULT ? "marker-fault" : "marker-note");
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
