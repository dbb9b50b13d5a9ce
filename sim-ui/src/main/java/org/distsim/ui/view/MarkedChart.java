package org.distsim.ui.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.distsim.core.facts.Marker;
import org.distsim.core.facts.MarkerKind;
import org.distsim.ui.model.TimeWindow;

/**
 * A line chart over simulated time with vertical markers for faults (solid red) and notes (dashed
 * blue), shaded bands where a fault is in force, dashed horizontal objective lines (the SLO), and
 * coloured bars along the top where a design had requests finish and none succeed; the time axis
 * shows the {@link TimeWindow} it is given.
 */
final class MarkedChart extends LineChart<Number, Number> {

    /** A value above the cut axis: when, how high (as written), and whose. */
    record Overflow(double seconds, String label, int design) {
    }

    /** A stretch of time shaded because a fault is in force. */
    record Band(double fromSeconds, double toSeconds) {
    }

    /** A horizontal objective line and its label. */
    record Threshold(double value, String label) {
    }

    /**
     * A stretch where design {@code design} had requests finish and too few succeed, labelled
     * ({@code no ok request}, {@code errors up to 25%}); {@code none} when none succeeded.
     */
    record Stretch(double fromSeconds, double toSeconds, int design, String label, boolean none) {
    }

    private static final double STRETCH_HEIGHT = 15;

    private final List<Marker> markers = new ArrayList<>();
    private List<Band> bands = List.of();
    private List<Threshold> thresholds = List.of();
    private List<Stretch> stretches = List.of();
    private final List<Rectangle> bandShapes = new ArrayList<>();
    private final List<Line> thresholdLines = new ArrayList<>();
    private final List<Text> thresholdLabels = new ArrayList<>();
    private final List<Rectangle> stretchShapes = new ArrayList<>();
    private final List<Text> stretchLabels = new ArrayList<>();
    private List<Overflow> overflows = List.of();
    private final List<Text> overflowLabels = new ArrayList<>();
    /** Holds each threshold as data, so that the value axis ranges up to it; never drawn. */
    private final XYChart.Series<Number, Number> range = new XYChart.Series<>();
    private final List<Line> lines = new ArrayList<>();

    MarkedChart(String title, String styleClass, double endSeconds, String yLabel) {
        this(title, styleClass, endSeconds, valueAxis(yLabel));
    }

