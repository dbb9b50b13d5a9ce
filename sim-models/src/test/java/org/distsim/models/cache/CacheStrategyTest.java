package org.distsim.models.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distsim.models.cache.CacheRuns.Run;
import org.distsim.models.keys.KeyPopularity;
import org.junit.jupiter.api.Test;

/** What each write strategy costs and guarantees, measured by a client of keyed reads and writes. */
class CacheStrategyTest {

    private static final KeyPopularity KEYS = KeyPopularity.zipf(1000, 0.9);

    private static String scenario(String strategy, String network) {
        return """
                name: strategies
                duration: 21s
                warmup: 1s
                network:
                  latency: %s
                nodes:
                  cache:
                    type: cache
                    backing: db
                    capacity: 200
                    strategy: %s
                    lookup-time: 100us
                  db:
                    type: database
                    workers: 16
                    read-time: 1ms
                    write-time: 3ms
                """.formatted(network, strategy);
    }

    @Test
    void writeThrough_makesWritesPayTheDatabaseWrite_andNoReadReturnsAnOlderVersionThanAnAcknowledgedWrite()
            throws Exception {
        // Random network delays reorder messages, which is what could expose a stale read.
        Run run = CacheRuns.run(scenario("write-through", "{dist: exponential, mean: 200us}"),
                "cache", 2000, 0.7, KEYS);
        KeyedClient client = run.client();

        // A write: client -> cache (lookup) -> db (write) -> cache -> client: 100us + 3ms + four
        // network hops of 200us on average = 3.9ms, plus a little queueing at the database
        // (16 workers at about 2.6 busy on average wait almost never).
        assertEquals(3.9, client.meanWriteMillis(), 0.15, "mean write latency " + client.meanWriteMillis());
        assertTrue(client.meanReadMillis() < 1.5, "reads are mostly hits: " + client.meanReadMillis());
        assertTrue(client.checkedReads() > 20_000, "reads checked: " + client.checkedReads());
        assertEquals(0, client.violations(), "reads older than an acknowledged write");
        assertEquals(0, client.failed());
    }

    @Test
    void writesThatBypassTheCache_leaveStaleEntries_whichTheClientsCheckCatches() throws Exception {
        // The control for the consistency check above: the same load, but writes go straight to the
        // database, so cached entries keep old versions until they are evicted.
        Run run = CacheRuns.run(scenario("cache-aside", "{dist: exponential, mean: 200us}"),
                "cache", "db", 2000, 0.7, KEYS);
        assertTrue(run.client().violations() > 1000, "stale reads: " + run.client().violations());
    }

    @Test
    void writeBehind_answersWritesAtCacheSpeed_andWritesThemBackLater() throws Exception {
        Run writeBehind = CacheRuns.run(scenario("write-behind", "0ms"), "cache", 2000, 0.7, KEYS);
        Run writeThrough = CacheRuns.run(scenario("write-through", "0ms"), "cache", 2000, 0.7, KEYS);

        // Write-behind: only the lookup time. Write-through: lookup + the 3ms database write.
        assertEquals(0.1, writeBehind.client().meanWriteMillis(), 0.005,
                "write-behind write latency " + writeBehind.client().meanWriteMillis());
        assertEquals(3.1, writeThrough.client().meanWriteMillis(), 0.1,
                "write-through write latency " + writeThrough.client().meanWriteMillis());
        // Coalescing: repeated writes of a hot key between two flushes reach the database once.
        long dbWrites = writeBehind.count("db", "writes");
        long acknowledged = writeBehind.client().writesOk();
        assertTrue(dbWrites < 0.9 * acknowledged, "database writes " + dbWrites + " for " + acknowledged + " writes");
        assertEquals(0, writeBehind.client().violations());
        assertEquals(0, writeBehind.count("cache", "lost_writes"));
    }

    @Test
    void writeBehind_crashLosesTheUnflushedWindow_aboutHalfAFlushIntervalOfWrites() throws Exception {
        // Twenty crashes, about a second apart. A restart re-arms the flush timer, so flushes fall at
        // the restart time plus multiples of 100ms; each crash is placed at a chosen phase after the
        // last flush: 2.5, 7.5, ..., 97.5ms, evenly spread over the interval, mean 50ms.
        long intervalMicros = 100_000;
        long downMicros = 50_000;
        long flushOriginMicros = 0;
        double phaseSumSeconds = 0;
        StringBuilder faults = new StringBuilder("faults:\n");
        for (int i = 0; i < 20; i++) {
            long phaseMicros = 2_500 + 5_000L * i;
            long earliest = (1 + i) * 1_000_000L;
            long crashMicros = earliest + Math.floorMod(phaseMicros - (earliest - flushOriginMicros), intervalMicros);
            faults.append("  - {at: ").append(crashMicros).append("us, crash: cache, duration: 50ms}\n");
            flushOriginMicros = crashMicros + downMicros;
            phaseSumSeconds += phaseMicros / 1e6;
        }
        String yaml = scenario("write-behind", "0ms").replace("duration: 21s", "duration: 22s") + faults;
        double writeRate = 2000 * 0.3;
        Run run = CacheRuns.run(yaml, "cache", 2000, 0.7, KEYS);

        long lost = run.count("cache", "lost_writes");
        double expected = writeRate * phaseSumSeconds;
        // Lost writes at one crash are Poisson with mean λφ, so the total's standard deviation is
        // sqrt(600) ≈ 24.5; 15% of 600 is 90, more than 3.5 standard deviations.
        assertEquals(expected, lost, 0.15 * expected, "lost writes " + lost + ", expected about " + expected);
    }

