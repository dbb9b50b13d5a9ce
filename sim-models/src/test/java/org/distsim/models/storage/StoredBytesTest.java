package org.distsim.models.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.WorkloadResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Storage growth from sized writes, and what sizes leave alone: a size draws from streams of its
 * own, so adding one (without a bandwidth to make it cost time) changes no other number.
 */
class StoredBytesTest {

    private static final String STORE = """
            name: photos
            duration: 20s
            warmup: 4s
            nodes:
              db:
                type: database
                workers: 4
                write-time: 2ms
            workloads:
              uploads: {type: open-loop, target: db, rate: 50/s, read-ratio: 0%%, keys: {count: 100000}%s}
              views: {type: open-loop, target: db, rate: 200/s, keys: {count: 100000}%s}
            """;

    private static RunResult run(String uploads, String views) {
        try {
            return ScenarioRunner.run(ScenarioLoader.load("photos.yaml", STORE.formatted(uploads, views), List.of()),
                    RunOptions.defaults());
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void growthPerDay_isTheMeasuredWriteRateTimesTheSize_exactlyForConstantSizes() {
        RunResult result = run(", request-size: 1MB", "");
        FigureValues db = result.nodes().get("db").figures();
        long writes = db.get("writes").longValue();
        assertTrue(writes > 600, "writes after the warm-up: " + writes);
        // 1 MB per write committed after the warm-up, over 16 measured seconds, times 86,400 s, in GB.
        double expected = writes * 1e6 / 1e9 * 86_400 / 16;
        assertEquals(expected, db.get("growth_gb_per_day").doubleValue(), expected * 1e-12);
        // Stored counts the warm-up's writes too: at least the measured ones, at most all those sent.
        double stored = db.get("stored_mb").doubleValue();
        assertTrue(stored >= writes && stored == Math.rint(stored), "stored " + stored + " MB");
        assertTrue(stored <= 20 * 50 * 1.2, "stored " + stored + " MB");
    }

    @Test
    void everyCopyOfALeaderFollowerStore_storesEveryWrite() throws ScenarioException {
        String yaml = """
                name: replicated
                duration: 10s
                nodes:
                  db: {type: replicated-database, replicas: 3, replication: leader-follower}
                workloads:
                  uploads: {type: open-loop, target: db, arrivals: constant, rate: 20/s, read-ratio: 0%, \
                request-size: 250kB, keys: {count: 1000000}}
                """;
        RunResult result = ScenarioRunner.run(ScenarioLoader.load("replicated.yaml", yaml, List.of()),
                RunOptions.defaults());
        long ok = result.workloads().get("uploads").ok();
        for (String member : List.of("db-1", "db-2", "db-3")) {
            double stored = result.nodes().get(member).figures().get("stored_mb").doubleValue();
            // Each copy holds every acknowledged write (and at most the few still on their way at the end).
            assertTrue(stored >= ok * 0.25 - 1 && stored <= (ok + 5) * 0.25, member + " stored " + stored + " MB");
        }
    }

    @Test
    void aCallsOwnSize_isWhatTheDependencyReceives() throws ScenarioException {
        String yaml = """
                name: resize
                duration: 10s
                nodes:
                  api: {type: service, service-time: 1ms, calls: [{target: db, request-size: 2MB}]}
                  db: {type: database}
                workloads:
                  uploads: {type: open-loop, target: api, rate: 20/s, read-ratio: 0%, request-size: 1MB}
                """;
        RunResult result = ScenarioRunner.run(ScenarioLoader.load("resize.yaml", yaml, List.of()),
                RunOptions.defaults());
        FigureValues db = result.nodes().get("db").figures();
        // The service writes 2 MB for each 1 MB upload it serves: what it sends is the call's size.
        assertEquals(2.0 * db.get("writes").longValue(), db.get("stored_mb").doubleValue(), 2.0 * 2);
    }

    @Test
    void anEventLog_storesWhatItRetains_andGrowsByWhatIsPublished() throws ScenarioException {
        String yaml = """
                name: events
                duration: 20s
                warmup: 5s
                nodes:
                  log:
                    type: event-log
                    retention: 2s
                    groups: [{name: readers, consumers: [reader]}]
                  reader: {type: service, service-time: 1ms}
                workloads:
                  producers: {type: open-loop, target: log, arrivals: constant, rate: 100/s, request-size: 10kB}
                """;
        RunResult result = ScenarioRunner.run(ScenarioLoader.load("events.yaml", yaml, List.of()),
                RunOptions.defaults());
        FigureValues log = result.nodes().get("log").figures();
        // Retention keeps the last 2 s: 200 messages of 10 kB, 2 MB (give or take the one at the edge).
        assertEquals(2.0, log.get("stored_mb").doubleValue(), 0.01 + 1e-9);
        // What is published, not what is kept: 100/s x 10 kB x 86 400 s = 86.4 GB a day.
        assertEquals(86.4, log.get("growth_gb_per_day").doubleValue(), 86.4 / 1500);
    }

    @Test
    void aStoreWithoutSizedWrites_recordsNoStorageFigures() {
        FigureValues db = run("", ", response-size: 1MB").nodes().get("db").figures();
        assertFalse(db.containsKey("stored_mb"));
        assertFalse(db.containsKey("growth_gb_per_day"));
    }

    @Test
    void addingSizes_withoutABandwidth_changesNoOtherNumber() {
        RunResult plain = run("", "");
        RunResult sized = run(", request-size: {dist: exponential, mean: 1MB}",
                ", response-size: {dist: uniform, min: 10kB, max: 2MB}");
        for (String workload : List.of("uploads", "views")) {
            WorkloadResult a = plain.workloads().get(workload);
            WorkloadResult b = sized.workloads().get(workload);
            assertEquals(a.requests(), b.requests(), workload);
            assertEquals(a.latency(), b.latency(), workload);
        }
        FigureValues before = plain.nodes().get("db").figures();
        FigureValues after = sized.nodes().get("db").figures();
        for (String key : before.keySet()) {
            assertEquals(before.get(key), after.get(key), key);
        }
        assertTrue(after.containsKey("stored_mb"), "the sized run stores bytes");
    }
}
