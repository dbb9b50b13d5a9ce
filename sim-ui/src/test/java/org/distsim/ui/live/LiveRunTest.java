package org.distsim.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.fault.Fault;
import org.distsim.core.fault.ScheduledFault;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.Scenario;
import org.distsim.reports.JsonReport;
import org.distsim.ui.Scenarios;
import org.junit.jupiter.api.Test;

/** The live run alone, without threads or a window: the view must never change the numbers. */
class LiveRunTest {

    private static final long S = 1_000_000_000L;

    @Test
    void advancingInPiecesGivesTheHeadlessResult() {
        Scenario scenario = Scenarios.load("partition");
        LiveRun run = new LiveRun(scenario, null);
        // Uneven pieces, single steps and snapshots in between: none of it may show in the result.
        long t = 0;
        for (int i = 0; run.advanceTo(t); i++) {
            t += 7_777_777L * (1 + i % 5);
            if (i % 10 == 0) {
                run.step();
                run.snapshot(1, Mode.PLAYING, 1, "");
            }
        }
        String live = JsonReport.render(run.result());
        String headless = JsonReport.render(ScenarioRunner.run(scenario, RunOptions.defaults()));
        assertEquals(headless, live);
    }

    @Test
    void injectedFaultsReplayHeadlessToTheSameBytes() {
        Scenario scenario = Scenarios.load("load-balancing");
        LiveRun run = new LiveRun(scenario, 99L);
        run.advanceTo(5 * S + 123_456L);
        run.inject(new Fault.Crash("web-3"));
        run.step();
        run.inject(new Fault.SlowNode("db", 4));
        run.inject(new Fault.LoadSpike("clients", 3));
        run.advanceTo(8 * S);
        run.inject(new Fault.LoadSpike("clients", 1));
        run.advanceTo(9 * S);
        run.inject(new Fault.Partition("ui-1", List.of(List.of("clients", "lb"), List.of("web-1")), false));
        run.advanceTo(10 * S);
        run.inject(new Fault.Restart("web-3"));
        run.inject(new Fault.Heal("ui-1"));
        while (run.advanceTo(run.clock() + S)) {
            // to the end
        }
        String live = JsonReport.render(run.result());

        List<ScheduledFault> recorded = run.recorded();
        assertEquals(7, recorded.size());
        assertTrue(recorded.get(0).atNanos() > 5 * S + 123_456L, "applied after what was already simulated");
        String saved = FaultYaml.scenarioWithFaults(Scenarios.text("load-balancing"), recorded, run.seed());
        Scenario replay = Scenarios.parse("saved.yaml", saved, List.of());
        assertEquals(99L, replay.seed());
        assertEquals(scenario.faults().size() + 7, replay.faults().size());
        String headless = JsonReport.render(ScenarioRunner.run(replay, RunOptions.defaults()));
        assertEquals(live, headless);
        // And the faults did something: the result is not the undisturbed one.
        assertNotEquals(JsonReport.render(ScenarioRunner.run(scenario, RunOptions.defaults().withSeed(99L))), live);
    }

    @Test
    void aFaultIsNeverScheduledInThePastOrAfterTheEnd() {
        Scenario scenario = Scenarios.load("partition");
        LiveRun run = new LiveRun(scenario, null);
        run.advanceTo(2 * S);
        long at = run.inject(new Fault.Crash("api"));
        assertTrue(at > 2 * S);
        long again = run.inject(new Fault.Restart("api"));
        assertTrue(again > at, "two faults never share a time");
        while (run.advanceTo(run.end())) {
            // to the end
        }
        assertTrue(run.over());
        assertThrows(IllegalStateException.class, () -> run.inject(new Fault.Crash("api")));
    }