    /** A chart over {@code valueAxis}, such as a {@link RatioAxis} for quotients. */
    MarkedChart(String title, String styleClass, double endSeconds, javafx.scene.chart.ValueAxis<Number> valueAxis) {
        super(timeAxis(endSeconds), valueAxis);
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

    /** An axis that fits every value again, after {@link #percentAxis}. */
    void fitAxis() {
        ((NumberAxis) getYAxis()).setAutoRanging(true);
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

    /** Shades these fault windows (a no-op when they are shaded already). */
    void setBands(List<Band> next) {
        if (next.equals(bands)) {
            return;
        }
        bands = List.copyOf(next);
        getPlotChildren().removeAll(bandShapes);
        bandShapes.clear();
        for (int i = 0; i < bands.size(); i++) {
            Rectangle shape = new Rectangle();
            shape.getStyleClass().add("fault-band");
            shape.setManaged(false);
            shape.setMouseTransparent(true);
            bandShapes.add(shape);
        }
        getPlotChildren().addAll(0, bandShapes);
        requestChartLayout();
    }

    /** Draws these objective lines, and ranges the value axis up to them. Call once the series are added. */
    void setThresholds(List<Threshold> next) {
        if (next.equals(thresholds)) {
            return;
        }
        thresholds = List.copyOf(next);
        getPlotChildren().removeAll(thresholdLines);
        getPlotChildren().removeAll(thresholdLabels);
        thresholdLines.clear();
        thresholdLabels.clear();
        getData().remove(range);
        range.getData().clear();
        for (Threshold threshold : thresholds) {
            Line line = new Line();
            line.getStyleClass().add("slo-line");
            line.setManaged(false);
            Text label = new Text(threshold.label());
            label.getStyleClass().add("slo-label");
            label.setManaged(false);
            thresholdLines.add(line);
            thresholdLabels.add(label);
            range.getData().add(new XYChart.Data<>(0, threshold.value() * 1.08));
        }
        if (!thresholds.isEmpty()) {
            getData().add(range);
            range.getNode().setVisible(false);
        }
        getPlotChildren().addAll(thresholdLines);
        getPlotChildren().addAll(thresholdLabels);
        requestChartLayout();
    }

    /**
     * Cuts the value axis at {@code top} (null: fit every value) and marks each value above it with
     * a triangle and its height at the top of the plot, in its design's colour, so a line cut by
     * the axis still says how high it went.
     */
    void setCeiling(Double top, List<Overflow> next) {
        NumberAxis axis = (NumberAxis) getYAxis();
        if (top == null) {
            axis.setAutoRanging(true);
        } else {
            axis.setAutoRanging(false);
            axis.setLowerBound(0);
            axis.setUpperBound(top);
            axis.setTickUnit(org.distsim.ui.model.LatencyCeiling.tickStep(top).doubleValue());
        }
        if (next.equals(overflows)) {
            return;
        }
        overflows = List.copyOf(next);
        getPlotChildren().removeAll(overflowLabels);
        overflowLabels.clear();
        for (Overflow overflow : overflows) {
            Text label = new Text("▲ " + overflow.label());
            label.getStyleClass().add("overflow-label");
            label.setFill(Palette.design(overflow.design()));
            label.setManaged(false);
            overflowLabels.add(label);
        }
        getPlotChildren().addAll(overflowLabels);
        requestChartLayout();
    }

    /** Marks these stretches of no successful request along the top of the plot. */
    void setStretches(List<Stretch> next) {
        if (next.equals(stretches)) {
            return;
        }
        stretches = List.copyOf(next);
        getPlotChildren().removeAll(stretchShapes);
        getPlotChildren().removeAll(stretchLabels);
        stretchShapes.clear();
        stretchLabels.clear();
        for (Stretch stretch : stretches) {
            Rectangle shape = new Rectangle();
            shape.setFill(Palette.design(stretch.design()));
            // Pale where some requests succeeded: the line is there but tells only of them.
            shape.setOpacity(stretch.none() ? 1 : 0.45);
            shape.setManaged(false);
            Text label = new Text(stretch.label());
            label.getStyleClass().add("no-success-label");
            label.setManaged(false);
            stretchShapes.add(shape);
            stretchLabels.add(label);
        }
        getPlotChildren().addAll(stretchShapes);
        getPlotChildren().addAll(stretchLabels);
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis time = (NumberAxis) getXAxis();
        javafx.scene.chart.Axis<Number> value = getYAxis();
        double plotHeight = value.getHeight();
        double plotWidth = time.getWidth();
        for (int i = 0; i < bands.size(); i++) {
            double from = clamp(time.getDisplayPosition(bands.get(i).fromSeconds()), plotWidth);
            double to = clamp(time.getDisplayPosition(bands.get(i).toSeconds()), plotWidth);
            Rectangle shape = bandShapes.get(i);
            shape.setX(from);
            shape.setY(0);
            shape.setWidth(Math.max(0, to - from));
            shape.setHeight(plotHeight);
            shape.toBack();
        }
        for (int i = 0; i < thresholds.size(); i++) {
            double y = value.getDisplayPosition(thresholds.get(i).value());
            Line line = thresholdLines.get(i);
            line.setStartX(0);
            line.setEndX(plotWidth);
            line.setStartY(y);
            line.setEndY(y);
            line.toFront();
            Text label = thresholdLabels.get(i);
            String full = thresholds.get(i).label();
            label.setText(ThresholdLabel.fit(full, plotWidth - 6, text -> {
                label.setText(text);
                return label.getLayoutBounds().getWidth();
            }));
            label.setX(Math.max(2, plotWidth - label.getLayoutBounds().getWidth() - 4));
            // Above the line, or below it when the line runs along the top of the plot.
            double above = y - 4;
            label.setY(above - label.getLayoutBounds().getHeight() < 0 ? y + label.getLayoutBounds().getHeight() : above);
            label.toFront();
        }
        for (int i = 0; i < stretches.size(); i++) {
            Stretch stretch = stretches.get(i);
            double from = clamp(time.getDisplayPosition(stretch.fromSeconds()), plotWidth);
            double to = clamp(time.getDisplayPosition(stretch.toSeconds()), plotWidth);
            // Each design has its own row, so two collapsing designs do not hide each other.
            double top = 1 + (stretch.design() % 4) * (STRETCH_HEIGHT + 1);
            Rectangle shape = stretchShapes.get(i);
            shape.setX(from);
            shape.setY(top);
            shape.setWidth(Math.max(2, to - from));
            shape.setHeight(STRETCH_HEIGHT);
            shape.toFront();
            Text label = stretchLabels.get(i);
            label.setX(from + 3);
            label.setY(top + STRETCH_HEIGHT - 3);
            label.setVisible(to - from > label.getLayoutBounds().getWidth() + 6);
            label.toFront();
        }
        double lastRight = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < overflows.size(); i++) {
            Text label = overflowLabels.get(i);
            double x = clamp(time.getDisplayPosition(overflows.get(i).seconds()), plotWidth);
            double width = label.getLayoutBounds().getWidth();
            double left = Math.min(Math.max(0, x - width / 2), Math.max(0, plotWidth - width));
            label.setX(left);
            label.setY(label.getLayoutBounds().getHeight() + STRETCH_HEIGHT * 4 + 6);
            // A mark that would overlap the one before is left out, so marks never cover each other;
            // overflows() keeps the highest point of each stretch, so the tallest ones come first.
            label.setVisible(left > lastRight + 4);
            if (label.isVisible()) {
                lastRight = left + width;
            }
            label.toFront();
        }
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

    private static double clamp(double x, double width) {
        return Math.max(0, Math.min(width, x));
    }
}
