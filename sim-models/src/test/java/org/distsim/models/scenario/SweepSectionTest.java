package org.distsim.models.scenario;

import static org.distsim.models.scenario.Scenarios.MINIMAL;
import static org.distsim.models.scenario.Scenarios.load;
import static org.distsim.models.scenario.Scenarios.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.models.format.KnobSpec;
import org.junit.jupiter.api.Test;

/** The {@code sweep:} section: bound like every other section, problems at their own line. */
class SweepSectionTest {

    @Test
    void sweep_withValuesAndARange_isBoundInFileOrder() throws ScenarioException {
        Scenario scenario = load(MINIMAL + """
                sweep:
                  - {param: workloads.clients.rate, from: 100/s, to: 300/s, steps: 3}
                  - param: nodes.server.workers
                    values: [1, 2]
                """);
        assertEquals(List.of(new SweepParameter("workloads.clients.rate", List.of("100/s", "200/s", "300/s")),
                new SweepParameter("nodes.server.workers", List.of("1", "2"))), scenario.sweep());
    }

    @Test
    void noSweep_isAnEmptyList() throws ScenarioException {
        assertEquals(List.of(), load(MINIMAL).sweep());
    }

    @Test
    void sweep_ofAKnobLeftAtItsDefault_isAccepted() throws ScenarioException {
        Scenario scenario = load(MINIMAL + "sweep:\n  - {param: nodes.server.queue-capacity, values: [10, 20]}\n");
        assertEquals(List.of("nodes.server.queue-capacity"), scenario.sweep().get(0).paths());
        assertEquals("nodes.server.queue-capacity", scenario.sweep().get(0).name());
    }

    @Test
    void misspeltPath_isReportedAtTheParamWithASuggestion() {
        String report = problem(MINIMAL + "sweep:\n  - {param: workloads.client.rate, values: [1/s]}\n");
        assertTrue(report.startsWith("s.yaml:13:13: sweep.0.param: no \"client\" at workloads of the scenario"), report);
        assertTrue(report.contains("did you mean \"workloads.clients.rate\"?"), report);
    }

    @Test
    void valuesAndRangeTogether_areRefused() {
        String report = problem(MINIMAL + "sweep:\n  - {param: nodes.server.workers, values: [1], from: 1, to: 2, steps: 2}\n");
        assertTrue(report.contains("values and from/to/steps are two ways"), report);
    }

    @Test
    void incompleteRange_isRefused() {
        String report = problem(MINIMAL + "sweep:\n  - {param: nodes.server.workers, from: 1, to: 4}\n");
        assertTrue(report.contains("needs values:, or all of from:, to: and steps:"), report);
    }

    @Test
    void rangeInTwoUnits_isRefusedAtTheEntry() {
        String report = problem(MINIMAL + "sweep:\n  - {param: workloads.clients.rate, from: 1/s, to: 2/ms, steps: 2}\n");
        assertTrue(report.contains("the ends of a range need the same unit"), report);
    }

    @Test
    void unknownKeyInAnEntry_isSuggested() {
        String report = problem(MINIMAL + "sweep:\n  - {param: nodes.server.workers, valuse: [1, 2]}\n");
        assertTrue(report.contains("unknown key \"valuse\""), report);
        assertTrue(report.contains("did you mean \"values\"?"), report);
    }

    @Test
    void sweptTwice_isRefused() {
        String report = problem(MINIMAL + "sweep:\n  - {param: nodes.server.workers, values: [1]}\n"
                + "  - {param: nodes.server.workers, values: [2]}\n");
        assertTrue(report.contains("is swept twice"), report);
    }

    @Test
    void sweep_ofSeveralPathsUnderAName_isBoundWithEveryPath() throws ScenarioException {
        Scenario scenario = load(MINIMAL + """
                sweep:
                  - name: server-size
                    params: [nodes.server.workers, nodes.server.queue-capacity]
                    values: [1, 2]
                  - {param: workloads.clients.rate, name: load, values: [50/s]}
                """);
        assertEquals(List.of(new SweepParameter("server-size", List.of("nodes.server.workers",
                        "nodes.server.queue-capacity"), List.of("1", "2")),
                new SweepParameter("load", List.of("workloads.clients.rate"), List.of("50/s"))), scenario.sweep());
    }

    @Test
    void misspeltPathAmongSeveral_isReportedAtThatPath() {
        String report = problem(MINIMAL + "sweep:\n  - {name: size, params: [nodes.server.workers,"
                + " nodes.sever.queue-capacity], values: [1]}\n");
        assertTrue(report.startsWith("s.yaml:13:49: sweep.0.params.1: no \"sever\" at nodes of the scenario"), report);
        assertTrue(report.contains("did you mean \"nodes.server.queue-capacity\"?"), report);
    }

    @Test
    void pathSweptInTwoParameters_isRefusedAtItsSecondPlace() {
        String report = problem(MINIMAL + "sweep:\n  - {param: nodes.server.workers, values: [1]}\n"
                + "  - {name: size, params: [nodes.server.queue-capacity, nodes.server.workers], values: [2]}\n");
        assertTrue(report.startsWith("s.yaml:14:"), report);
        assertTrue(report.contains("sweep.1.params.1: \"nodes.server.workers\" is swept twice"), report);
    }

    @Test
    void nameUsedTwice_isRefusedAtTheSecondName() {
        String report = problem(MINIMAL + "sweep:\n  - {name: size, params: [nodes.server.workers], values: [1]}\n"
                + "  - {name: size, params: [nodes.server.queue-capacity], values: [2]}\n");
        assertTrue(report.startsWith("s.yaml:14:12: sweep.1.name: the name \"size\" is used twice"), report);
    }

    @Test
    void paramsWithoutAName_orBesideParam_areRefused() {
        String unnamed = problem(MINIMAL + "sweep:\n  - {params: [nodes.server.workers], values: [1]}\n");
        assertTrue(unnamed.contains("params: needs a name:"), unnamed);
        String both = problem(MINIMAL + "sweep:\n  - {param: nodes.server.workers, params: [duration], name: x,"
                + " values: [1]}\n");
        assertTrue(both.contains("param and params are two ways"), both);
        String neither = problem(MINIMAL + "sweep:\n  - {name: x, values: [1]}\n");
        assertTrue(neither.contains("needs param: (one path) or params:"), neither);
    }

    @Test
    void sweepEntryKnobs_haveValidAnnotations() {
        Binder.checkDefaults(ScenarioFormat.SweepEntry.class);
        assertTrue(KnobSpec.of(ScenarioFormat.SweepEntry.class).stream().noneMatch(k -> k.doc().isBlank()));
    }
}
