package org.distsim.models.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.figure.FigureValues;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Storage figures and replication weight on multi-leader and leaderless stores: every member
 * stores every write it applies, once, and a write weighs its size on every link a copy of it
 * crosses. The writes stop at 6 s of 10 s, so that every copy has arrived by the end and the
 * figures are exact.
 */
class ReplicatedStorageTest {

    /** 100 kB, the constant size of every write below. */
    private static final double WRITE_BYTES = 100_000;

    /**
     * Three members, db-1 in zone a and db-2, db-3 in zone b, behind a 1 Gbit/s link; the writers
     * sit in zone a and write to db-1 only, so every byte on the link from a to b is a copy of a
     * write on its way to db-2 or db-3.
     */
    private static final String STORE = """
            name: stores
            duration: 10s
            network:
              links:
                - between: [zone:a, zone:b]
                  latency: 20ms
                  bandwidth: 1 Gbit/s
            nodes:
              db:
                type: replicated-database
                replicas: 3
                zones: [a, b, b]
                replication: %s
            %s
            workloads:
              writers:
                type: open-loop
                zone: a
                target: db-1
                arrivals: constant
                rate: 50/s
                schedule: [{at: 6s, rate: 0/s}]
                read-ratio: 0%%
                keys: {count: 1000000}
                %s
            %s
            """;

