package org.distsim.models.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distsim.models.cache.CacheRuns.Run;
import org.distsim.models.cache.policy.CacheTheory;
import org.distsim.models.keys.KeyPopularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hit ratio a cache node reaches in a running simulation, with its fetches, lookups and
 * timers, agrees with the closed forms of the independent reference model.
 */
class CacheHitRatioTest {

    private static final int KEYS = 1000;
    private static final double RATE = 10_000;

    private static String scenario(int capacity, String extra) {
        return """
                name: hit-ratio
                duration: 22s
                warmup: 2s
                nodes:
                  cache:
                    type: cache
                    backing: db
                    capacity: %d
                    %s
                  db:
                    type: database
                    workers: 64
                    read-time: 100us
                """.formatted(capacity, extra);
    }

    @ParameterizedTest(name = "zipf s = {0}")
    @ValueSource(doubles = {0.8, 1.0})
    void lruHitRatio_underZipf_matchesChesApproximation(double exponent) throws Exception {
        KeyPopularity zipf = KeyPopularity.zipf(KEYS, exponent);
        int capacity = 100;
        Run run = CacheRuns.run(scenario(capacity, "eviction: lru"), "cache", RATE, 1.0, zipf);

        double measured = run.figure("cache", "hit_ratio").doubleValue();
        double che = CacheTheory.lruHitRatio(zipf, capacity);
        // 200 000 measured reads: the binomial standard error of the ratio is about 0.001, and LRU
        // state correlates successive outcomes over roughly a capacity's worth of requests, which
        // widens it a few times. Che's approximation itself is within about 0.005 at C = 100. So
        // 0.01 is a few standard errors plus the approximation's own error.
        assertEquals(che, measured, 0.01, "measured LRU hit ratio " + measured + ", Che " + che);
        // Every miss, and nothing else, sent one fetch to the database.
        assertEquals(run.count("cache", "misses"), run.count("cache", "backing_requests"));
    }

    @Test
    void underLfu_everyReadIsOneOfHitMissOrCoalesced_andEveryMissSendsOneFetch() throws Exception {
        // LFU evicts a key just inserted (its count is 1) while its fetch is still in flight, so the
        // next reads of it find no entry but a fetch to wait for: coalesced, neither hit nor miss.
        // And a key held whose value is still being fetched is no hit either.
        KeyPopularity zipf = KeyPopularity.zipf(KEYS, 1.0);
        Run run = CacheRuns.run(scenario(100, "eviction: lfu"), "cache", RATE, 1.0, zipf);
        long hits = run.count("cache", "hits");
        long misses = run.count("cache", "misses");
        long coalesced = run.count("cache", "coalesced");
        assertTrue(coalesced > 0, "the run must coalesce reads to test them: " + coalesced);
        assertEquals(run.count("cache", "reads"), hits + misses + coalesced);
        assertEquals(misses, run.count("cache", "backing_requests"));
        assertEquals((double) hits / run.count("cache", "reads"), run.figure("cache", "hit_ratio").doubleValue(), 1e-12);
    }

    @Test
    void ttl_turnsHitsIntoMisses_asTheExpireAfterWriteFormulaPredicts() throws Exception {
        KeyPopularity zipf = KeyPopularity.zipf(KEYS, 0.8);
        // Room for every key: only the time to live makes misses after the warm-up.
        Run forever = CacheRuns.run(scenario(KEYS, "eviction: lru"), "cache", RATE, 1.0, zipf);
        double ttlSeconds = 0.02;
        Run shortLived = CacheRuns.run(scenario(KEYS, "ttl: 20ms"), "cache", RATE, 1.0, zipf);

        double withoutTtl = forever.figure("cache", "hit_ratio").doubleValue();
        double withTtl = shortLived.figure("cache", "hit_ratio").doubleValue();
        // Expire-after-write with unbounded room: key i is missed, then hit by every request in the
        // next T, then missed again (Poisson arrivals forget the past), so its hit ratio is
        // λ_i T / (1 + λ_i T), and the total is the popularity-weighted sum.
        double expected = 0;
        for (int key = 0; key < KEYS; key++) {
            double perTtl = RATE * zipf.probability(key) * ttlSeconds;
            expected += zipf.probability(key) * perTtl / (1 + perTtl);
        }
        assertTrue(withoutTtl > 0.99, "a cache holding every key barely misses: " + withoutTtl);
        // About 200 000 reads: sampling error about 0.001; 0.006 also allows for the fetch time,
        // during which an entry already counts but its reads wait.
        assertEquals(expected, withTtl, 0.006, "hit ratio with a 20ms TTL " + withTtl + ", theory " + expected);
        long expirations = shortLived.count("cache", "expirations");
        long misses = shortLived.count("cache", "misses");
        // Every miss of a key that was held before follows its expiry: the two counts track each other.
        assertEquals(misses, expirations, 0.02 * misses, "expirations " + expirations + ", misses " + misses);
    }

    @Test
    void ttlAfterAccess_keepsKeysReadMoreOftenThanTheTtl_asChesFormulaWithTheTtlPredicts() throws Exception {
        KeyPopularity zipf = KeyPopularity.zipf(KEYS, 0.8);
        double ttlSeconds = 0.02;
        Run afterWrite = CacheRuns.run(scenario(KEYS, "ttl: 20ms"), "cache", RATE, 1.0, zipf);
        Run afterAccess = CacheRuns.run(scenario(KEYS, "ttl: 20ms\n    expire-after: access"), "cache", RATE, 1.0,
                zipf);
        double withWriteTtl = afterWrite.figure("cache", "hit_ratio").doubleValue();
        double withAccessTtl = afterAccess.figure("cache", "hit_ratio").doubleValue();
        // Expire-after-access with unbounded room: a read hits when the key's previous read came
        // within T (every read restarts the TTL), so key i hits with probability 1 - e^(-λ_i T).
        double expected = 0;
        for (int key = 0; key < KEYS; key++) {
            expected += zipf.probability(key) * -Math.expm1(-RATE * zipf.probability(key) * ttlSeconds);
        }
        // The same allowance as for expire-after-write above: sampling error and the fetch time.
        assertEquals(expected, withAccessTtl, 0.006, "hit ratio with a 20ms access TTL " + withAccessTtl
                + ", theory " + expected);
        assertTrue(withAccessTtl > withWriteTtl + 0.03, "a use that restarts the TTL keeps popular keys: access "
                + withAccessTtl + ", write " + withWriteTtl);
    }

    @Test
    void lfuGlobal_fromYaml_reachesTheSumOfTheTopCProbabilities() throws Exception {
        KeyPopularity zipf = KeyPopularity.zipf(KEYS, 0.8);
        int capacity = 100;
        Run run = CacheRuns.run(scenario(capacity, "eviction: lfu-global"), "cache", RATE, 1.0, zipf);
        double measured = run.figure("cache", "hit_ratio").doubleValue();
        double optimum = zipf.topProbability(capacity);
        // 200 000 measured reads: binomial standard error about 0.001; the newcomers' slot costs at
        // most q_C (0.0014 here) and reads that wait for a fetch in flight are neither hits nor
        // misses. 0.006 is a few standard errors plus those.
        assertEquals(optimum, measured, 0.006, "lfu-global hit ratio " + measured + ", top-C " + optimum);
    }
}
