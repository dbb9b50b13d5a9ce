package org.distsim.models.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.WorkloadResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Random failures measured against the renewal-reward theorem: a node up for exponential times of
 * mean MTTF and down for exponential times of mean MTTR is up a fraction A = MTTF / (MTTF + MTTR)
 * of the time. Over a run of length T the measured fraction has, by the central limit theorem for
 * alternating renewal processes, variance (MTTR² σ_up² + MTTF² σ_down²) / ((MTTF + MTTR)³ T),
 * which for exponential times (σ = mean) is 2 MTTF² MTTR² / ((MTTF + MTTR)³ T). The tolerances are
 * four of those standard errors.
 */
class RandomFailuresTest {

    private static final double MTTF = 9;
    private static final double MTTR = 1;
    private static final double T = 20_000 - 10;

    private static final String ONE = """
            name: failures
            seed: 3
            duration: 20000s
            warmup: 10s
            network:
              latency: {dist: constant, value: 0ms}
            nodes:
              server:
                type: service
                workers: 2
                service-time: {dist: exponential, mean: 1ms}
                failures: {mttf: 9s, mttr: 1s}
            workloads:
              clients: {type: open-loop, target: server, rate: 20/s, timeout: 100ms}
            """;

    private static final String TWO = """
            name: neighbours
            seed: 4
            duration: 200s
            warmup: 1s
            network:
              latency: {dist: exponential, mean: 1ms}
            nodes:
              a: {type: service, workers: 2, service-time: {dist: exponential, mean: 1ms}}
              b: {type: service, workers: 2, service-time: {dist: exponential, mean: 1ms}}
            workloads:
              to-a: {type: open-loop, target: a, rate: 200/s, timeout: 100ms}
              to-b: {type: open-loop, target: b, rate: 200/s, timeout: 100ms}
            """;

    private static RunResult run(String yaml, String... overrides) throws Exception {
        return ScenarioRunner.run(ScenarioLoader.load("failures.yaml", yaml, List.of(overrides)), RunOptions.defaults());
    }

    private static double standardError() {
        return Math.sqrt(2 * MTTF * MTTF * MTTR * MTTR / (Math.pow(MTTF + MTTR, 3) * T));
    }

    @Test
    void aServiceUpNineSecondsAndDownOne_isMeasuredAvailableNinetyPercentOfTheTime() throws Exception {
        RunResult result = run(ONE);
        var server = result.nodes().get("server").figures();
        double tolerance = 4 * standardError();
        assertTrue(tolerance < 0.012, "a long run makes the test sharp: " + tolerance);
        assertEquals(0.9, server.get("availability_expected").doubleValue(), 1e-12);
        assertEquals(0.9, server.get("availability").doubleValue(), tolerance, "the node's measured up time");
        long outages = server.get("outages").longValue();
        assertEquals(T / (MTTF + MTTR), outages, 4 * Math.sqrt(T / (MTTF + MTTR)), "about one outage per 10 s");
        // The clients see it too: a request that meets the node down times out. Their share adds
        // its binomial error, and requests caught in service at a crash (about rate × 1 ms per
        // outage) are far below it.
        WorkloadResult clients = result.workloads().get("clients");
        double clientTolerance = tolerance + 4 * Math.sqrt(0.09 / clients.requests());
        assertEquals(0.9, clients.availability(), clientTolerance, "availability seen by " + clients.requests() + " requests");
    }

    @Test
    void aFailureProcessOnOneNode_changesNoDrawOfAnotherNode() throws Exception {
        RunResult calm = run(TWO);
        RunResult failing = run(TWO, "nodes.b.failures={mttf: 5s, mttr: 1s}");
        assertEquals(calm.workloads().get("to-a").histogram(), failing.workloads().get("to-a").histogram(),
                "every latency of the neighbour is identical");
        assertEquals(calm.nodes().get("a"), failing.nodes().get("a"));
        assertNotEquals(calm.workloads().get("to-b").ok(), failing.workloads().get("to-b").ok());
        assertNull(calm.nodes().get("b").figures().get("availability"), "no failure figures without a process");
    }

    @Test
    void theSameSeed_givesTheSameOutages() throws Exception {
        RunResult once = run(TWO, "nodes.b.failures={mttf: 5s, mttr: 1s}");
        RunResult again = run(TWO, "nodes.b.failures={mttf: 5s, mttr: 1s}");
        assertEquals(once.nodes().get("b"), again.nodes().get("b"));
        assertEquals(once.workloads().get("to-b").histogram(), again.workloads().get("to-b").histogram());
    }

    @Test
    void anyDistributionMayReplaceTheExponentialTimes() throws Exception {
        RunResult result = run(TWO, "nodes.b.failures={up-time: {dist: constant, value: 9s}, down-time: 1s}");
        var b = result.nodes().get("b").figures();
        // Constant times: down from 9 s to 10 s, 19 s to 20 s, ..., 199 s to the end: exactly 20
        // outages of 1 s each, all inside the measured window from 1 s to 200 s.
        assertEquals(20, b.get("outages").longValue());
        assertEquals(1 - 20.0 / 199, b.get("availability").doubleValue(), 1e-9);
    }

    @Test
    void aFailureProcessWithoutItsRepairTime_isRejectedWithItsFileLineAndColumn() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load("failures.yaml", ONE.replace("{mttf: 9s, mttr: 1s}", "{mttf: 9s}"), List.of()));
        String message = e.problems().get(0).format();
        assertTrue(message.startsWith("failures.yaml:12:"), message);
        assertTrue(message.contains("mttr"), message);
    }

    @Test
    void aMisspeltFailureKnob_isRejectedWithASuggestion() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load("failures.yaml", ONE.replace("mttf:", "mtbf:"), List.of()));
        String message = e.problems().get(0).format();
        assertTrue(message.startsWith("failures.yaml:12:"), message);
        assertTrue(message.contains("mttf"), message);
    }
}
