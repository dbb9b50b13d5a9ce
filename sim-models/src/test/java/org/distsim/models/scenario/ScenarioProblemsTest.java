package org.distsim.models.scenario;

import static org.distsim.models.scenario.Scenarios.MINIMAL;
import static org.distsim.models.scenario.Scenarios.minimalWith;
import static org.distsim.models.scenario.Scenarios.problem;
import static org.distsim.models.scenario.Scenarios.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of mistake an author makes, with the exact place and words of its report. */
class ScenarioProblemsTest {

    private static final String DURATION_EXPECTED = "  expected a duration like 250us, 2ms, 1.5s or 5m";

    @Test
    void unknownKey_isReportedAtItsOwnLineWithSuggestion() {
        String yaml = minimalWith("    service-time: 2ms", "    service-tme: 2ms");
        assertEquals("""
                s.yaml:6:5: nodes.server.service-tme: unknown key "service-tme"
                  expected one of: bandwidth, calls, count, deadline-margin, deadlines, error-rate, failures, k, mode, queue-capacity, replica-balancing, replicas, service-time, speed, type, wait-for, workers, zone, zones
                  did you mean "service-time"?""", problem(yaml));
    }

    @Test
    void unknownKey_spelledInAnotherCase_suggestsTheKebabKey() {
        String yaml = minimalWith("    service-time: 2ms", "    service-time: 2ms\n    queueCapacity: 5");
        List<Problem> problems = problems(yaml);
        assertEquals(1, problems.size());
        assertEquals("queue-capacity", problems.get(0).suggestion());
        assertEquals(7, problems.get(0).line());
    }

    @Test
    void unknownKey_farFromEveryKnownKey_hasNoSuggestion() {
        String yaml = MINIMAL + "a: 1\n";
        Problem problem = problems(yaml).get(0);
        assertEquals("s.yaml:12:1: a: unknown key \"a\"", problem.format().lines().findFirst().orElseThrow());
        assertNull(problem.suggestion());
    }

    @Test
    void unknownComponentType_listsTheTypesOfItsKindAndSuggestsTheClosest() {
        String yaml = minimalWith("    type: service", "    type: servise");
        assertEquals("""
                s.yaml:5:11: nodes.server.type: unknown component type "servise"
                  expected one of: autoscaler, cache, database, event-log, load-balancer, queue, rate-limiter, replicated-database, service, shard-router, timeline
                  did you mean "service"?""", problem(yaml));
    }

    @Test
    void workloadType_declaredUnderNodes_saysWhereItBelongs() {
        String yaml = minimalWith("    type: service", "    type: open-loop");
        assertEquals("""
                s.yaml:5:11: nodes.server.type: "open-loop" is a workload type; declare it under workloads:
                  expected a node type, one of: autoscaler, cache, database, event-log, load-balancer, queue, rate-limiter, replicated-database, service, shard-router, timeline""", problem(yaml));
    }

    @Test
    void missingType_isReportedAtTheComponentsKey() {
        String yaml = minimalWith("    type: service\n", "");
        assertEquals("""
                s.yaml:4:3: nodes.server: missing required key "type"
                  expected a node type, one of: autoscaler, cache, database, event-log, load-balancer, queue, rate-limiter, replicated-database, service, shard-router, timeline""", problem(yaml));
    }

    @Test
    void unknownDistribution_isReportedAtItsNameWithSuggestion() {
        String yaml = minimalWith("    service-time: 2ms", "    service-time: {dist: expnential, mean: 2ms}");
        assertEquals("""
                s.yaml:6:26: nodes.server.service-time.dist: unknown distribution "expnential"
                  expected one of: constant, empirical, exponential, lognormal, normal, pareto, uniform, weibull
                  did you mean "exponential"?""", problem(yaml));
    }

    @Test
    void distributionWithoutDist_isReportedAtItsKey() {
        String yaml = minimalWith("    service-time: 2ms", "    service-time: {mean: 2ms}");
        assertEquals("""
                s.yaml:6:5: nodes.server.service-time: missing required key "dist"
                  expected a distribution name, one of: constant, empirical, exponential, lognormal, normal, pareto, uniform, weibull""",
                problem(yaml));
    }

    @Test
    void impossibleDistributionParameters_areReportedAtTheDistributionWithTheEnginesReason() {
        String yaml = minimalWith("    service-time: 2ms", "    service-time: {dist: uniform, min: 3ms, max: 1ms}");
        assertEquals("s.yaml:6:19: nodes.server.service-time: impossible uniform distribution:"
                + " max (1000000.0) must not be below min (3000000.0)", problem(yaml));
    }

