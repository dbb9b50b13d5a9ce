package org.distsim.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.distsim.core.facts.FaultWindow;
import org.distsim.core.fault.Fault;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.Scenario;
import org.distsim.ui.Scenarios;
import org.distsim.ui.live.LiveRun;
import org.distsim.ui.live.Mode;
import org.distsim.ui.live.Snapshot;
import org.junit.jupiter.api.Test;

/** The view shades the fault windows of the run's facts, and follows faults made by hand. */
class FaultShadingTest {

    private static final long S = 1_000_000_000L;

    private static FaultShading shading(Scenario scenario) {
        return new FaultShading(scenario.faults(), ScenarioRunner.facts(scenario, RunOptions.defaults()));
    }

    @Test
    void aWatchedRunShadesTheFactsWindowsAsTheyHappen() {
        Scenario scenario = Scenarios.load("partition");
        FaultShading shading = shading(scenario);
        LiveRun run = new LiveRun(scenario, null);
        run.advanceTo(12 * S);
        Snapshot cut = run.snapshot(1, Mode.PLAYING, 1, "");
        assertEquals(List.of(new FaultWindow(10 * S, 12 * S, "partition cut [users,api | db]", false)),
                shading.at(cut.faults(), cut.nowNanos()), "the partition so far, not yet healed");
        while (run.advanceTo(run.clock() + S)) {
            // to the end
        }
        Snapshot end = run.snapshot(1, Mode.FINISHED, 1, "");
        assertEquals(ScenarioRunner.facts(scenario, RunOptions.defaults()).windows(),
                shading.at(end.faults(), end.nowNanos()));
    }

    @Test
    void aRestartByHandEndsTheTimelinesCrash() {
        Scenario scenario = Scenarios.load("partition");
        FaultShading shading = shading(scenario);
        LiveRun run = new LiveRun(scenario, null);
        run.advanceTo(23 * S);
        run.inject(new Fault.Restart("db"));
        run.advanceTo(24 * S);
        Snapshot snapshot = run.snapshot(1, Mode.PLAYING, 1, "");
        List<FaultWindow> windows = shading.at(snapshot.faults(), snapshot.nowNanos());
        // A fault by hand is applied just after the instant it was asked at (see LiveRun.inject).
        assertEquals(new FaultWindow(22 * S, 23 * S + 1, "crash db", true), windows.get(windows.size() - 1));
    }
}
