package org.distsim.models.scenario;

import static org.distsim.models.scenario.Scenarios.MINIMAL;
import static org.distsim.models.scenario.Scenarios.load;
import static org.distsim.models.scenario.Scenarios.problem;
import static org.distsim.models.scenario.Scenarios.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.distsim.core.fault.ScheduledFault;
import org.distsim.core.random.Constant;
import org.distsim.core.random.Exponential;
import org.distsim.models.format.Rate;
import org.distsim.models.service.ServiceConfig;
import org.distsim.models.workload.OpenLoopConfig;
import org.junit.jupiter.api.Test;

/**
 * {@code --set path=value}: values replace or create what the file says and are validated like
 * it; problems are located in the argument (file {@code "--set ARG"}, line 0, column in ARG).
 */
class ScenarioOverridesTest {

    private static final String WITH_FAULT = MINIMAL + "faults:\n  - at: 2s\n    crash: server\n";

    @Test
    void override_replacesAValueOfTheFile() throws Exception {
        Scenario scenario = load(MINIMAL, "workloads.clients.rate=900/s");
        assertEquals(new Rate(900), scenario.workloads().get("clients").config(OpenLoopConfig.class).rate());
    }

    @Test
    void override_withAFlowMapping_replacesAWholeDistribution() throws Exception {
        Scenario scenario = load(MINIMAL, "nodes.server.service-time={dist: exponential, mean: 1ms}");
        assertEquals(new Exponential(1_000_000), scenario.nodes().get("server").config(ServiceConfig.class).serviceTime());
    }

    @Test
    void override_ofAListItem_isAddressedByIndex() throws Exception {
        Scenario scenario = load(WITH_FAULT, "faults.0.at=5s");
        assertEquals(5_000_000_000L, scenario.faults().get(0).atNanos());
    }

    @Test
    void override_ofAKnobAbsentFromTheFile_createsIt() throws Exception {
        Scenario scenario = load(MINIMAL, "nodes.server.queue-capacity=5", "network.latency=1ms", "seed=7");
        assertEquals(5, scenario.nodes().get("server").config(ServiceConfig.class).queueCapacity());
        assertEquals(new Constant(1_000_000), scenario.network().latency());
        assertEquals(7, scenario.seed());
    }

    @Test
    void overrides_applyInOrder_soTheLastWins() throws Exception {
        Scenario scenario = load(MINIMAL, "nodes.server.workers=2", "nodes.server.workers=3");
        assertEquals(3, scenario.nodes().get("server").config(ServiceConfig.class).workers());
    }

    @Test
    void overrideOfExtends_isRefused_ratherThanSilentlyIgnored() {
        // Issue 16, case 3: --set extends=/etc/passwd used to pass validate as if it were not there.
        List<Problem> problems = problems(MINIMAL, "extends=/etc/passwd");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("--set extends=/etc/passwd: extends: extends cannot be overridden: the base file is read before"
                + " any --set applies, so this one would be ignored\n  expected extends: written in the scenario file,"
                + " or an experiment file given with --experiment", problems.get(0).format());
    }

    @Test
    void overriddenValue_outOfRange_isReportedAtTheValueInTheArgument() {
        List<Problem> problems = problems(MINIMAL, "nodes.server.workers=0");
        assertEquals(List.of(new Problem("--set nodes.server.workers=0", 0, 22, "nodes.server.workers",
                "must be at least 1, got 0", null, null)), problems);
        assertEquals("--set nodes.server.workers=0: nodes.server.workers: must be at least 1, got 0",
                problems.get(0).format());
    }

    @Test
    void overriddenMapping_withAnUnknownKey_pointsInsideTheValue() {
        Problem problem = problems(MINIMAL, "nodes.server.service-time={dist: constant, valeu: 1ms}").get(0);
        assertEquals("nodes.server.service-time.valeu", problem.path());
        assertEquals(44, problem.column());
        assertEquals("value", problem.suggestion());
    }

    @Test
    void overriddenValue_withABadUnit_suggestsTheFix() {
        assertEquals("""
                --set workloads.clients.rate=900 /s: workloads.clients.rate: bad rate "900 /s": write it without spaces
                  expected a rate like 800/s, 2/ms or 120/m
                  did you mean "900/s"?""", problem(MINIMAL, "workloads.clients.rate=900 /s"));
    }

    @Test
    void overrideOfAMisspeltKnob_isAnUnknownKeyAtTheArgument() {
        Problem problem = problems(MINIMAL, "nodes.server.worker=2").get(0);
        assertEquals(new Problem("--set nodes.server.worker=2", 0, 14, "nodes.server.worker",
                "unknown key \"worker\"", "one of: bandwidth, calls, count, deadline-margin, deadlines, error-rate, failures, k, mode, queue-capacity, replica-balancing, replicas, service-time, speed, type, wait-for, workers, zone, zones", "workers"), problem);
    }

