package org.distsim.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

/**
 * Rewind and fork: a rewound run is replayed headless from t = 0 with the branch's hand-made
 * faults, so it must be in exactly the state an uninterrupted run had at the same time, and end
 * with the same bytes.
 */
class RewindTest {

    private static final long S = 1_000_000_000L;
    private static final long TIMEOUT_MS = 120_000;
    private static final long SEED = 5L;

    @Test
    void aRewoundRunReachesTheStateAndResultOfAnUninterruptedOne_withFaultsBeforeAndAfterTheRewindPoint()
            throws Exception {
        Scenario scenario = Scenarios.load("load-balancing");
        try (SimDriver driver = new SimDriver(scenario, SEED).start()) {
            // The lesson chart's figure, chosen before the run: the reference draws the same one.
            LessonPlan plan = driver.lessonPlan();
            seek(driver, 2 * S);
            driver.send(new Command.Inject(new Fault.Crash("web-1")));
            seek(driver, 5 * S);
            driver.send(new Command.Inject(new Fault.Restart("web-1")));
            driver.send(new Command.Inject(new Fault.SlowNode("db", 5)));
            Snapshot firstPass = seek(driver, 9 * S);
            List<ScheduledFault> faults = firstPass.recorded();
            assertEquals(3, faults.size());

            // The uninterrupted reference: the same faults in the scenario's own timeline.
            Scenario saved = Scenarios.parse("saved.yaml",
                    FaultYaml.scenarioWithFaults(Scenarios.text("load-balancing"), faults, SEED), List.of());
            assertSameState(reference(saved, plan, 9 * S), firstPass);

            // Back to 4 s: between the crash (before) and the restart and slow-down (after).
            Snapshot rewound = seek(driver, 4 * S);
            assertTrue(rewound.run() > firstPass.run(), "a rewind starts a fresh run, so the view clears");
            assertSameState(reference(saved, plan, 4 * S), rewound);
            assertEquals(faults.subList(0, 1), rewound.recorded(), "only the crash has happened at 4 s");
            assertEquals(faults, rewound.rewind().branch().faults(), "the branch keeps its later faults");
            assertTrue(rewound.message().contains("replayed 4.0 s"), rewound.message());

            // On again, through the faults recorded after the rewind point, and to the end.
            assertSameState(reference(saved, plan, 8 * S), seek(driver, 8 * S));
            Snapshot end = seek(driver, scenario.durationNanos());
            assertEquals(Mode.FINISHED, end.mode());
            assertEquals(faults, end.recorded());
            assertEquals(1, end.rewind().branches().size(), "replaying the same faults forks nothing");
            String headless = JsonReport.render(ScenarioRunner.run(saved, RunOptions.defaults()));
            assertEquals(headless, JsonReport.render(driver.result()));
            assertNotEquals(JsonReport.render(ScenarioRunner.run(scenario, RunOptions.defaults().withSeed(SEED))),
                    headless, "the faults changed the run");
        }
    }

    @Test
    void aRunRewoundAndWatchedWithoutInteractionEndsWithTheHeadlessResult() throws Exception {
        Scenario scenario = Scenarios.load("load-balancing");
        try (SimDriver driver = new SimDriver(scenario, 3L).start()) {
            driver.send(new Command.SetSpeed(20));
            driver.send(new Command.Play());
            driver.await(s -> s.nowNanos() > 3 * S, TIMEOUT_MS);
            seek(driver, S);
            driver.send(new Command.SetSpeed(Speed.MAX));
            driver.send(new Command.Play());
            driver.await(s -> s.mode() == Mode.FINISHED, TIMEOUT_MS);
            String headless = JsonReport.render(ScenarioRunner.run(scenario, RunOptions.defaults().withSeed(3L)));
            assertEquals(headless, JsonReport.render(driver.result()));
        }
    }

