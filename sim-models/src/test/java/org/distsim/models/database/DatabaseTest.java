package org.distsim.models.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.models.cache.CacheRuns.Run;
import org.distsim.models.cache.CacheRuns;
import org.distsim.models.keys.KeyPopularity;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** A single database node, driven by a client of keyed reads and writes. */
class DatabaseTest {

    private static final KeyPopularity KEYS = KeyPopularity.zipf(100, 1.0);

    private static String scenario(String extra) {
        return """
                name: database
                duration: 20s
                nodes:
                  db:
                    type: database
                    read-time: 1ms
                    write-time: 3ms
                %s""".formatted(extra);
    }

    @Test
    void readsSeeEveryAcknowledgedWrite_andEachWriteCreatesTheNextVersion() throws Exception {
        Run run = CacheRuns.run(scenario(""), "db", 500, 0.5, KEYS);

        assertTrue(run.client().checkedReads() > 4000, "reads checked: " + run.client().checkedReads());
        assertEquals(0, run.client().violations(), "reads older than an acknowledged write");
        // Every write the database committed was acknowledged to the client (none time out at this
        // load); the last one may still be on its way when the run ends.
        assertEquals(run.count("db", "writes"), run.client().writesOk(), 1);
    }

    @Test
    void latency_isTheReadOrWriteTime_whenNobodyQueues() throws Exception {
        // 100 requests/s on 8 workers: the chance that all 8 are busy is negligible.
        Run run = CacheRuns.run(scenario(""), "db", 100, 0.5, KEYS);

        assertEquals(1.0, run.client().meanReadMillis(), 1e-9);
        assertEquals(3.0, run.client().meanWriteMillis(), 1e-9);
        // Utilisation = λ (0.5 × 1ms + 0.5 × 3ms) / 8 workers = 0.025; Poisson counts over 20 s
        // vary by about 2%.
        double utilisation = run.figure("db", "utilisation_mean").doubleValue();
        assertEquals(0.025, utilisation, 0.002, "utilisation " + utilisation);
    }

    @Test
    void crash_losesTheRequestsInProgress_butNotTheCommittedVersions() throws Exception {
        Run run = CacheRuns.run(scenario("""
                faults:
                  - {at: 8s, crash: db, duration: 2s}
                """), "db", 500, 0.5, KEYS);

        // Requests sent while the database was down time out; those sent before and after succeed.
        long lost = run.client().failed();
        assertEquals(1000, lost, 100, "requests without an answer: " + lost);
        // If the crash had wiped the versions, the first read of each key after the restart would
        // return a version older than the writes acknowledged before the crash.
        assertEquals(0, run.client().violations(), "reads older than an acknowledged write");
        assertTrue(run.client().checkedReads() > 3000);
    }

    @Test
    void fullQueue_rejectsRequests() throws Exception {
        Run run = CacheRuns.run(scenario("    workers: 1\n    queue-capacity: 2\n"), "db", 800, 0.5, KEYS);

        // λ = 800/s, mean service 2ms: offered load 1.6 on one worker, so a good part is turned away.
        long rejected = run.count("db", "rejected");
        assertTrue(rejected > 0.3 * 800 * 20, "rejected: " + rejected);
        // The scenario's idle workload (20 reads over the run) is turned away too, now and then.
        assertEquals(rejected, run.client().failed(), 20);
    }

    @Test
    void unknownEvictionPolicy_isRejectedWithTheChoices() {
        String yaml = """
                name: bad
                duration: 1s
                nodes:
                  db: {type: database}
                  cache: {type: cache, backing: db, capacity: 10, eviction: lfru}
                workloads:
                  clients: {type: open-loop, target: cache, rate: 1/s}
                """;
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load("bad.yaml", yaml, List.of()));
        String message = e.problems().get(0).format();
        assertTrue(message.contains("nodes.cache.eviction") && message.contains("lru"), message);
    }
}
