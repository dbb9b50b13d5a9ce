package org.distsim.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.TimeSeries;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The live chart of the lesson figure: chosen by role as the end card chooses, drawn per design. */
class LessonSeriesTest {

    private static RunResult saga;
    private static List<String> designs;

    @BeforeAll
    static void runTheSaga() throws IOException, ScenarioException {
        Path file = Path.of(System.getProperty("distsim.root", "..")).resolve("scenarios/checkout-saga.yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        saga = ScenarioRunner.run(ScenarioLoader.load(file.toString(), text, List.of()), RunOptions.defaults());
        designs = List.copyOf(saga.workloads().keySet());
    }

    private static LessonSeries chart(TimeSeries series) {
        return LessonSeries.of(saga.facts().topology(), designs, series);
    }

    @Test
    void theSagaChartDrawsTheFigureTheEndCardLeadsWith_eachDesignsOwnOrderService() {
        LessonSeries lesson = chart(saga.series());
        assertNotNull(lesson);
        FigureSpec inconsistent = saga.nodes().get("order-once").figures().figure("inconsistent").spec();
        assertEquals(inconsistent, lesson.spec());
        assertTrue(LessonFigures.of(saga, 20).get(0).contains(" " + inconsistent.label() + " at order-"),
                LessonFigures.of(saga, 20).toString());
        assertEquals(inconsistent.label() + "/s", lesson.title());
        assertEquals("node.order-" + designs.get(0).substring("shoppers-".length()) + ".inconsistent",
                lesson.designs().get(0).key());
        assertEquals("node.order-once.inconsistent", lesson.designs().get(designs.indexOf("shoppers-once")).key());
        // A count is drawn per second of its interval.
        int once = designs.indexOf("shoppers-once");
        TimeSeries.Column column = lesson.designs().get(once);
        int busiest = 0;
        for (int i = 0; i < column.values().size(); i++) {
            if (column.values().get(i) != null && column.values().get(i) > column.values().get(busiest)) {
                busiest = i;
            }
        }
        double seconds = saga.series().intervalNanos() / 1e9;
        assertTrue(column.values().get(busiest) > 0, "the once design leaves orders inconsistent");
        assertEquals(column.values().get(busiest) / seconds, lesson.value(once, busiest, seconds), 1e-9);
    }

    @Test
    void renamingEveryFigureChangesNothing_butDeclaringItsRoleAsLoadDoes() {
        Map<FigureSpec, FigureSpec> renamed = new LinkedHashMap<>();
        TimeSeries anonymous = mapSpecs(saga.series(), spec -> renamed.computeIfAbsent(spec, s -> new FigureSpec(
                "figure" + renamed.size(), s.kind(), s.unit(), s.role(), s.headline(), s.label(), s.doc(), s.per(),
                s.window())));
        LessonSeries named = chart(saga.series());
        LessonSeries nameless = chart(anonymous);
        assertEquals(named.title(), nameless.title());
        for (int d = 0; d < designs.size(); d++) {
            assertEquals(named.designs().get(d).values(), nameless.designs().get(d).values());
            assertEquals(named.designs().get(d).owner(), nameless.designs().get(d).owner());
        }
        TimeSeries asLoad = mapSpecs(saga.series(), spec -> spec.equals(named.spec()) ? new FigureSpec(spec.name(),
                spec.kind(), spec.unit(), Role.LOAD, spec.headline(), spec.label(), spec.doc(), spec.per(),
                spec.window()) : spec);
        assertNotEquals(named.spec().label(), chart(asLoad).spec().label());
    }

    @Test
    void aRunWithoutAnyFigureOfALessonsRoleHasNoLessonChart() {
        TimeSeries loadOnly = mapSpecs(saga.series(), spec -> LessonFigures.ROLES.contains(spec.role())
                ? new FigureSpec(spec.name(), spec.kind(), spec.unit(), Role.LOAD, spec.headline(), spec.label(),
                        spec.doc(), spec.per(), spec.window()) : spec);
        assertNull(chart(loadOnly));
    }

    private static TimeSeries mapSpecs(TimeSeries series, UnaryOperator<FigureSpec> map) {
        return new TimeSeries(series.intervalNanos(), series.startNanos(), series.columns().stream()
                .map(c -> new TimeSeries.Column(c.scope(), c.owner(), map.apply(c.spec()), c.qualifier(), c.values()))
                .toList());
    }
}