    @Test
    void lognormal_withMedianButNoP99_saysWhichPairsAreAccepted() {
        String yaml = minimalWith("    service-time: 2ms", "    service-time: {dist: lognormal, median: 2ms}");
        assertEquals("s.yaml:6:19: nodes.server.service-time: impossible lognormal distribution:"
                + " a lognormal needs either median and p99, or mu and sigma", problem(yaml));
    }

    @Test
    void wrongType_saysWhatWasExpected() {
        String yaml = minimalWith("    service-time: 2ms", "    service-time: 2ms\n    workers: three");
        assertEquals("""
                s.yaml:7:14: nodes.server.workers: "three" is not an integer
                  expected an integer between 1 and 100000""", problem(yaml));
    }

    @Test
    void mapping_whereAValueBelongs_isAWrongType() {
        String yaml = minimalWith("    rate: 100/s", "    rate: {per-second: 100}");
        assertEquals("""
                s.yaml:11:11: workloads.clients.rate: a mapping is not a rate
                  expected a rate like 800/s, 2/ms or 120/m""", problem(yaml));
    }

    @ParameterizedTest(name = "timeout: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            5 ms | bad duration "5 ms": write the number and the unit together        | 5ms
            5mss | unknown unit "mss" in "5mss"; the units are ns, us, ms, s, m and h  | 5ms
            5sec | unknown unit "sec" in "5sec"; the units are ns, us, ms, s, m and h  | 5s
            -1s  | a duration cannot be negative: "-1s"                                |
            5    | "5" has no unit; add one, like 5ms or 5s                            |
            .5s  | bad duration ".5s": write the number and the unit together          | 0.5s
            soon | "soon" is not a duration                                            |
            """)
    void badDurationUnit_saysWhatTheFormatIs(String written, String message, String suggestion) {
        String yaml = minimalWith("    rate: 100/s", "    rate: 100/s\n    timeout: " + written);
        assertEquals("s.yaml:12:14: workloads.clients.timeout: " + message + "\n" + DURATION_EXPECTED
                + (suggestion == null ? "" : "\n  did you mean \"" + suggestion + "\"?"), problem(yaml));
    }

    @Test
    void rateWithoutTimeUnit_suggestsPerSecond() {
        String yaml = minimalWith("    rate: 100/s", "    rate: 100");
        assertEquals("""
                s.yaml:11:11: workloads.clients.rate: "100" has no time unit; add one, like 100/s
                  expected a rate like 800/s, 2/ms or 120/m
                  did you mean "100/s"?""", problem(yaml));
    }

    @Test
    void outOfRange_workersZero_namesTheBound() {
        String yaml = minimalWith("    service-time: 2ms", "    service-time: 2ms\n    workers: 0");
        assertEquals("s.yaml:7:14: nodes.server.workers: must be at least 1, got 0", problem(yaml));
    }

    @Test
    void outOfRange_lossAboveOne_isNotAProbability() {
        String yaml = MINIMAL + "network:\n  loss: 1.5\n";
        assertEquals("s.yaml:13:9: network.loss: must be between 0 and 1 (or 0% and 100%), got 1.5", problem(yaml));
    }

    @Test
    void outOfRange_negativeRate_namesTheBound() {
        String yaml = minimalWith("    rate: 100/s", "    rate: -1/s");
        assertEquals("s.yaml:11:11: workloads.clients.rate: must be greater than 0/s, got -1/s", problem(yaml));
    }

    @Test
    void outOfRange_warmupNotShorterThanDuration_isReportedAtWarmup() {
        String yaml = minimalWith("duration: 10s", "duration: 10s\nwarmup: 10s");
        assertEquals("s.yaml:3:9: warmup: must be shorter than the duration (10s), got 10s", problem(yaml));
    }

    @Test
    void outOfRange_tooManyReportIntervals_saysTheShortestAllowed() {
        String yaml = minimalWith("duration: 10s", "duration: 10s\nreport-interval: 10us");
        assertEquals("""
                s.yaml:3:18: report-interval: cuts the run (10s) into 1000000 intervals; at most 100000 are allowed
                  expected a report-interval of at least 100us""", problem(yaml));
    }

    @Test
    void missingRequiredKey_isReportedAtTheEnclosingMappingsKey() {
        String yaml = minimalWith("    service-time: 2ms\n", "");
        assertEquals("""
                s.yaml:4:3: nodes.server: missing required key "service-time"
                  expected a distribution like {dist: exponential, mean: 2ms}, or a duration like 2ms""",
                problem(yaml));
    }

    @Test
    void missingTopLevelKey_isReportedAtTheStartOfTheDocument() {
        String yaml = MINIMAL.replace("name: t\n", "");
        assertEquals("""
                s.yaml:1:1: missing required key "name"
                  expected a string""", problem(yaml));
    }

    @Test
    void emptyName_isRefused() {
        assertEquals("""
                s.yaml:1:7: name: the name must not be empty
                  expected a name like "capacity test\"""", problem(MINIMAL.replace("name: t", "name: ''")));
    }

    @Test
    void missingNodesSection_saysWhatItHolds() {
        String yaml = "name: t\nduration: 10s\nworkloads: {}\n";
        List<Problem> problems = problems(yaml);
        assertEquals(List.of("s.yaml:1:1: missing required key \"nodes\"",
                        "s.yaml:3:12: workloads: at least one workload is needed"),
                problems.stream().map(p -> p.format().lines().findFirst().orElseThrow()).toList());
    }

    @Test
    void danglingNodeReference_suggestsTheDeclaredNode() {
        String yaml = minimalWith("    target: server", "    target: sever");
        assertEquals("""
                s.yaml:10:13: workloads.clients.target: unknown node "sever"
                  expected a node name, one of: server
                  did you mean "server"?""", problem(yaml));
    }

    @Test
    void nodeReference_namingAWorkload_saysItIsAWorkload() {
        String yaml = minimalWith("    target: server", "    target: clients");
        assertEquals("""
                s.yaml:10:13: workloads.clients.target: "clients" is a workload, not a node
                  expected a node name, one of: server""", problem(yaml));
    }

    @Test
    void duplicateName_acrossNodesAndWorkloads_isReportedAtTheSecond() {
        String yaml = minimalWith("  clients:", "  server:");
        assertEquals("s.yaml:8:3: workloads.server: the name \"server\" is already taken by a node;"
                + " nodes and workloads share one namespace", problem(yaml));
    }

    @Test
    void invalidName_saysTheRuleAndSuggestsAValidSpelling() {
        String yaml = minimalWith("  server:", "  Server_1:").replace("target: server", "target: Server_1");
        assertEquals("""
                s.yaml:4:3: nodes.Server_1: invalid node name "Server_1"
                  expected a name of lower-case letters, digits and '-' that starts and ends with a letter or digit, at most 63 characters (like db-2)
                  did you mean "server-1"?""", problem(yaml));
    }

    @Test
    void duplicateYamlKey_isReportedAtTheSecondKeyWithTheFirstLine() {
        String yaml = MINIMAL + "name: u\n";
        assertEquals("s.yaml:12:1: name: duplicate key \"name\" (first written at line 1)", problem(yaml));
    }

    @Test
    void duplicateYamlKey_nestedAndQuoted_isReportedAtItsStart() {
        String yaml = minimalWith("    service-time: 2ms", "    service-time: 2ms\n    \"type\": service");
        assertEquals("s.yaml:7:5: nodes.server.type: duplicate key \"type\" (first written at line 5)", problem(yaml));
    }

    @Test
    void fault_namingAMissingNode_suggestsNothingFarAway() {
        String yaml = MINIMAL + "faults:\n  - at: 1s\n    crash: db\n";
        assertEquals("""
                s.yaml:14:12: faults.0.crash: unknown node "db"
                  expected a node name, one of: server""", problem(yaml));
    }

    @Test
    void fault_namingAMisspeltNode_suggestsIt() {
        String yaml = MINIMAL + "faults:\n  - {at: 1s, slow: {node: servr, factor: 2}}\n";
        assertEquals("""
                s.yaml:13:27: faults.0.slow.node: unknown node "servr"
                  expected a node name, one of: server
                  did you mean "server"?""", problem(yaml));
    }

    @Test
    void fault_atOrAfterTheEnd_isReportedAtItsTime() {
        String yaml = MINIMAL + "faults:\n  - at: 10s\n    crash: server\n";
        assertEquals("s.yaml:13:9: faults.0.at: must be before the end of the run (10s), got 10s", problem(yaml));
    }

    @Test
    void fault_withTwoActions_isReportedAtTheSecond() {
        String yaml = MINIMAL + "faults:\n  - at: 1s\n    crash: server\n    restart: server\n";
        assertEquals("""
                s.yaml:15:5: faults.0.restart: a fault has one action; this one already has "crash"
                  expected one fault per entry of the list""", problem(yaml));
    }

    @Test
    void fault_withoutAction_listsTheActions() {
        String yaml = MINIMAL + "faults:\n  - at: 1s\n";
        assertEquals("""
                s.yaml:13:5: faults.0: the fault has no action
                  expected one action key, one of: crash, degrade-link, heal, load-spike, partition, restart, restore-link, slow""",
                problem(yaml));
    }

    @Test
    void fault_misspeltAction_isAnUnknownKeyWithSuggestion() {
        String yaml = MINIMAL + "faults:\n  - at: 1s\n    crsh: server\n";
        assertEquals("""
                s.yaml:14:5: faults.0.crsh: unknown key "crsh"
                  expected one of: at, crash, degrade-link, duration, heal, load-spike, partition, restart, restore-link, slow
                  did you mean "crash"?""", problem(yaml));
    }

    @Test
    void fault_durationOnAnActionWithoutUndo_isRefused() {
        String yaml = MINIMAL + "faults:\n  - at: 1s\n    restart: server\n    duration: 2s\n";
        assertEquals("""
                s.yaml:15:5: faults.0.duration: "restart" cannot have a duration: it has no undo
                  expected a duration only on crash, partition, slow, degrade-link or load-spike""", problem(yaml));
    }

    @Test
    void heal_ofAnUnknownPartition_suggestsTheDeclaredOne() {
        String yaml = MINIMAL + """
                faults:
                  - at: 1s
                    partition: {name: split, groups: [[clients], [server]]}
                  - at: 2s
                    heal: splt
                """;
        assertEquals("""
                s.yaml:16:11: faults.1.heal: unknown partition "splt"
                  expected a partition name, one of: split
                  did you mean "split"?""", problem(yaml));
    }

    @Test
    void partition_withOneGroup_isReportedAtThePartition() {
        String yaml = MINIMAL + "faults:\n  - at: 1s\n    partition: {groups: [[clients, server]]}\n";
        assertEquals("s.yaml:14:16: faults.0.partition: a partition needs at least two groups, got 1", problem(yaml));
    }

    @Test
    void yamlSyntaxError_isReportedWhereTheParserStopped() {
        String yaml = "name: [t\nduration: 10s\n";
        assertEquals("s.yaml:2:9: name: YAML syntax error: expected ',' or ']', but got :"
                + " (while parsing a flow sequence that starts at line 1, column 7)", problem(yaml));
    }

    @Test
    void tabIndentation_isASyntaxErrorThatSaysSo() {
        String yaml = "name: t\nnodes:\n\tserver: {}\n";
        String message = problem(yaml);
        assertEquals("s.yaml:3:1: YAML syntax error: found character 'tab' that cannot start any token."
                + " (indent with spaces, not tabs)",
                message);
    }

    @Test
    void aliases_areRefusedWhereTheyAreUsed() {
        String yaml = minimalWith("duration: 10s", "duration: &d 10s\nwarmup: *d");
        assertEquals("s.yaml:3:9: warmup: YAML aliases and merge keys are not supported; write the value out",
                problem(yaml));
    }

    @Test
    void mergeKey_isRefusedOnce() {
        String yaml = MINIMAL + "defaults: &defaults {workers: 2}\nother:\n  <<: *defaults\n";
        assertEquals("s.yaml:14:3: other.<<: YAML aliases and merge keys are not supported; write the value out",
                problem(yaml));
    }

    @Test
    void emptyFile_saysWhatAScenarioIs() {
        assertEquals("""
                s.yaml:1:1: the file is empty
                  expected a scenario: a mapping with at least name, duration, nodes and workloads""", problem(""));
        assertEquals(problem(""), problem("# only a comment\n"));
    }

    @Test
    void topLevelList_isNotAScenario() {
        assertEquals("""
                s.yaml:1:1: the top level is a list, not a mapping
                  expected a scenario: a mapping with at least name, duration, nodes and workloads""",
                problem("- name: t\n"));
    }

    @Test
    void secondDocument_isRefused() {
        assertEquals("s.yaml:13:1: a second YAML document starts here; a scenario is one document",
                problem(MINIMAL + "---\nname: u\n"));
    }

    @Test
    void severalProblems_areAllReportedInDocumentOrder() {
        String yaml = """
                name: t
                duration: 10s
                sed: 3
                nodes:
                  server:
                    type: service
                    workers: three
                    service-time: {dist: exponential, mean: 5 ms}
                workloads:
                  clients:
                    type: open-loop
                    target: sever
                    rate: 100
                faults:
                  - at: 1s
                    crash: db
                """;
        List<Problem> problems = problems(yaml);
        assertEquals(List.of(
                        "s.yaml:3:1: sed",
                        "s.yaml:7:14: nodes.server.workers",
                        "s.yaml:8:45: nodes.server.service-time.mean",
                        "s.yaml:12:13: workloads.clients.target",
                        "s.yaml:13:11: workloads.clients.rate",
                        "s.yaml:16:12: faults.0.crash"),
                problems.stream().map(p -> p.file() + ":" + p.line() + ":" + p.column() + ": " + p.path()).toList());
    }

    @Test
    void scenarioException_messageIsEveryProblemFormatted() {
        String yaml = minimalWith("    target: server", "    target: sever\n    arrivals: posson");
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> Scenarios.load(yaml));
        assertEquals("""
                s.yaml:10:13: workloads.clients.target: unknown node "sever"
                  expected a node name, one of: server
                  did you mean "server"?
                s.yaml:11:15: workloads.clients.arrivals: unknown value "posson"
                  expected one of: constant, poisson
                  did you mean "poisson"?""", e.getMessage());
    }
}
