package org.distsim.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.chart.ValueAxis;
import javafx.stage.Stage;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioFacts;
import org.distsim.models.scenario.ScenarioLoader;
import org.distsim.ui.live.ChartPoint;
import org.distsim.ui.live.LessonScale;
import org.distsim.ui.live.Mode;
import org.distsim.ui.live.Snapshot;
import org.distsim.ui.live.WorkloadPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The charts' value ranges under TestFX, headless: a hidden design sets none of them. */
@ExtendWith(ApplicationExtension.class)
class ChartsPaneRangeTest {

    private ChartsPane charts;

    @Start
    void start(Stage stage) throws IOException, ScenarioException {
        Path file = Path.of(System.getProperty("distsim.root", "..")).resolve("scenarios/retry-storm.yaml");
        Scenario scenario = ScenarioLoader.load(file.toString(), Files.readString(file, StandardCharsets.UTF_8),
                List.of());
        charts = new ChartsPane(scenario, ScenarioFacts.of(scenario, scenario.durationNanos()));
        stage.setScene(new Scene(charts, 1280, 400));
        stage.show();
    }

    /** Forty seconds in which the first design's p99 is 5 s and its lesson figure 10,000, the others' small. */
    private static Snapshot collapsedFirstDesign() {
        List<ChartPoint> chart = new ArrayList<>();
        for (int s = 1; s <= 40; s++) {
            chart.add(new ChartPoint(s * 1_000_000_000L, null, null, null, 0, 0, 0, null, List.of(
                    new WorkloadPoint(5000.0, 0.5, 100, 50, 10_000.0), new WorkloadPoint(20.0, 1.0, 100, 100, 3.0),
                    new WorkloadPoint(25.0, 1.0, 100, 100, 4.0)), "retries/s", LessonScale.LINEAR));
        }
        return new Snapshot(1, 40_000_000_000L, 60_000_000_000L, 1, Mode.PAUSED, 1, null, List.of(), Map.of(),
                List.of(), 0, chart, List.of(), List.of(), "", null);
    }

    /** Ten seconds of a ratio lesson figure (a hit ratio) between 20 and 30 %. */
    private static Snapshot hitRatios() {
        List<ChartPoint> chart = new ArrayList<>();
        for (int s = 1; s <= 10; s++) {
            chart.add(new ChartPoint(s * 1_000_000_000L, null, null, null, 0, 0, 0, null, List.of(
                    new WorkloadPoint(5.0, 1.0, 100, 100, 20.0), new WorkloadPoint(5.0, 1.0, 100, 100, 25.0),
                    new WorkloadPoint(5.0, 1.0, 100, 100, 30.0)), "hit ratio (%)", LessonScale.PERCENT));
        }
        return new Snapshot(1, 10_000_000_000L, 60_000_000_000L, 1, Mode.PAUSED, 1, null, List.of(), Map.of(),
                List.of(), 0, chart, List.of(), List.of(), "", null);
    }

    /** Forty seconds of retry amplification: the first design's 55 (naive), the others' 1.01 and 1.3. */
    private static Snapshot amplification() {
        List<ChartPoint> chart = new ArrayList<>();
        for (int s = 1; s <= 40; s++) {
            chart.add(new ChartPoint(s * 1_000_000_000L, null, null, null, 0, 0, 0, null, List.of(
                    new WorkloadPoint(50.0, 0.9, 100, 90, 55.0), new WorkloadPoint(20.0, 1.0, 100, 100, 1.3),
                    new WorkloadPoint(25.0, 1.0, 100, 100, 1.01)), "retry amplification", LessonScale.RATIO));
        }
        return new Snapshot(1, 40_000_000_000L, 60_000_000_000L, 1, Mode.PAUSED, 1, null, List.of(), Map.of(),
                List.of(), 0, chart, List.of(), List.of(), "", null);
    }