    @Test
    void aFaultMadeAfterARewindStartsBranchB_andBothBranchesReplayHeadlessFromTheirSavedTimelines()
            throws Exception {
        Scenario scenario = Scenarios.load("load-balancing");
        try (SimDriver driver = new SimDriver(scenario, SEED).start()) {
            seek(driver, 2 * S);
            driver.send(new Command.Inject(new Fault.Crash("web-1")));
            seek(driver, 10 * S);
            driver.send(new Command.Inject(new Fault.Restart("web-1")));
            Snapshot branchA = seek(driver, 12 * S);
            assertEquals("branch A", branchA.rewind().branch().label());

            // What if web-1 had come back sooner?
            seek(driver, 4 * S);
            driver.send(new Command.Inject(new Fault.Restart("web-1")));
            Snapshot forked = driver.await(s -> s.rewind().branches().size() == 2, TIMEOUT_MS);
            Branch b = forked.rewind().branch();
            assertEquals("B", b.name());
            assertEquals("A", b.parent());
            assertEquals(String.format(java.util.Locale.ROOT, "branch B from %.1f s", b.forkNanos() / 1e9), b.label());
            assertTrue(b.label().startsWith("branch B from 4.0 s"), b.label());
            assertEquals(2, b.faults().size());
            assertEquals(branchA.recorded(), forked.rewind().branch("A").faults(), "A keeps its whole timeline");
            assertEquals(List.of(), forked.rewind().branch("A").faults().stream()
                    .filter(f -> f.atNanos() > 4 * S && f.atNanos() < 10 * S).toList());

            Snapshot bEnd = seek(driver, scenario.durationNanos());
            String bJson = JsonReport.render(driver.result());
            assertEquals(headless(bEnd.rewind().branch("B").faults()), bJson);

            // Back to A: replayed to where the view is (the end), with A's faults.
            driver.send(new Command.SwitchBranch("A"));
            Snapshot aEnd = driver.await(s -> !s.rewind().seeking() && s.rewind().current() == 0
                    && s.mode() == Mode.FINISHED, TIMEOUT_MS);
            assertEquals(branchA.recorded(), aEnd.recorded());
            String aJson = JsonReport.render(driver.result());
            assertEquals(headless(aEnd.rewind().branch("A").faults()), aJson);
            assertNotEquals(aJson, bJson, "the branches went different ways");

            // The timeline alone, appended to the scenario by hand, gives the same run.
            String timeline = FaultYaml.timeline(aEnd.rewind().branch("B").faults());
            assertTrue(timeline.startsWith("faults:"), timeline);
        }
    }

    /** Seeks and waits until the driver is paused (or finished) there, with no replay under way. */
    private static Snapshot seek(SimDriver driver, long atNanos) throws Exception {
        driver.send(new Command.Seek(atNanos));
        return driver.await(s -> !s.rewind().seeking() && s.nowNanos() == atNanos && s.mode() != Mode.PLAYING
                && (s.message().startsWith("at ") || s.mode() == Mode.FINISHED), TIMEOUT_MS);
    }

    private static String headless(List<ScheduledFault> faults) {
        Scenario saved = Scenarios.parse("saved.yaml",
                FaultYaml.scenarioWithFaults(Scenarios.text("load-balancing"), faults, SEED), List.of());
        return JsonReport.render(ScenarioRunner.run(saved, RunOptions.defaults()));
    }

    /** The snapshot of a run of {@code scenario} taken straight to {@code atNanos}. */
    private static Snapshot reference(Scenario scenario, LessonPlan plan, long atNanos) {
        LiveRun run = new LiveRun(scenario, null);
        run.teach(plan);
        run.advanceTo(atNanos);
        return run.snapshot(1, Mode.PAUSED, 1, "");
    }

    /** Every figure the view shows, and the traffic and faults behind them, are the same. */
    private static void assertSameState(Snapshot expected, Snapshot actual) {
        assertEquals(expected.nowNanos(), actual.nowNanos());
        assertEquals(expected.events(), actual.events(), "events");
        assertEquals(expected.nodes(), actual.nodes(), "every node's state and figures");
        assertEquals(expected.chart(), actual.chart(), "every chart point");
        assertEquals(expected.partitions(), actual.partitions());
        assertEquals(expected.sent(), actual.sent());
        assertEquals(expected.recent(), actual.recent());
        assertEquals(expected.faults(), actual.faults(), "the faults applied so far");
    }
}