    @Test
    void overrideThroughAMisspeltMapping_suggestsTheExistingKey() {
        assertEquals("""
                --set nodes.sever.workers=2: nodes.sever: no key "sever" at nodes
                  expected an existing key, or set the whole new mapping: nodes.sever={...}
                  did you mean "nodes.server"?""", problem(MINIMAL, "nodes.sever.workers=2"));
        assertEquals(7, problems(MINIMAL, "nodes.sever.workers=2").get(0).column());
    }

    @Test
    void overrideOfAKnobOfANodeThatDoesNotExist_namesTheDeclaredNodes() {
        assertEquals("""
                --set nodes.cache.capacity=10: nodes.cache: there is no node "cache" to set capacity on
                  expected a declared node, one of: server; or a whole new node: nodes.cache={type: ..., ...}""",
                problem(MINIMAL, "nodes.cache.capacity=10"));
        assertEquals(7, problems(MINIMAL, "nodes.cache.capacity=10").get(0).column());
    }

    @Test
    void overrideOfANonexistentTopLevelPath_isAnUnknownKeyAtTheArgument() {
        Problem problem = problems(MINIMAL, "nosuch.rate=10").get(0);
        assertEquals("--set nosuch.rate=10", problem.file());
        assertEquals("unknown key \"nosuch\"", problem.message());
    }

    @Test
    void overrideThroughASingleValue_isReportedAtTheSegmentAfterIt() {
        String yaml = MINIMAL.replace("    type: service", "    type: service\n    workers: 2");
        Problem problem = problems(yaml, "nodes.server.workers.x=1").get(0);
        assertEquals(new Problem("--set nodes.server.workers.x=1", 0, 22, "nodes.server.workers.x",
                "nodes.server.workers is a single value, so it has no key \"x\"", null, null), problem);
    }

    @Test
    void overrideBelowAKnobAbsentFromTheFile_createsAMappingThatIsThenTheWrongType() {
        assertEquals("""
                --set nodes.server.workers.x=1: nodes.server.workers: a mapping is not an integer
                  expected an integer between 1 and 100000""", problem(MINIMAL, "nodes.server.workers.x=1"));
    }

    @Test
    void overrideThroughAScalarBesideAMapping_suggestsTheMapping() {
        String yaml = MINIMAL.replace("service-time: 2ms", "service-time: {dist: exponential, mean: 2ms}");
        Problem problem = problems(yaml, "nodes.server.service-tim.mean=1ms").get(0);
        assertEquals("nodes.server.service-time", problem.suggestion());
    }

    @Test
    void overrideOfAListIndexOutOfRange_saysWhichIndicesExist() {
        assertEquals("""
                --set faults.3.at=1s: faults.3: faults has 1 item; there is no item 3
                  expected an index from 0 to 0""", problem(WITH_FAULT, "faults.3.at=1s"));
        assertEquals(8, problems(WITH_FAULT, "faults.3.at=1s").get(0).column());
    }

    @Test
    void overrideOfAListByName_saysItNeedsAnIndex() {
        assertEquals("""
                --set faults.first.at=1s: faults.first: faults is a list; "first" is not an index
                  expected an index from 0 to 0""", problem(WITH_FAULT, "faults.first.at=1s"));
    }

    @Test
    void overrideWithoutEquals_isAProblemNamingTheArgument() {
        assertEquals("""
                --set nodes.server.workers: an override needs the form path=value
                  expected an override like workloads.clients.rate=900/s""", problem(MINIMAL, "nodes.server.workers"));
    }

    @Test
    void overrideWithAnEmptyPathSegment_isReportedAtIt() {
        Problem problem = problems(MINIMAL, "nodes..workers=2").get(0);
        assertEquals(7, problem.column());
        assertEquals("an empty key in the path of the override", problem.message());
    }

    @Test
    void overrideWithBadYaml_isASyntaxErrorInTheArgument() {
        Problem problem = problems(MINIMAL, "nodes.server.service-time={dist: constant").get(0);
        assertEquals("--set nodes.server.service-time={dist: constant", problem.file());
        assertEquals(0, problem.line());
        assertEquals(true, problem.message().startsWith("YAML syntax error: "), problem.message());
    }

    @Test
    void overriddenFaultTime_isCheckedAgainstTheDuration() {
        assertEquals("--set faults.0.at=1m: faults.0.at: must be before the end of the run (10s), got 1m",
                problem(WITH_FAULT, "faults.0.at=1m"));
    }

    @Test
    void problemsOfTheFileAndOfOverrides_areAllReported_fileFirst() {
        String yaml = MINIMAL.replace("target: server", "target: sever");
        List<Problem> problems = problems(yaml, "nodes.server.workers=0", "nodes.server.speed=fast");
        assertEquals(List.of("s.yaml", "--set nodes.server.workers=0", "--set nodes.server.speed=fast"),
                problems.stream().map(Problem::file).toList());
    }

    @Test
    void overrideOfAWholeFault_isBoundLikeTheFile() throws Exception {
        Scenario scenario = load(WITH_FAULT, "faults.0={at: 3s, crash: server, duration: 1s}");
        assertEquals(List.of(3_000_000_000L, 4_000_000_000L),
                scenario.faults().stream().map(ScheduledFault::atNanos).toList());
    }
}
