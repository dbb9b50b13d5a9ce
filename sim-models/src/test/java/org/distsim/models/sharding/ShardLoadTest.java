package org.distsim.models.sharding;

import static org.distsim.models.sharding.Sharded.SHARDS;
import static org.distsim.models.sharding.Sharded.figure;
import static org.distsim.models.sharding.Sharded.list;
import static org.distsim.models.sharding.Sharded.shares;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.distsim.core.result.RunResult;
import org.distsim.models.keys.KeyPopularity;
import org.junit.jupiter.api.Test;

/**
 * How each sharding strategy spreads a key load over three databases, measured at the router and
 * compared with the exact probability mass of the keys each shard owns.
 *
 * <p>Margins: a run routes about N = 10 000 requests (1000/s for 10 s), each independently to a
 * shard owning probability mass p, so a measured share has standard deviation sqrt(p(1-p)/N) at
 * most 0.005; 0.02 is four of them.
 */
class ShardLoadTest {

    private static final int KEYS = 1000;
    private static final KeyPopularity ZIPF = KeyPopularity.zipf(KEYS, 0.99);
    private static final String ZIPF_KEYS = "workloads.clients.keys={count: 1000, popularity: zipf, s: 0.99}";
    private static final double SAMPLING_MARGIN = 0.02;

    /** The exact load share of each shard: the sum of the probabilities of the keys {@code map} gives it. */
    private static double[] expectedShares(ShardMap map, KeyPopularity keys) {
        double[] shares = new double[map.shardCount()];
        for (int key = 0; key < keys.keyCount(); key++) {
            shares[map.shardOf(key)] += keys.probability(key);
        }
        return shares;
    }

