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
import org.distsim.core.figure.Figure;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.figure.Role;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The live chart of the lesson figure: chosen once before the run, by role as the end card chooses,
 * and drawn per design from that design's own node.
 */
class LessonPlanTest {

    private static RunResult saga;
    private static List<String> designs;

    @BeforeAll
    static void runTheSaga() throws IOException, ScenarioException {
        saga = ScenarioRunner.run(bundled("checkout-saga"), RunOptions.defaults());
        designs = List.copyOf(saga.workloads().keySet());
    }

    static Scenario bundled(String name) throws IOException, ScenarioException {
        Path file = Path.of(System.getProperty("distsim.root", "..")).resolve("scenarios/" + name + ".yaml");
        return ScenarioLoader.load(file.toString(), Files.readString(file, StandardCharsets.UTF_8), List.of());
    }

    @Test
    void theSagaChartDrawsTheFigureTheEndCardLeadsWith_eachDesignsOwnOrderService() {
        LessonPlan plan = LessonPlan.of(saga);
        assertNotNull(plan);
        FigureSpec inconsistent = saga.nodes().get("order-once").figures().figure("inconsistent").spec();
        assertTrue(LessonFigures.of(saga, 20).get(0).contains(" " + inconsistent.label() + " at order-"),
                LessonFigures.of(saga, 20).toString());
        assertEquals(inconsistent.label() + "/s", plan.title());
        int once = designs.indexOf("shoppers-once");
        assertEquals("node.order-once.inconsistent", plan.designs().get(once).key());
        assertEquals("node.order-retry.inconsistent", plan.designs().get(designs.indexOf("shoppers-retry")).key());
        // A count is drawn per second of its interval.
        LessonSeries lesson = new LessonSeries(plan, saga.series());
        List<Double> column = saga.series().values("node.order-once.inconsistent");
        int busiest = 0;
        for (int i = 0; i < column.size(); i++) {
            if (column.get(i) != null && column.get(i) > column.get(busiest)) {
                busiest = i;
            }
        }
        double seconds = saga.series().intervalNanos() / 1e9;
        assertTrue(column.get(busiest) > 0, "the once design leaves orders inconsistent");
        assertEquals(column.get(busiest) / seconds, lesson.value(once, busiest, seconds), 1e-9);
    }

    @Test
    void renamingEveryFigureChangesNothing_butDeclaringItsRoleAsLoadDoes() {
        Map<FigureSpec, FigureSpec> renamed = new LinkedHashMap<>();
        RunResult anonymous = mapSpecs(saga, spec -> renamed.computeIfAbsent(spec, s -> new FigureSpec(
                "figure" + renamed.size(), s.kind(), s.unit(), s.role(), s.headline(), s.label(), s.doc(), s.per(),
                s.window(), s.derivation())));
        LessonPlan named = LessonPlan.of(saga);
        LessonPlan nameless = LessonPlan.of(anonymous);
        assertEquals(named.title(), nameless.title());
        for (int d = 0; d < designs.size(); d++) {
            assertEquals(named.designs().get(d).owner(), nameless.designs().get(d).owner());
            assertEquals(named.designs().get(d).qualifier(), nameless.designs().get(d).qualifier());
            assertEquals(named.designs().get(d).spec().label(), nameless.designs().get(d).spec().label());
        }
        RunResult asLoad = mapSpecs(saga, spec -> spec.name().equals("inconsistent") ? new FigureSpec(spec.name(),
                spec.kind(), spec.unit(), Role.LOAD, spec.headline(), spec.label(), spec.doc(), spec.per(),
                spec.window()) : spec);
        assertNotEquals(named.title(), LessonPlan.of(asLoad).title());
    }

    @Test
    void aRunWithoutAnyFigureOfALessonsRoleHasNoLessonChart() {
        RunResult loadOnly = mapSpecs(saga, spec -> LessonFigures.ROLES.contains(spec.role())
                ? new FigureSpec(spec.name(), spec.kind(), spec.unit(), Role.LOAD, spec.headline(), spec.label(),
                        spec.doc(), spec.per(), spec.window()) : spec);
        assertNull(LessonPlan.of(loadOnly));
    }