    @Test
    void snapshotsShowStatePartitionsChartAndFaults() {
        Scenario scenario = Scenarios.load("partition");
        LiveRun run = new LiveRun(scenario, null);
        Snapshot start = run.snapshot(1, Mode.PAUSED, 1, "");
        assertEquals(0, start.nowNanos());
        assertEquals(List.of("api", "db", "users"), start.nodes().stream().map(NodeState::name).toList());
        assertTrue(start.chart().isEmpty());

        run.advanceTo(12 * S);
        Snapshot cut = run.snapshot(1, Mode.PLAYING, 1, "");
        assertEquals(12 * S, cut.nowNanos());
        assertEquals(List.of(List.of("users", "api"), List.of("db")), cut.partitions().get("cut"));
        assertEquals(12, cut.chart().size());
        assertEquals(1, cut.faults().size());
        assertTrue(cut.node("api").figure("utilisation") > 0, "figures of the last interval");
        assertTrue(cut.sent() > 0);
        assertFalse(cut.recent().isEmpty());
        ChartPoint steady = cut.chart().get(5);
        assertTrue(steady.availability() > 0.95, "before the cut: " + steady);
        assertTrue(steady.throughput() > 250 && steady.throughput() < 350, "about the offered 300/s: " + steady);
        ChartPoint during = cut.chart().get(11);
        assertTrue(during.availability() < 0.5, "during the cut: " + during);

        run.advanceTo(23 * S);
        Snapshot crashed = run.snapshot(1, Mode.PLAYING, 1, "");
        assertTrue(crashed.partitions().isEmpty(), "healed at 16 s");
        assertFalse(crashed.node("db").up());
        assertTrue(crashed.node("api").up());
    }

    @Test
    void theSpeedLadderRunsFromVerySlowToMax() {
        assertEquals(2, Speed.change(1, 1));
        assertEquals(0.5, Speed.change(1, -1));
        assertEquals(0.01, Speed.change(0.01, -3));
        assertEquals(Speed.MAX, Speed.change(100, 5));
        assertEquals(100, Speed.change(Speed.MAX, -1));
        assertEquals("max", Speed.label(Speed.MAX));
        assertEquals("0.1x", Speed.label(0.1));
        assertEquals("20x", Speed.label(20));
    }

    @Test
    void faultTimesAreWrittenExactly() {
        assertEquals("12.345678901s", FaultYaml.seconds(12_345_678_901L));
        assertEquals("5s", FaultYaml.seconds(5 * S));
        assertEquals("0s", FaultYaml.seconds(0));
        assertEquals("0.000000001s", FaultYaml.seconds(1));
        String yaml = FaultYaml.timeline(List.of(new ScheduledFault(1_500_000_000L, new Fault.Crash("db")),
                new ScheduledFault(2 * S, new Fault.Partition("ui-1", List.of(List.of("a"), List.of("b", "c")), false))));
        assertEquals("""
                faults:
                - at: 1.5s
                  crash: db
                - at: 2s
                  partition:
                    name: ui-1
                    groups:
                    - - a
                    - - b
                      - c
                """, yaml);
    }

    @Test
    void everyKindOfFault_isSavedAsYamlThatLoadsBackAsTheSameFault() {
        List<ScheduledFault> recorded = List.of(
                new ScheduledFault(S, new Fault.Crash("web-3")),
                new ScheduledFault(2 * S, new Fault.Restart("web-3")),
                new ScheduledFault(3 * S, new Fault.Partition("ui-1", List.of(List.of("clients", "lb"), List.of("web-1")), true)),
                new ScheduledFault(4 * S, new Fault.Heal("ui-1")),
                new ScheduledFault(5 * S, new Fault.SlowNode("db", 2.5)),
                new ScheduledFault(6 * S, new Fault.DegradeLink("lb", "web-2", 20_000_001L, 0.05)),
                new ScheduledFault(7 * S, new Fault.DegradeLink("lb", "web-1", 0, 0)),
                new ScheduledFault(8 * S, new Fault.RestoreLink("lb", "web-2")),
                new ScheduledFault(9 * S, new Fault.LoadSpike("clients", 3)));
        String saved = FaultYaml.scenarioWithFaults(Scenarios.text("load-balancing"), recorded, 1L);
        List<ScheduledFault> loaded = Scenarios.parse("saved.yaml", saved, List.of()).faults();
        List<ScheduledFault> own = Scenarios.load("load-balancing").faults();
        assertEquals(recorded, loaded.stream().filter(f -> !own.contains(f)).toList());
        assertTrue(FaultYaml.timeline(recorded.subList(5, 7)).contains("""
                  degrade-link:
                    from: lb
                    to: web-2
                    extra-latency: 0.020000001s
                    loss: 0.05
                - at: 7s
                  degrade-link:
                    from: lb
                    to: web-1
                """), FaultYaml.timeline(recorded.subList(5, 7)));
    }
}
