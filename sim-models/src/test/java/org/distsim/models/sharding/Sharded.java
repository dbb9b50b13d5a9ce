package org.distsim.models.sharding;

import java.util.ArrayList;
import java.util.List;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;

/** Runs of one small sharded system: a router in front of three databases, and a fourth in reserve. */
final class Sharded {

    static final List<String> SHARDS = List.of("db-1", "db-2", "db-3");

    /** Each database: 4 workers, exponential reads of mean 2 ms, so one serves up to 2000 reads/s. */
    static final double READ_TIME_SECONDS = 0.002;
    static final int WORKERS = 4;

    private static final String SCENARIO = """
            name: sharding
            seed: 11
            duration: 10s
            nodes:
              router:
                type: shard-router
                shards: [db-1, db-2, db-3]
              db-1: {type: database, workers: 4, read-time: {dist: exponential, mean: 2ms}}
              db-2: {type: database, workers: 4, read-time: {dist: exponential, mean: 2ms}}
              db-3: {type: database, workers: 4, read-time: {dist: exponential, mean: 2ms}}
              db-4: {type: database, workers: 4, read-time: {dist: exponential, mean: 2ms}}
            workloads:
              clients: {type: open-loop, target: router, rate: 1000/s, keys: {count: 1000}}
            """;

    private Sharded() {
    }

    /** One run with {@code overrides} ({@code path=value}) applied to the scenario above. */
    static RunResult run(String... overrides) {
        try {
            return ScenarioRunner.run(load(overrides), RunOptions.defaults());
        } catch (ScenarioException e) {
            throw new AssertionError("the test scenario does not load: " + e.getMessage(), e);
        }
    }

    /** The scenario with {@code overrides} applied, or the problems found in it. */
    static Scenario load(String... overrides) throws ScenarioException {
        return ScenarioLoader.load("sharding.yaml", SCENARIO, List.of(overrides));
    }

    static double figure(RunResult result, String node, String figure) {
        Number value = result.nodes().get(node).figures().get(figure);
        if (value == null) {
            throw new AssertionError("node " + node + " has no figure " + figure + ": " + result.nodes().get(node).figures());
        }
        return value.doubleValue();
    }

    /** The requests the router sent to each of {@code shards}. */
    static long[] routed(RunResult result, List<String> shards) {
        long[] counts = new long[shards.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = (long) figure(result, "router", "to." + shards.get(i));
        }
        return counts;
    }

    /** Each shard's fraction of the requests routed to {@code shards}. */
    static double[] shares(RunResult result, List<String> shards) {
        long[] counts = routed(result, shards);
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        double[] shares = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            shares[i] = (double) counts[i] / total;
        }
        return shares;
    }

    static List<Double> list(double[] values) {
        List<Double> list = new ArrayList<>();
        for (double value : values) {
            list.add(Math.round(value * 10_000) / 10_000.0);
        }
        return list;
    }
}
