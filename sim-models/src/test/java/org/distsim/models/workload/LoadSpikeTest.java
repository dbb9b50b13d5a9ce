package org.distsim.models.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.fault.Fault;
import org.distsim.core.fault.ScheduledFault;
import org.distsim.core.result.RunResult;
import org.distsim.models.format.ComponentCatalog;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.NetworkSpec;
import org.distsim.models.scenario.Problem;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * A {@code load-spike} fault multiplies an open-loop workload's arrival rate during its window.
 * Counts per one-second interval are Poisson with mean m (standard deviation √m); the checks allow
 * 5 σ per interval, a false alarm probability below 1e-4 over the few dozen intervals of a test.
 */
class LoadSpikeTest {

    private static final double SIGMAS = 5;
    private static final long S = 1_000_000_000L;

    private static String scenario(String workload, String faults) {
        return """
                name: spike
                duration: 25s
                nodes:
                  server: {type: service, workers: 100000, service-time: 1us}
                workloads:
                  clients:
                    type: open-loop
                    target: server
                %s
                  users: {type: closed-loop, target: server, users: 2, think-time: 10ms}
                faults:
                %s
                """.formatted(workload.indent(4), faults.indent(2));
    }

    private static List<Double> completedPerSecond(String workload, String faults) throws Exception {
        RunResult result = ScenarioRunner.run(ScenarioLoader.load("spike.yaml", scenario(workload, faults), List.of()),
                RunOptions.defaults());
        return result.series().values("workload.clients.ok");
    }

    private static final String SPIKE = "- {at: 10s, duration: 5s, load-spike: {workload: clients, factor: 3}}";

    @Test
    void poissonWorkload_sendsFactorTimesItsRateDuringTheWindowOnly() throws Exception {
        List<Double> counts = completedPerSecond("rate: 1000/s", SPIKE);
        assertEquals(25, counts.size());
        double inWindow = 0;
        for (int second = 0; second < 25; second++) {
            double expected = second >= 10 && second < 15 ? 3000 : 1000;
            double count = counts.get(second);
            assertTrue(Math.abs(count - expected) <= SIGMAS * Math.sqrt(expected),
                    "second " + second + ": " + count + " requests, expected " + expected);
            inWindow += second >= 10 && second < 15 ? count : 0;
        }
        // The whole window: 15000 expected, σ ≈ 122.
        assertEquals(15000, inWindow, SIGMAS * Math.sqrt(15000));
    }

    @Test
    void scheduledConstantArrivals_areMultipliedExactly() throws Exception {
        List<Double> counts = completedPerSecond("""
                arrivals: constant
                rate: 1000/s
                schedule: [{at: 5s, rate: 2000/s}]
                """, "- {at: 10s, duration: 5s, load-spike: {workload: clients, factor: 2.5}}");
        for (int second = 0; second < 25; second++) {
            double expected = second < 5 ? 1000 : second >= 10 && second < 15 ? 5000 : 2000;
            assertEquals(expected, counts.get(second), 1.0, "second " + second);
        }
    }

    @Test
    void beforeTheSpike_theRunIsIdenticalToOneWithoutIt() throws Exception {
        List<Double> spiked = completedPerSecond("rate: 1000/s", SPIKE);
        List<Double> plain = completedPerSecond("rate: 1000/s", "[]");
        assertEquals(plain.subList(0, 10), spiked.subList(0, 10));
        assertNotEquals(plain.subList(10, 15), spiked.subList(10, 15));
    }

    @Test
    void spikeWithDuration_isUndoneByFactorOne() throws Exception {
        var scenario = ScenarioLoader.load("spike.yaml", scenario("rate: 10/s", SPIKE), List.of());
        assertEquals(List.of(new ScheduledFault(10 * S, new Fault.LoadSpike("clients", 3)),
                new ScheduledFault(15 * S, new Fault.LoadSpike("clients", 1))), scenario.faults());
    }

    @Test
    void closedLoopWorkload_runsWithFactorTimesItsUsersDuringTheWindow() throws Exception {
        // 10 users, 100 ms of constant think and a 1 us server: each user sends about 10 requests a
        // second (X = N / (R + Z)); with factor 3, 30 users, and back to 10 when the spike ends.
        String yaml = """
                name: closed spike
                duration: 25s
                nodes:
                  server: {type: service, workers: 1000, service-time: 1us}
                workloads:
                  users: {type: closed-loop, target: server, users: 10, think-time: 100ms}
                faults:
                  - {at: 10s, duration: 5s, load-spike: {workload: users, factor: 3}}
                """;
        RunResult result = ScenarioRunner.run(ScenarioLoader.load("closed.yaml", yaml, List.of()), RunOptions.defaults());
        List<Double> counts = result.series().values("workload.users.ok");
        for (int second = 1; second < 25; second++) {
            // The second after each change is a mix of the two populations (joining users think first).
            if (second == 10 || second == 15) {
                continue;
            }
            double expected = second > 10 && second < 15 ? 300 : 100;
            assertEquals(expected, counts.get(second), 2, "second " + second);
        }
    }

    @Test
    void closedLoopSpike_belowOne_shrinksThePopulationWithoutAbandoningRequests() throws Exception {
        String yaml = """
                name: closed dip
                duration: 20s
                nodes:
                  server: {type: service, workers: 1000, service-time: 1us}
                workloads:
                  users: {type: closed-loop, target: server, users: 10, think-time: 100ms}
                faults:
                  - {at: 5s, duration: 10s, load-spike: {workload: users, factor: 0.5}}
                """;
        RunResult result = ScenarioRunner.run(ScenarioLoader.load("closed.yaml", yaml, List.of()), RunOptions.defaults());
        List<Double> counts = result.series().values("workload.users.ok");
        assertEquals(50, counts.get(10), 2);
        assertEquals(100, counts.get(18), 2);
        assertEquals(0, result.workloads().get("users").unknown());
    }

    @Test
    void spikeOnAWorkloadTypeThatCannotScale_isRefusedAtTheWorkloadName() {
        ComponentCatalog registry = ComponentCatalog.builder()
                .node("box", NetworkSpec.class, "A node with nothing to configure.")
                .workload("pinger", NetworkSpec.class, "A workload that cannot be scaled.")
                .build();
        String yaml = """
                name: t
                duration: 10s
                nodes: {b: {type: box}}
                workloads: {p: {type: pinger}}
                faults: [{at: 1s, load-spike: {workload: p, factor: 2}}]
                """;
        List<Problem> problems = assertThrows(ScenarioException.class,
                () -> new ScenarioLoader(registry).read("t.yaml", yaml, List.of())).problems();
        assertEquals("""
                t.yaml:5:42: faults.0.load-spike.workload: "p" is a pinger workload, whose load a load spike cannot multiply
                  expected an open-loop or closed-loop workload""", problems.get(0).format());
    }

    @Test
    void spikeOnANode_saysItIsANode() {
        List<Problem> problems = problems("- {at: 10s, load-spike: {workload: server, factor: 2}}");
        assertEquals("faults.0.load-spike.workload: \"server\" is a node, not a workload",
                problems.get(0).format().lines().findFirst().orElseThrow().replaceFirst("^[^ ]* ", ""));
    }

    @Test
    void spikeWithAZeroFactor_isOutOfRange() {
        List<Problem> problems = problems("- {at: 10s, load-spike: {workload: clients, factor: 0}}");
        assertEquals("must be greater than 0, got 0", problems.get(0).message());
    }

    private static List<Problem> problems(String faults) {
        return assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load("spike.yaml", scenario("rate: 10/s", faults), List.of())).problems();
    }
}