    @Test
    void capPartitionsChartShowsStaleReadsFromTheStart_neverReplicationLagFirst() throws Exception {
        Scenario cap = bundled("cap-partition");
        LiveRun run = new LiveRun(cap, null);
        run.teach(LessonPlan.of(cap, null));
        // Before the partition nothing is stale yet; the chart already shows what the lesson is about.
        run.advanceTo(4_000_000_000L);
        String before = run.snapshot(1, Mode.PAUSED, 1, "").chart().get(0).lessonTitle();
        run.advanceTo(run.end());
        var chart = run.snapshot(1, Mode.FINISHED, 1, "").chart();
        assertEquals("stale reads/s", before);
        for (ChartPoint point : chart) {
            assertEquals(before, point.lessonTitle(), "the same figure all along");
        }
    }

    @Test
    void queueSpikesDesignsEachReadTheirOwnBacklog_theServiceQueueAndTheMessageQueue() throws Exception {
        RunResult spike = ScenarioRunner.run(bundled("queue-spike"), RunOptions.defaults());
        LessonPlan plan = LessonPlan.of(spike);
        List<String> names = List.copyOf(spike.workloads().keySet());
        LessonPlan.Source sync = plan.designs().get(names.indexOf("users-sync"));
        LessonPlan.Source queued = plan.designs().get(names.indexOf("users-queue"));
        assertEquals("api-sync", sync.owner());
        assertEquals("jobs", queued.owner());
        assertEquals(Role.BACKLOG, queued.spec().role());
        assertTrue(plan.title().contains(sync.spec().label()) && plan.title().contains(queued.spec().label()),
                plan.title());
    }

    @Test
    void retryStormsChartIsTheRetryAmplification_naiveFarAboveOneSafeAboutOne() throws Exception {
        RunResult storm = ScenarioRunner.run(bundled("retry-storm"), RunOptions.defaults());
        LessonPlan plan = LessonPlan.of(storm);
        List<String> names = List.copyOf(storm.workloads().keySet());
        LessonPlan.Source naive = plan.designs().get(names.indexOf("clients-naive"));
        assertNotNull(naive.spec().derivation(), "a quotient declared of two figures");
        assertEquals(Role.RESILIENCE, naive.spec().role());
        assertEquals("retry amplification", plan.title());
        double naiveRun = storm.nodes().get(naive.owner()).figures().get(naive.spec().key(naive.qualifier(),
                org.distsim.core.figure.Statistic.VALUE)).doubleValue();
        LessonPlan.Source safe = plan.designs().get(names.indexOf("clients-safe"));
        double safeRun = storm.nodes().get(safe.owner()).figures().get(safe.spec().key(safe.qualifier(),
                org.distsim.core.figure.Statistic.VALUE)).doubleValue();
        assertTrue(naiveRun > 5, "naive: " + naiveRun);
        assertTrue(safeRun >= 1 && safeRun < 1.1, "safe: " + safeRun);
        // At 40 s naive's db answers nothing in time: calls offered, none succeeded, so no bound.
        LessonSeries lesson = new LessonSeries(plan, storm.series());
        int at40 = (int) ((40_000_000_000L - storm.series().startNanos().get(0)) / storm.series().intervalNanos());
        double seconds = storm.series().intervalNanos() / 1e9;
        assertEquals(Double.POSITIVE_INFINITY, lesson.value(names.indexOf("clients-naive"), at40, seconds));
        // Within one interval a call sent near its end succeeds in the next, so about 1 either way.
        double safeAt40 = lesson.value(names.indexOf("clients-safe"), at40, seconds);
        assertEquals(1, safeAt40, 0.1, "safe at 40 s");
    }