    @Test
    void coldCacheAfterRestart_sendsABurstOfReadsToTheDatabase() throws Exception {
        String yaml = """
                name: cold-cache
                duration: 10s
                report-interval: 100ms
                nodes:
                  cache:
                    type: cache
                    backing: db
                    capacity: 1000
                  db:
                    type: database
                    workers: 64
                    read-time: 1ms
                faults:
                  - {at: 5s, crash: cache, duration: 1s}
                """;
        KeyPopularity keys = KeyPopularity.zipf(1000, 0.8);
        Run run = CacheRuns.run(yaml, "cache", 5000, 1.0, keys);

        var dbReads = run.result().series().values("node.db.reads");
        double before = mean(dbReads, 40, 50);
        double burst = dbReads.get(60);
        double after = mean(dbReads, 80, 100);
        // Cold, every key's first read in the interval is a miss: with Poisson reads at λ q_i, the
        // expected number of distinct keys read in time t is Σ_i (1 - e^(-λ q_i t)). The database
        // counts a read when it completes, 1.1ms (lookup + read) after the request arrived, so the
        // 100ms interval after the restart holds the misses of the first 98.9ms.
        double t = 0.1 - 0.0011;
        double expectedBurst = 0;
        for (int key = 0; key < keys.keyCount(); key++) {
            expectedBurst += -Math.expm1(-5000 * keys.probability(key) * t);
        }
        // The count is a sum of independent Bernoulli variables: standard deviation below
        // sqrt(280) ≈ 17, so 15% (about 42) is more than 2.4 standard deviations.
        assertEquals(expectedBurst, burst, 0.15 * expectedBurst,
                "database reads in the 100ms after the restart: " + burst + ", expected " + expectedBurst);
        // Warm, the cache holds every key: the database sees only the idle workload's 1 read/s.
        assertTrue(before < 1, "warm database reads per 100ms: " + before);
        assertTrue(burst > 200 * Math.max(before, 1), "burst " + burst + " against " + before + " before the crash");
        assertTrue(after < 5, "database reads per 100ms once warm again: " + after);
    }

    @Test
    void edgeTier_inFrontOfAnOriginCache_takesMostOfTheOriginsLoad() throws Exception {
        String origin = """
                name: cdn
                duration: 11s
                warmup: 1s
                nodes:
                  origin:
                    type: cache
                    backing: db
                    capacity: 2000
                  db:
                    type: database
                    workers: 64
                """;
        String withEdge = origin + """
                  edge:
                    type: cache
                    backing: origin
                    capacity: 1000
                """;
        KeyPopularity keys = KeyPopularity.zipf(10_000, 0.9);
        Run direct = CacheRuns.run(origin, "origin", 5000, 1.0, keys);
        Run tiered = CacheRuns.run(withEdge, "edge", 5000, 1.0, keys);

        long originReadsDirect = direct.count("origin", "reads");
        long originReadsTiered = tiered.count("origin", "reads");
        double edgeHitRatio = tiered.figure("edge", "hit_ratio").doubleValue();
        // The origin sees exactly the edge's misses, so its load falls by the edge's hit ratio.
        assertEquals(tiered.count("edge", "backing_requests"), originReadsTiered, 0.001 * originReadsTiered);
        assertEquals(originReadsDirect * (1 - edgeHitRatio), originReadsTiered, 0.02 * originReadsDirect);
        assertTrue(originReadsTiered < 0.5 * originReadsDirect,
                "origin reads " + originReadsTiered + " with the edge, " + originReadsDirect + " without");
        // Reads the origin still gets are the edge's misses: less popular keys, which hit the origin less often.
        assertTrue(tiered.figure("origin", "hit_ratio").doubleValue() < direct.figure("origin", "hit_ratio").doubleValue());
    }

    private static double mean(java.util.List<Double> values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values.get(i);
        }
        return sum / (to - from);
    }
}
