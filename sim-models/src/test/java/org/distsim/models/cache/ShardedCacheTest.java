package org.distsim.models.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distsim.models.cache.CacheRuns.Run;
import org.distsim.models.cache.policy.CacheTheory;
import org.distsim.models.keys.KeyPopularity;
import org.junit.jupiter.api.Test;

/**
 * A sharded cache is cache nodes behind a consistent-hash load balancer: each key lives on one
 * shard, so n shards of capacity C/n hold as many distinct keys as one cache of capacity C.
 */
class ShardedCacheTest {

    private static final KeyPopularity KEYS = KeyPopularity.zipf(1000, 0.8);

    private static String scenario(String algorithm) {
        StringBuilder yaml = new StringBuilder("""
                name: sharded
                duration: 12s
                warmup: 2s
                nodes:
                  lb:
                    type: load-balancer
                    backends: [shard-1, shard-2, shard-3, shard-4]
                    algorithm: %s
                  db:
                    type: database
                    workers: 64
                    read-time: 100us
                """.formatted(algorithm));
        for (int i = 1; i <= 4; i++) {
            yaml.append("""
                      shard-%d:
                        type: cache
                        backing: db
                        capacity: 50
                    """.formatted(i));
        }
        return yaml.toString();
    }

    private static double hitRatio(Run run) {
        long hits = 0;
        long lookups = 0;
        for (int i = 1; i <= 4; i++) {
            hits += run.count("shard-" + i, "hits");
            lookups += run.count("shard-" + i, "hits") + run.count("shard-" + i, "misses");
        }
        return (double) hits / lookups;
    }

    @Test
    void consistentHashShards_hitLikeOneCacheOfTheirTotalCapacity_roundRobinShardsLikeOneShard() throws Exception {
        double sharded = hitRatio(CacheRuns.run(scenario("consistent-hash"), "lb", 10_000, 1.0, KEYS));
        double spread = hitRatio(CacheRuns.run(scenario("round-robin"), "lb", 10_000, 1.0, KEYS));
        double oneBigCache = CacheTheory.lruHitRatio(KEYS, 200);
        double oneShard = CacheTheory.lruHitRatio(KEYS, 50);

        // Consistent hashing with 100 virtual nodes gives each shard 25% ± a few points of the
        // keys, so each shard is an LRU of 50 over its own keys: close to one LRU of 200 (the
        // small gap comes from unequal shares). Round robin sends every key to every shard, so each
        // holds copies of the same hot keys and behaves like one cache of 50.
        assertEquals(oneBigCache, sharded, 0.03, "consistent-hash shards " + sharded + ", one cache of 200 " + oneBigCache);
        assertEquals(oneShard, spread, 0.015, "round-robin shards " + spread + ", one cache of 50 " + oneShard);
        assertTrue(sharded > spread + 0.1);
    }
}
