package org.distsim.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.check.Invariants;
import org.distsim.core.check.RunCheck;
import org.distsim.core.fault.Fault;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.Scenario;
import org.distsim.reports.JsonReport;
import org.distsim.ui.Scenarios;
import org.junit.jupiter.api.Test;

/** The simulation thread with its command queue and snapshots, without a window. */
class SimDriverTest {

    private static final long TIMEOUT_MS = 60_000;

    @Test
    void aRunWatchedWithoutInteractionEndsWithTheHeadlessResult() throws Exception {
        Scenario scenario = Scenarios.load("load-balancing");
        try (SimDriver driver = new SimDriver(scenario, 3L).start()) {
            assertEquals(Mode.PAUSED, driver.latest().mode());
            assertEquals(0, driver.latest().nowNanos());
            // Paced for a while, then as fast as possible: pacing decides when events run, never which.
            driver.send(new Command.SetSpeed(20));
            driver.send(new Command.Play());
            driver.await(s -> s.nowNanos() > 0, TIMEOUT_MS);
            driver.send(new Command.SetSpeed(Speed.MAX));
            driver.await(s -> s.mode() == Mode.FINISHED, TIMEOUT_MS);
            String headless = JsonReport.render(ScenarioRunner.run(scenario, RunOptions.defaults().withSeed(3L)));
            assertEquals(headless, JsonReport.render(driver.result()));
        }
    }

    @Test
    void playingStopsAtEachCaptionWhenAskedAndEndsWithTheHeadlessResult() throws Exception {
        Scenario scenario = Scenarios.load("partition");
        List<Long> captions = scenario.notes().stream().map(n -> n.atNanos()).filter(t -> t > 0).toList();
        assertTrue(captions.size() >= 2, "the test scenario has captions to stop at: " + captions);
        try (SimDriver driver = new SimDriver(scenario, null).start()) {
            driver.send(new Command.PauseAtCaptions(true));
            driver.send(new Command.SetSpeed(Speed.MAX));
            for (long caption : captions) {
                driver.send(new Command.Play());
                Snapshot stopped = driver.await(s -> s.mode() == Mode.PAUSED && s.nowNanos() >= caption, TIMEOUT_MS);
                assertEquals(caption, stopped.nowNanos(), "stopped exactly at the caption");
            }
            driver.send(new Command.Play());
            driver.await(s -> s.mode() == Mode.FINISHED, TIMEOUT_MS);
            String headless = JsonReport.render(ScenarioRunner.run(scenario, RunOptions.defaults()));
            assertEquals(headless, JsonReport.render(driver.result()));
        }
    }

    @Test
    void faultsSentWhilePlayingReplayHeadlessFromTheSavedYaml() throws Exception {
        Scenario scenario = Scenarios.load("load-balancing");
        try (SimDriver driver = new SimDriver(scenario, 5L).start()) {
            driver.send(new Command.SetSpeed(20));
            driver.send(new Command.Play());
            driver.await(s -> s.nowNanos() > 2_000_000_000L, TIMEOUT_MS);
            driver.send(new Command.Inject(new Fault.Crash("web-1")));
            driver.send(new Command.Inject(new Fault.SlowNode("db", 5)));
            driver.await(s -> s.nowNanos() > 4_000_000_000L, TIMEOUT_MS);
            driver.send(new Command.Inject(new Fault.Restart("web-1")));
            driver.send(new Command.SetSpeed(Speed.MAX));
            Snapshot end = driver.await(s -> s.mode() == Mode.FINISHED, TIMEOUT_MS);
            assertEquals(3, end.recorded().size());
            String saved = FaultYaml.scenarioWithFaults(Scenarios.text("load-balancing"), end.recorded(), 5L);
            Scenario replay = Scenarios.parse("saved.yaml", saved, List.of());
            assertEquals(JsonReport.render(driver.result()), JsonReport.render(ScenarioRunner.run(replay, RunOptions.defaults())));
        }
    }

    @Test
    void stepPauseRestartAndFaultsGoThroughTheQueue() throws Exception {
        Scenario scenario = Scenarios.load("partition");
        try (SimDriver driver = new SimDriver(scenario, null).start()) {
            driver.send(new Command.Step());
            Snapshot stepped = driver.await(s -> s.events() == 1, TIMEOUT_MS);
            assertEquals(Mode.PAUSED, stepped.mode());

            // Slow enough that the run is far from its end when the pause arrives.
            driver.send(new Command.SetSpeed(2));
            driver.send(new Command.Play());
            driver.await(s -> s.nowNanos() > 100_000_000L, TIMEOUT_MS);
            driver.send(new Command.Pause());
            driver.send(new Command.Inject(new Fault.Crash("api")));
            Snapshot crashed = driver.await(s -> !s.recorded().isEmpty() && s.mode() == Mode.PAUSED, TIMEOUT_MS);
            assertEquals(new Fault.Crash("api"), crashed.recorded().get(0).fault());
            assertEquals("crash api", crashed.message());
            driver.send(new Command.Step());
            Snapshot applied = driver.await(s -> s.events() > crashed.events(), TIMEOUT_MS);
            assertTrue(applied.nowNanos() >= crashed.recorded().get(0).atNanos());
            assertTrue(!applied.node("api").up(), "the crash was applied at the next event");

            driver.send(new Command.ChangeSpeed(-2));
            driver.send(new Command.Restart());
            Snapshot fresh = driver.await(s -> s.run() == 2, TIMEOUT_MS);
            assertEquals(0, fresh.nowNanos());
            assertEquals(List.of(), fresh.recorded());
            assertEquals(0.5, fresh.speed(), "two notches down from 2x");
            assertTrue(fresh.node("api").up());
        }
    }

    @Test
    void aRunThatBreaksAnInvariant_isReportedInTheStatusLine_andTheViewStaysUp() throws Exception {
        RunCheck alwaysBroken = new RunCheck() {
            @Override
            public String invariant() {
                return "a check that always fails";
            }

            @Override
            public List<String> violations(RunResult result) {
                return List.of("made to fail by the test");
            }
        };
        Scenario scenario = Scenarios.load("partition");
        Invariants invariants = Invariants.standard().with(alwaysBroken);
        try (SimDriver driver = new SimDriver(scenario, 4L, System::nanoTime, invariants).start()) {
            driver.send(new Command.SetSpeed(Speed.MAX));
            driver.send(new Command.Play());
            Snapshot end = driver.await(s -> s.mode() == Mode.FINISHED, TIMEOUT_MS);
            assertTrue(end.message().startsWith("BUG: invariant broken: a check that always fails: made to fail by the"
                    + " test (scenario crash and partition, seed 4); reproduce with: "), end.message());
            assertNotNull(driver.violation());
            assertNull(driver.result());
            assertNull(driver.failure(), "the simulation thread goes on");
            driver.send(new Command.Restart());
            Snapshot fresh = driver.await(s -> s.run() == 2, TIMEOUT_MS);
            assertEquals(Mode.PAUSED, fresh.mode());
            assertNull(driver.violation());
        }
    }
}
