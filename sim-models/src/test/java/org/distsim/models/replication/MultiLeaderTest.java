package org.distsim.models.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distsim.models.replication.ReplicationRuns.Run;
import org.junit.jupiter.api.Test;

/** Multi-leader replication: every member takes writes; concurrent writes of a key conflict and the last writer wins. */
class MultiLeaderTest {

    private static final int KEYS = 5;

    private static Run run(String secondWriterTarget) {
        return ReplicationRuns.run("""
                name: multi-leader
                duration: 20s
                warmup: 1s
                network:
                  latency: 2ms
                nodes:
                  db:
                    type: replicated-database
                    replicas: 3
                    replication: multi-leader
                    replication-delay: 20ms
                workloads:
                  near-1:
                    type: open-loop
                    target: db-1
                    rate: 200/s
                    read-ratio: 0%%
                    keys: {count: %d}
                    schedule: [{at: 17s, rate: 0/s}]
                  second:
                    type: open-loop
                    target: %s
                    rate: 200/s
                    read-ratio: 0%%
                    keys: {count: %d}
                    schedule: [{at: 17s, rate: 0/s}]
                """.formatted(KEYS, secondWriterTarget, KEYS));
    }

    @Test
    void writersOnTwoMembers_conflictOnHotKeys_andEveryMemberKeepsTheLastWrite() {
        Run run = run("db-2");

        // Each member acknowledges at once: writes take two network hops and the write time.
        assertEquals(7.0, run.workloadFigure("near-1", "write_p50_ms"), 0.1);
        // A write is unseen by the other writer for 25 ms (shipping delay, wire, apply); at 40
        // writes/s per key from each side, the two sides overwrite each other's unseen writes
        // all the time. Only the members that took writes can lose one.
        double conflicts1 = run.figure("db-1", "conflicts");
        double conflicts2 = run.figure("db-2", "conflicts");
        assertTrue(conflicts1 > 200 && conflicts2 > 200, "conflicts " + conflicts1 + ", " + conflicts2);
        assertEquals(0, run.figure("db-3", "conflicts"));
        assertConverged(run);
    }

    @Test
    void oneWritingMember_hasNoConflicts() {
        Run run = run("db-1");

        assertEquals(0, run.total("conflicts", 3));
        assertTrue(run.figure("db-1", "writes") > 5000);
        assertEquals(0, run.figure("db-2", "writes"));
        assertConverged(run);
    }

    @Test
    void membersCutOffOrCrashed_catchUpOnTheWritesTheyMissed() {
        Run run = ReplicationRuns.run("""
                name: multi-leader-faults
                duration: 20s
                warmup: 1s
                network:
                  latency: 2ms
                nodes:
                  db:
                    type: replicated-database
                    replicas: 3
                    replication: multi-leader
                    partition: ap
                workloads:
                  near-1: {type: open-loop, target: db-1, rate: 200/s, read-ratio: 50%, keys: {count: 5}, schedule: [{at: 16s, rate: 0/s}]}
                  near-3: {type: open-loop, target: db-3, rate: 200/s, read-ratio: 50%, keys: {count: 5}, schedule: [{at: 16s, rate: 0/s}]}
                faults:
                  - {at: 4s, partition: {groups: [[db-3, near-3], [db-1, db-2, near-1]]}, duration: 4s}
                  - {at: 10s, crash: db-2, duration: 3s}
                """);

        // ap: both sides keep taking writes through the partition; db-2's clients are none, its crash costs nothing.
        assertEquals(1.0, run.workload("near-3").availability(), 1e-9);
        assertEquals(1.0, run.workload("near-1").availability(), 1e-9);
        // Cut off, each side reads its own writes only: the other side's are stale until the heal.
        assertTrue(run.workloadFigure("near-3", "stale_reads") > 100);
        assertConverged(run);
    }

    private static void assertConverged(Run run) {
        for (long key = 0; key < KEYS; key++) {
            long version = run.version("db-1", key);
            assertTrue(version > 0);
            assertEquals(version, run.version("db-2", key), "key " + key);
            assertEquals(version, run.version("db-3", key), "key " + key);
        }
    }
}