    private static double max(double[] values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    @Test
    void zipfKeys_onRangeSharding_makeTheFirstShardHot_withTheZipfMassOfItsRange() {
        RunResult range = Sharded.run(ZIPF_KEYS, "nodes.router.strategy=range", "nodes.router.key-space=1000");
        double[] measured = shares(range, SHARDS);
        // Shard 1 owns keys 0..332: the 333 most popular keys, about 85 % of the requests at s = 0.99.
        double firstRangeMass = ZIPF.topProbability(333);
        assertEquals(firstRangeMass, measured[0], SAMPLING_MARGIN, "shard shares " + list(measured));
        assertTrue(measured[0] > 2.4 * (1.0 / 3), "the first shard is hot, far above 1/3: " + list(measured));
        assertEquals(3 * measured[0], figure(range, "router", "hot_shard_share"), 1e-9);

        // The hot shard's database is busier in proportion: utilisation = rate x share x E[S] / c.
        double rate = range.workloads().get("clients").requests() / (range.measuredNanos() / 1e9);
        double expectedUtilisation = rate * firstRangeMass * Sharded.READ_TIME_SECONDS / Sharded.WORKERS;
        double hot = figure(range, "db-1", "utilisation_mean");
        double cold = figure(range, "db-3", "utilisation_mean");
        // The mean of ~8500 exponential service times has a relative error of about 1 %; 5 % is ample.
        assertEquals(expectedUtilisation, hot, 0.05 * expectedUtilisation, "db-1 utilisation");
        assertTrue(hot > 10 * cold, "hot db-1 " + hot + " against cold db-3 " + cold);
    }

    /**
     * At 2200 requests/s the first range's 85 % is 1860/s on a database that serves 2000/s at
     * most (utilisation 0.93): M/M/4 puts its p99 wait near 30 ms. Hash sharding's busiest shard
     * takes 44 % (960/s, utilisation 0.48), so the clients' p99 stays near the 9.2 ms p99 of one
     * exponential read. A factor of 2 leaves room for the noise of a 10 s run at high load.
     */
    @Test
    void zipfKeys_onRangeSharding_raiseTheClientsP99_whileHashShardingKeepsItNearOneRead() {
        String rate = "workloads.clients.rate=2200/s";
        RunResult range = Sharded.run(ZIPF_KEYS, rate, "nodes.router.strategy=range", "nodes.router.key-space=1000");
        RunResult hash = Sharded.run(ZIPF_KEYS, rate, "nodes.router.strategy=hash");
        double rangeP99 = range.workloads().get("clients").latency().p99();
        double hashP99 = hash.workloads().get("clients").latency().p99();
        assertTrue(rangeP99 > 2 * hashP99, "p99 range " + rangeP99 + " ms, hash " + hashP99 + " ms");
        assertTrue(figure(range, "db-1", "utilisation_mean") > 0.85, "hot db-1 " + figure(range, "db-1", "utilisation_mean"));
    }

    @Test
    void zipfKeys_onHashAndConsistentHash_loadEachShardByItsKeysExactMass_farBelowTheRangeHotSpot() {
        ShardMap[] maps = {new HashSharding(3), new ConsistentHashSharding(SHARDS, 100)};
        String[] strategies = {"hash", "consistent-hash"};
        for (int s = 0; s < maps.length; s++) {
            RunResult result = Sharded.run(ZIPF_KEYS, "nodes.router.strategy=" + strategies[s]);
            double[] measured = shares(result, SHARDS);
            double[] expected = expectedShares(maps[s], ZIPF);
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i], measured[i], SAMPLING_MARGIN,
                        strategies[s] + ": expected " + list(expected) + ", measured " + list(measured));
            }
            // Hashing spreads keys, not load: the hottest key alone (13 % of requests) sits on one
            // shard, so the busiest shard stays above 1/3, yet far below range's 85 %.
            assertTrue(max(measured) < 0.5, strategies[s] + " busiest shard " + list(measured));
            assertTrue(max(measured) >= ZIPF.probability(0), strategies[s] + " " + list(measured));
        }
    }

    /**
     * With 1000 uniform keys every shard's expected share is its fraction of the keys: exactly a
     * third for range, a third or closer for directory (it places by load), and for hash a third
     * give or take a binomial 15 keys of 333 (4.5 % relative, one standard deviation); the ring
     * with V = 1000 virtual nodes adds about 1/sqrt(V) = 3 % relative. Sampling N = 10 000
     * requests adds 1.5 % relative. 1.15 is three standard deviations of the worst case (hash,
     * 4.7 %) above even.
     */
    @Test
    void uniformKeys_spreadEvenlyOverTheShards_withEveryStrategy() {
        for (String strategy : List.of("hash", "range", "directory", "consistent-hash")) {
            List<String> overrides = new ArrayList<>(List.of("nodes.router.strategy=" + strategy));
            if (strategy.equals("range")) {
                overrides.add("nodes.router.key-space=1000");
            } else if (strategy.equals("consistent-hash")) {
                overrides.add("nodes.router.virtual-nodes=1000");
            }
            RunResult result = Sharded.run(overrides.toArray(String[]::new));
            double hotShardShare = figure(result, "router", "hot_shard_share");
            assertTrue(hotShardShare < 1.15, strategy + ": hot shard share " + hotShardShare
                    + ", shares " + list(shares(result, SHARDS)));
        }
    }

    @Test
    void zipfKeys_onDirectorySharding_spreadLoadEvenly_whereHashingCannot() {
        RunResult directory = Sharded.run(ZIPF_KEYS, "nodes.router.strategy=directory");
        RunResult hash = Sharded.run(ZIPF_KEYS, "nodes.router.strategy=hash");
        double[] measured = shares(directory, SHARDS);
        // Each new key goes to the shard with the fewest requests so far, so the shard that took
        // key 0 (13 %) takes few others. No key alone exceeds a third, so each share ends at a
        // third give or take the sampling margin of the class comment.
        for (double share : measured) {
            assertEquals(1.0 / 3, share, SAMPLING_MARGIN, "directory shares " + list(measured));
        }
        assertTrue(figure(directory, "router", "hot_shard_share") < figure(hash, "router", "hot_shard_share"),
                "directory " + list(measured) + " against hash " + list(shares(hash, SHARDS)));
    }

    @Test
    void directoryLookupTime_addsItsDurationToEveryRequest() {
        RunResult free = Sharded.run("nodes.router.strategy=directory");
        RunResult costly = Sharded.run("nodes.router.strategy=directory", "nodes.router.directory-lookup-time=5ms");
        double added = costly.workloads().get("clients").latency().mean() - free.workloads().get("clients").latency().mean();
        // A constant 5 ms per lookup; the databases see the same load either way, so the mean
        // latency rises by 5 ms give or take the sampling noise of two means of ~10 000 (~0.05 ms).
        assertEquals(5.0, added, 0.3, "mean latency added by the directory lookup, ms");
    }
}
