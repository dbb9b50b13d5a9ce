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
import javafx.scene.chart.NumberAxis;
import javafx.stage.Stage;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioFacts;
import org.distsim.models.scenario.ScenarioLoader;
import org.distsim.ui.live.ChartPoint;
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
                    new WorkloadPoint(25.0, 1.0, 100, 100, 4.0)), "retries/s", false));
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
                    new WorkloadPoint(5.0, 1.0, 100, 100, 30.0)), "hit ratio (%)", true));
        }
        return new Snapshot(1, 10_000_000_000L, 60_000_000_000L, 1, Mode.PAUSED, 1, null, List.of(), Map.of(),
                List.of(), 0, chart, List.of(), List.of(), "", null);
    }

    private double top(String chartClass) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            charts.applyCss();
            charts.layout();
            MarkedChart chart = (MarkedChart) charts.lookup("." + chartClass);
            return ((NumberAxis) chart.getYAxis()).getUpperBound();
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