    private static RunResult run(String replication, String more, String size, String faults) {
        String yaml = STORE.formatted(replication, more, size, faults);
        try {
            return ScenarioRunner.run(ScenarioLoader.load("stores.yaml", yaml, List.of()), RunOptions.defaults());
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static RunResult sized(String replication, String more, String faults) {
        return run(replication, more, "request-size: 100kB", faults);
    }

    private static double figure(RunResult result, String node, String name) {
        return result.nodes().get(node).figures().get(name).doubleValue();
    }

    @Test
    void everyMultiLeaderMember_storesEveryWrite_exactlyOnce() {
        RunResult result = sized("multi-leader", "", "");
        long writes = result.workloads().get("writers").ok();
        assertEquals(300, writes, "50/s for 6 s, all acknowledged");
        for (String member : List.of("db-1", "db-2", "db-3")) {
            assertEquals(writes * WRITE_BYTES / 1e6, figure(result, member, "stored_mb"), 1e-9, member);
        }
        // db-1 committed them itself; the others applied them as shipped.
        assertEquals(writes, figure(result, "db-1", "writes"));
        assertEquals(writes, figure(result, "db-3", "applied"));
    }

    @Test
    void aMultiLeaderWrite_weighsItsSizeOnTheLink_onceForEveryCopyThatCrossesIt() {
        RunResult result = sized("multi-leader", "", "");
        long writes = result.workloads().get("writers").ok();
        // db-2 and db-3 are across the link: two copies of each write cross it, heartbeats weigh nothing.
        double expected = writes * WRITE_BYTES * 2;
        assertEquals(expected, figure(result, "link zone:a>zone:b", "sent_bytes"), 0.5);
    }

    @Test
    void everyLeaderlessReplica_storesEveryWrite_exactlyOnce() {
        RunResult result = sized("leaderless", "    write-quorum: 2", "");
        long writes = result.workloads().get("writers").ok();
        assertEquals(300, writes);
        for (String member : List.of("db-1", "db-2", "db-3")) {
            assertEquals(writes * WRITE_BYTES / 1e6, figure(result, member, "stored_mb"), 1e-9, member);
            assertEquals(writes, figure(result, member, "writes"), member);
        }
    }

    @Test
    void aLeaderlessWrite_weighsItsSizeOnTheLink_onceForEveryReplicaAcrossIt() {
        RunResult result = sized("leaderless", "    write-quorum: 2", "");
        long writes = result.workloads().get("writers").ok();
        // The coordinator db-1 sends each write to db-2 and db-3; acks and heartbeats weigh nothing.
        assertEquals(writes * WRITE_BYTES * 2, figure(result, "link zone:a>zone:b", "sent_bytes"), 0.5);
    }

    @Test
    void aHintedWrite_isStoredOnceByTheReplicaThatMissedIt_whenHandedOff() {
        // db-3 is cut off from 1 s to 3 s: the writes of that time reach db-1 and db-2 (W = 2) and
        // are kept as hints for db-3, handed off after the heal.
        String faults = """
                faults:
                  - at: 1s
                    duration: 2s
                    partition: {groups: [[db-3], [db-1, db-2, writers]]}
                """;
        RunResult result = sized("leaderless", "    write-quorum: 2\n    partition: ap", faults);
        long writes = result.workloads().get("writers").ok();
        assertEquals(300, writes);
        assertTrue(figure(result, "db-1", "hinted_handoffs") >= 90, "the 2 s of writes were hinted");
        for (String member : List.of("db-1", "db-2", "db-3")) {
            assertEquals(writes * WRITE_BYTES / 1e6, figure(result, member, "stored_mb"), 1e-9, member);
        }
        // The hand-offs crossed the link too, as whole writes: at least one copy per write and far
        // replica, plus the few sent into the cut (a link books what it transmits, even when the
        // partition drops it on arrival) or handed off again when the ack was lost.
        double sent = figure(result, "link zone:a>zone:b", "sent_bytes");
        assertEquals(0.0, sent % WRITE_BYTES, "whole writes: " + sent);
        assertTrue(sent >= writes * WRITE_BYTES * 2 && sent <= writes * WRITE_BYTES * 2 * 1.02, "sent " + sent);
    }

    @Test
    void aHandOffOfAWriteTheReplicaAlreadyHolds_storesNothingMore() {
        // The far replicas apply every write but ack it after the 50 ms timeout (20 ms each way and
        // 40 ms of replication delay): the coordinator keeps a hint for each, and hands off writes
        // they already hold.
        String knobs = "    write-quorum: 1\n    partition: ap\n    request-timeout: 50ms\n    replication-delay: 40ms";
        RunResult result = sized("leaderless", knobs, "");
        long writes = result.workloads().get("writers").ok();
        assertTrue(figure(result, "db-1", "hinted_handoffs") >= writes, "every write was hinted for both far replicas");
        for (String member : List.of("db-1", "db-2", "db-3")) {
            assertEquals(writes * WRITE_BYTES / 1e6, figure(result, member, "stored_mb"), 1e-9, member);
        }
    }

    @Test
    void aReadRepair_writesBackTheSizeOfTheNewestVersion() {
        // db-2 coordinates the writes (W = 1), db-1 the reads (R = 3), and a write takes 300 ms to
        // reach another member: a read at db-1 soon after a write finds its own copy behind and
        // repairs it at once, before the write itself arrives. A repair that carried no size would
        // leave db-1 storing 0 bytes for that version, and the write arriving later stores nothing
        // (its version is already held).
        String knobs = "    write-quorum: 1\n    read-quorum: 3\n    read-repair: true\n    replication-delay: 300ms";
        String yaml = STORE.formatted("leaderless", knobs, "request-size: 100kB", """
                  readers: {type: open-loop, zone: a, target: db-1, rate: 200/s, keys: {count: 20}}
                """).replace("target: db-1\n    arrivals", "target: db-2\n    arrivals")
                .replace("keys: {count: 1000000}", "keys: {count: 20}");
        RunResult result;
        try {
            result = ScenarioRunner.run(ScenarioLoader.load("stores.yaml", yaml, List.of()), RunOptions.defaults());
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        long writes = (long) figure(result, "db-2", "coordinated_writes");
        assertEquals(300, writes);
        assertTrue(figure(result, "db-1", "read_repairs") >= 100, "repairs: " + figure(result, "db-1", "read_repairs"));
        // db-2 applied every write at once. db-1 stores each version it applies once, with its size:
        // whole writes, at most all of them, fewer only by the versions a repair skipped (a repair
        // brings the newest version of a key, and an older write of it arriving later stores
        // nothing); 1.3 MB here when repairs carry no size.
        assertEquals(writes * WRITE_BYTES / 1e6, figure(result, "db-2", "stored_mb"), 1e-9);
        double stored = figure(result, "db-1", "stored_mb");
        assertEquals(0.0, Math.abs(stored / 0.1 - Math.rint(stored / 0.1)), 1e-9, "whole writes: " + stored);
        assertTrue(stored >= 0.8 * writes * WRITE_BYTES / 1e6 && stored <= writes * WRITE_BYTES / 1e6,
                "db-1 stored " + stored + " MB");
    }

    @Test
    void storesWithoutSizedWrites_recordNoStorageFigures() {
        for (String replication : List.of("multi-leader", "leaderless")) {
            RunResult result = run(replication, "", "", "");
            FigureValues member = result.nodes().get("db-2").figures();
            assertFalse(member.containsKey("stored_mb"), replication);
            assertFalse(member.containsKey("growth_gb_per_day"), replication);
            assertEquals(0.0, figure(result, "link zone:a>zone:b", "sent_bytes"), replication);
        }
    }
}
