package org.distsim.models.cache;

import java.util.List;
import org.distsim.core.kernel.Simulation;
import org.distsim.core.result.RunResult;
import org.distsim.core.run.SimulationRun;
import org.distsim.models.keys.KeyPopularity;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioLoader;

/** Runs a scenario with one {@link KeyedClient} added, for the cache and database tests. */
public final class CacheRuns {

    /** A workload the scenario format requires; one read per second of key 0 changes nothing measured. */
    public static final String IDLE_WORKLOAD = """
            workloads:
              idle:
                type: open-loop
                target: db
                rate: 1/s
            """;

    private CacheRuns() {
    }

    /** The outcome of a run: the engine's result and the test client's own figures. */
    public record Run(RunResult result, KeyedClient client) {

        public Number figure(String node, String name) {
            return result.nodes().get(node).figures().get(name);
        }

        public long count(String node, String name) {
            return figure(node, name).longValue();
        }
    }

    /**
     * Loads {@code yaml} (which must declare a node {@code db}), adds a {@link KeyedClient} named
     * {@code client} sending to {@code target}, and runs it.
     */
    public static Run run(String yaml, String target, double ratePerSecond, double readRatio,
            KeyPopularity popularity) throws Exception {
        return run(yaml, target, target, ratePerSecond, readRatio, popularity);
    }

    /** As {@link #run(String, String, double, double, KeyPopularity)}, with writes sent to {@code writeTarget}. */
    public static Run run(String yaml, String target, String writeTarget, double ratePerSecond, double readRatio,
            KeyPopularity popularity) throws Exception {
        Scenario scenario = ScenarioLoader.load("cache-test.yaml", yaml + IDLE_WORKLOAD, List.of());
        SimulationRun run = ScenarioRunner.build(scenario, RunOptions.defaults());
        Simulation simulation = run.simulation();
        KeyedClient[] client = new KeyedClient[1];
        simulation.spawn("client", "keyed-client", context -> {
            client[0] = new KeyedClient(context, target, writeTarget, ratePerSecond, readRatio, popularity, 2_000_000_000L);
            return client[0];
        });
        return new Run(run.run(), client[0]);
    }
}
