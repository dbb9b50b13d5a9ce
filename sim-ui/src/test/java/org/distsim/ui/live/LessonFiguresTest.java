package org.distsim.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.distsim.core.figure.Figure;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Unit;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.WorkloadResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lesson's numbers on the end card: picked by each figure's declared role, per design. */
class LessonFiguresTest {

    private static RunResult saga;

    @BeforeAll
    static void runTheSaga() throws IOException, ScenarioException {
        Path file = Path.of(System.getProperty("distsim.root", "..")).resolve("scenarios/checkout-saga.yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        saga = ScenarioRunner.run(ScenarioLoader.load(file.toString(), text, List.of()), RunOptions.defaults());
    }

    @Test
    void theSagaCardShowsTheInconsistentOrdersOfTheOnceDesign_andNoneForTheRetriedOne() {
        List<String> lessons = EndCard.of(saga).lessons();
        assertEquals(2, lessons.size(), lessons.toString());
        String once = lessons.stream().filter(l -> l.startsWith("shoppers-once: ")).findFirst().orElseThrow();
        String retry = lessons.stream().filter(l -> l.startsWith("shoppers-retry: ")).findFirst().orElseThrow();
        long inconsistent = (Long) saga.nodes().get("order-once").figures().get("inconsistent");
        assertTrue(inconsistent > 0, "the once design leaves orders inconsistent");
        assertTrue(once.startsWith("shoppers-once: " + inconsistent + " inconsistent at order-once, "), once);
        assertTrue(retry.startsWith("shoppers-retry: 0 inconsistent at order-retry, "), retry);
        // Both designs compensate about 520 failed orders: a count that tells them apart comes first.
        assertFalse(once.split(", ")[1].endsWith(" compensations at order-once"), once);
        assertFalse(once.contains("-retry"), "a design shows only the nodes on its path: " + once);
    }

    @Test
    void aCardNeverPicksAFigureByItsName() {
        // Every figure renamed (its label kept): the same lines, so no name was matched.
        Map<FigureSpec, FigureSpec> renamed = new LinkedHashMap<>();
        RunResult anonymous = mapSpecs(saga, spec -> renamed.computeIfAbsent(spec, s -> new FigureSpec(
                "figure" + renamed.size(), s.kind(), s.unit(), s.role(), s.headline(), s.label(), s.doc(), s.per(),
                s.window(), s.derivation())));
        assertEquals(LessonFigures.of(saga, 20), LessonFigures.of(anonymous, 20));
        // The inconsistent orders declared as load instead: gone, though the name is unchanged.
        RunResult asLoad = mapSpecs(saga, spec -> spec.name().equals("inconsistent") ? new FigureSpec(spec.name(),
                spec.kind(), spec.unit(), Role.LOAD, spec.headline(), spec.label(), spec.doc(), spec.per(),
                spec.window()) : spec);
        assertTrue(LessonFigures.of(saga, 20).get(0).contains(" inconsistent "), LessonFigures.of(saga, 20).toString());
        assertFalse(String.join("\n", LessonFigures.of(asLoad, 20)).contains(" inconsistent "),
                LessonFigures.of(asLoad, 20).toString());
    }

    @Test
    void theLinesTakeNoMoreRowsThanTheCardLeaves_fewerFiguresFirstThenFewerDesigns() {
        List<String> all = LessonFigures.of(saga, 20);
        List<String> two = LessonFigures.of(saga, 2);
        assertTrue(LessonFigures.rows(two) <= 2, two.toString());
        assertFalse(two.isEmpty(), "one figure of one design fits two rows");
        assertTrue(two.get(0).contains(" inconsistent at order-"), two.toString());
        assertTrue(LessonFigures.rows(two) < LessonFigures.rows(all), all + " / " + two);
        assertEquals(List.of(), LessonFigures.of(saga, 0));
    }

    @Test
    void valuesAreWrittenWithTheirUnitsInAtMostThreeSignificantDigits() {
        assertEquals("29", LessonFigures.format(Unit.ONE, 29L));
        assertEquals("83.3%", LessonFigures.format(Unit.FRACTION, 0.83333));
        assertEquals("4.21 ms", LessonFigures.format(Unit.MILLISECONDS, 4.2149));
        assertEquals("1235", LessonFigures.format(Unit.ONE, 1234.6));
        assertEquals("11456 s", LessonFigures.format(Unit.MICROSECONDS, 11_456_169_250L));
        assertEquals("1.5 s", LessonFigures.format(Unit.MILLISECONDS, 1500.0));
        assertEquals("<0.01 ms", LessonFigures.format(Unit.MILLISECONDS, 0.001));
        assertEquals("n/a", LessonFigures.format(Unit.ONE, null));
    }

    private static RunResult mapSpecs(RunResult result, UnaryOperator<FigureSpec> map) {
        Map<String, WorkloadResult> workloads = new LinkedHashMap<>();
        result.workloads().forEach((name, w) -> workloads.put(name, new WorkloadResult(w.type(), w.requests(), w.ok(),
                w.failed(), w.failedByReason(), w.unknown(), w.inFlight(), w.availability(), w.throughputRps(),
                w.latency(), mapValues(w.figures(), map), w.histogram())));
        Map<String, NodeResult> nodes = new LinkedHashMap<>();
        result.nodes().forEach((name, n) -> nodes.put(name, new NodeResult(n.type(), mapValues(n.figures(), map),
                n.curves())));
        return new RunResult(result.scenario(), result.seed(), result.replication(), result.durationNanos(),
                result.warmupNanos(), result.events(), result.stop(), workloads, nodes, result.network(),
                result.series(), result.facts(), result.cutDurations());
    }

    private static FigureValues mapValues(FigureValues values, UnaryOperator<FigureSpec> map) {
        return FigureValues.of(values.list().stream()
                .map(f -> new Figure(map.apply(f.spec()), f.qualifier(), f.statistic(), f.value())).toList());
    }
}
