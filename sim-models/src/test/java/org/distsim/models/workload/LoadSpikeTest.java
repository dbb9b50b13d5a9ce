package org.distsim.models.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.fault.Fault;
import org.distsim.core.fault.ScheduledFault;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
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
        return result.series().columns().get("workload.clients.ok");
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
    void spikeOnAClosedLoopWorkload_isRefusedAtTheWorkloadName() {
        List<Problem> problems = problems("- {at: 10s, load-spike: {workload: users, factor: 2}}");
        assertEquals(1, problems.size());
        assertEquals("""
                spike.yaml:13:38: faults.0.load-spike.workload: "users" is a closed-loop workload, which sets its own\
                 pace (users and think time), so its rate cannot be multiplied
                  expected an open-loop workload; for more load on a closed loop, raise users""",
                problems.get(0).format());
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