    @Test
    void loadBalancingsChartIsEachDesignsBusiestBackendsQueue_notTheOneBackendEachHealthCheckMarkedDown()
            throws Exception {
        RunResult balancing = ScenarioRunner.run(bundled("load-balancing"), RunOptions.defaults());
        LessonPlan plan = LessonPlan.of(balancing);
        List<String> names = List.copyOf(balancing.workloads().keySet());
        assertEquals("queue (mean)", plan.title());
        assertEquals(org.distsim.core.figure.FigureKind.GAUGE, plan.kind());
        // Round robin, random and hashing overload the slow fourth backend; weighted round robin does not.
        assertEquals("rr-4", plan.designs().get(names.indexOf("clients-rr")).owner());
        assertEquals("random-4", plan.designs().get(names.indexOf("clients-random")).owner());
        assertEquals("ch-4", plan.designs().get(names.indexOf("clients-ch")).owner());
        for (LessonPlan.Source source : plan.designs()) {
            assertEquals(Role.BACKLOG, source.spec().role(), source.toString());
        }
    }

    @Test
    void eventSourcingsChartIsTheLaggingGroupsLag_notTheTwoRebalancesOfItsLog() throws Exception {
        RunResult log = ScenarioRunner.run(bundled("event-sourcing"), RunOptions.defaults());
        LessonPlan plan = LessonPlan.of(log);
        LessonPlan.Source writers = plan.designs().get(0);
        assertEquals("lag (mean)", plan.title());
        assertEquals("orders", writers.owner());
        assertEquals("analytics", writers.qualifier(), "the group that falls behind");
        assertEquals(Role.BACKLOG, writers.spec().role());
        // The end card leads with the backlog too; the rebalances are still listed, later.
        String line = LessonFigures.of(log, 20).get(0);
        assertTrue(line.contains(" lag analytics "), line);
        assertTrue(!line.contains("rebalances") || line.indexOf(" lag ") < line.indexOf("rebalances"), line);
    }

    @Test
    void shardingHotspotsChartDrawsOnlyAFigureTheTimeSeriesHas_notTheHotShardShareKnownAtTheEnd() throws Exception {
        RunResult sharding = ScenarioRunner.run(bundled("sharding-hotspot"), RunOptions.defaults());
        LessonPlan plan = LessonPlan.of(sharding);
        assertNotNull(plan);
        for (LessonPlan.Source source : plan.designs()) {
            if (source != null) {
                assertNotNull(sharding.series().values(source.key()), "a column to draw: " + source.key());
            }
        }
        // The end card still names it: it is the scenario's number, only not a line over time.
        assertTrue(String.join("\n", LessonFigures.of(sharding, 20)).contains("hot shard share"),
                LessonFigures.of(sharding, 20).toString());
    }

    private static RunResult mapSpecs(RunResult result, UnaryOperator<FigureSpec> map) {
        Map<String, WorkloadResult> workloads = new LinkedHashMap<>();
        result.workloads().forEach((name, w) -> workloads.put(name, new WorkloadResult(w.type(), w.requests(), w.ok(),
                w.failed(), w.failedByReason(), w.unknown(), w.inFlight(), w.availability(), w.throughputRps(),
                w.latency(), mapValues(w.figures(), map), w.histogram())));
        Map<String, NodeResult> nodes = new LinkedHashMap<>();
        result.nodes().forEach((name, n) -> nodes.put(name, new NodeResult(n.type(), mapValues(n.figures(), map),
                n.curves())));
        TimeSeries series = new TimeSeries(result.series().intervalNanos(), result.series().startNanos(),
                result.series().columns().stream().map(c -> new TimeSeries.Column(c.scope(), c.owner(),
                        map.apply(c.spec()), c.qualifier(), c.values())).toList());
        return new RunResult(result.scenario(), result.seed(), result.replication(), result.durationNanos(),
                result.warmupNanos(), result.events(), result.stop(), workloads, nodes, result.network(),
                series, result.facts(), result.cutDurations());
    }

    private static FigureValues mapValues(FigureValues values, UnaryOperator<FigureSpec> map) {
        return FigureValues.of(values.list().stream()
                .map(f -> new Figure(map.apply(f.spec()), f.qualifier(), f.statistic(), f.value())).toList());
    }
}