    @Test
    void anAmplificationOf55LeavesRoomForOneOf1_onALogarithmicAxisTicked1To50() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> charts.render(amplification())).get();
        List<Double> shown = WaitForAsyncUtils.asyncFx(() -> {
            charts.applyCss();
            charts.layout();
            MarkedChart chart = charts.lessonChart();
            ValueAxis<Number> axis = (ValueAxis<Number>) chart.getYAxis();
            double height = axis.getHeight();
            // Where 1 and 1.3 sit, as a share of the plot's height from its floor.
            double one = (axis.getDisplayPosition(0) - axis.getDisplayPosition(1.01)) / height;
            double plain = (axis.getDisplayPosition(0) - axis.getDisplayPosition(1.3)) / height;
            List<Double> values = new ArrayList<>(List.of(one, plain, chart.isVisible() ? 1.0 : 0.0));
            axis.getTickMarks().forEach(t -> values.add(t.getValue().doubleValue()));
            return values;
        }).get();
        assertEquals("retry amplification", WaitForAsyncUtils.asyncFx(() -> charts.lessonChart().getTitle()).get());
        assertEquals(1.0, shown.get(2), "the logarithmic chart is the one shown");
        // On a linear axis up to 55, 1 sits 2 % up the plot, on the floor; here it has a sixth of it.
        assertTrue(shown.get(0) > 0.15, "1.01 sits " + shown.get(0) + " of the way up");
        assertTrue(shown.get(1) - shown.get(0) > 0.03, "1.3 is visibly above 1.01: " + shown);
        List<Double> ticks = shown.subList(3, shown.size());
        for (double tick : new double[] {1, 2, 5, 10, 50}) {
            assertTrue(ticks.contains(tick), "tick " + tick + " among " + ticks);
        }
    }

    @Test
    void aCountAfterARatioIsDrawnOnTheLinearChartAgain() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> charts.render(amplification())).get();
        WaitForAsyncUtils.asyncFx(() -> charts.render(collapsedFirstDesign())).get();
        assertEquals("lesson-chart", WaitForAsyncUtils.asyncFx(() -> charts.lessonChart().getId()).get());
        assertTrue(top("lesson") >= 10_000, "the count's lines are on the linear chart: " + top("lesson"));
    }

    private double top(String chartClass) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            charts.applyCss();
            charts.layout();
            MarkedChart chart = (MarkedChart) charts.lookup("." + chartClass);
            return ((ValueAxis<Number>) chart.getYAxis()).getUpperBound();
        }).get();
    }

    @Test
    void aHiddenDesignNoLongerSetsTheRangeOfTheLatencyOrTheLessonChart() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> charts.render(collapsedFirstDesign())).get();
        assertTrue(top("latency") >= 5000, "the collapsed design's 5 s is in range: " + top("latency"));
        assertTrue(top("lesson") >= 10_000, "and its 10,000 retries/s: " + top("lesson"));
        assertEquals("retries/s", WaitForAsyncUtils.asyncFx(() -> charts.lessonChart().getTitle()).get());
        WaitForAsyncUtils.asyncFx(() -> charts.toggle(0)).get();
        assertTrue(top("latency") < 200, "the shown designs' 20-25 ms and the 100 ms SLO set it: " + top("latency"));
        assertTrue(top("lesson") < 10, "the shown designs' 3-4 retries/s set it: " + top("lesson"));
        WaitForAsyncUtils.asyncFx(() -> charts.toggle(0)).get();
        assertTrue(top("latency") >= 5000, "shown again: " + top("latency"));
    }

    @Test
    void aRatioLessonFigureIsDrawnOnA0To100Axis_andACountOnAFittedOne() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> charts.render(hitRatios())).get();
        assertEquals(100, top("lesson"), "a ratio's axis is the whole 0 to 100 %, not fitted to 30 %");
        WaitForAsyncUtils.asyncFx(() -> charts.render(collapsedFirstDesign())).get();
        assertTrue(top("lesson") >= 10_000, "a count fits its values again: " + top("lesson"));
    }
}
