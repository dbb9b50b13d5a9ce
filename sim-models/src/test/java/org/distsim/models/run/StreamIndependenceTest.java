package org.distsim.models.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.WorkloadResult;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Random streams belong to (seed, replication, actor, purpose), so what one actor draws cannot
 * depend on which other actors exist or how much they draw.
 */
class StreamIndependenceTest {

    private static final Path MM1 = Path.of("..", "scenarios", "validation", "mm1.yaml");
    private static final List<String> SHORT = List.of("duration=20s", "warmup=2s");

    private static RunResult run(List<String> overrides, RunOptions options) throws Exception {
        Scenario scenario = ScenarioLoader.load(MM1, overrides);
        return ScenarioRunner.run(scenario, options);
    }

    private static List<String> with(String... more) {
        List<String> all = new java.util.ArrayList<>(SHORT);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void addingAnUnrelatedServiceAndWorkload_leavesTheOriginalWorkloadsDrawsUnchanged() throws Exception {
        RunResult alone = run(SHORT, RunOptions.defaults());
        RunResult withNeighbour = run(with(
                "nodes.other.type=service",
                "nodes.other.service-time={dist: exponential, mean: 3ms}",
                "workloads.aaa-first.type=open-loop",
                "workloads.aaa-first.target=other",
                "workloads.aaa-first.rate=100/s"), RunOptions.defaults());
        WorkloadResult before = alone.workloads().get("clients");
        WorkloadResult after = withNeighbour.workloads().get("clients");
        assertEquals(before.requests(), after.requests());
        assertEquals(before.histogram(), after.histogram(), "every latency of 'clients' must be identical");
        assertEquals(alone.nodes().get("server"), withNeighbour.nodes().get("server"));
    }

    @Test
    void changingTheServiceTimeDistribution_leavesTheArrivalsUnchanged() throws Exception {
        // Common random numbers: arrivals and service times are separate streams.
        RunResult exponential = run(SHORT, RunOptions.defaults());
        RunResult constant = run(with("nodes.server.service-time={dist: constant, value: 1ms}"), RunOptions.defaults());
        assertEquals(exponential.workloads().get("clients").requests(), constant.workloads().get("clients").requests());
        assertNotEquals(exponential.workloads().get("clients").histogram(), constant.workloads().get("clients").histogram());
    }

    @Test
    void aDifferentSeedOrReplication_givesDifferentNumbers() throws Exception {
        RunResult base = run(SHORT, RunOptions.defaults());
        RunResult otherSeed = run(SHORT, RunOptions.defaults().withSeed(2));
        RunResult otherReplication = run(SHORT, RunOptions.defaults().withReplication(1));
        assertNotEquals(base.workloads().get("clients").histogram(), otherSeed.workloads().get("clients").histogram());
        assertNotEquals(base.workloads().get("clients").histogram(), otherReplication.workloads().get("clients").histogram());
    }
}
