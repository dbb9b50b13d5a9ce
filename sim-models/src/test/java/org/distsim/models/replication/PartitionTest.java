package org.distsim.models.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distsim.core.result.WorkloadResult;
import org.distsim.models.replication.ReplicationRuns.Run;
import org.junit.jupiter.api.Test;

/**
 * CAP under a partition that cuts one follower, and the clients near it, off from the leader and
 * the other follower, for 10 of the 24 seconds of load: cp gives up availability on the minority
 * side and never serves a stale read; ap stays available there and serves stale reads. Either
 * way the members agree on every key once the partition has healed and the load has stopped.
 */
class PartitionTest {

    private static final int KEYS = 20;

    private static Run run(String partition) {
        return run(partition, "");
    }

    private static Run run(String partition, String knobs) {
        return ReplicationRuns.run("""
                name: partition
                duration: 30s
                warmup: 1s
                network:
                  latency: 2ms
                nodes:
                  db:
                    type: replicated-database
                    replicas: 3
                    partition: %s
                %s
                workloads:
                  clients-majority:
                    type: open-loop
                    target: db-1
                    rate: 200/s
                    read-ratio: 80%%
                    keys: {count: %d}
                    schedule: [{at: 25s, rate: 0/s}]
                  clients-minority:
                    type: open-loop
                    target: db-3
                    rate: 200/s
                    read-ratio: 80%%
                    keys: {count: %d}
                    schedule: [{at: 25s, rate: 0/s}]
                faults:
                  - at: 10s
                    partition: {name: split, groups: [[db-3, clients-minority], [db-1, db-2, clients-majority]]}
                    duration: 10s
                """.formatted(partition, knobs, KEYS, KEYS));
    }

    @Test
    void cp_refusesTheMinoritySide_andServesNoStaleRead() {
        Run run = run("cp");

        WorkloadResult minority = run.workload("clients-minority");
        // db-3 forwards every request to the leader: those sent from 10 s on are lost with the
        // partition and time out, and from 10.5 s (a failure timeout of silence) db-3 refuses at
        // once, until it hears the leader again just after the heal at 20 s: 10 of the 24 s of load.
        assertEquals(1 - 10.0 / 24, minority.availability(), 0.02);
        assertEquals(minority.failed(), minority.failedByReason().get("unavailable"));
        assertEquals(1.0, run.workload("clients-majority").availability(), 1e-9);
        for (String clients : new String[] {"clients-minority", "clients-majority"}) {
            assertTrue(run.workloadFigure(clients, "versioned_reads") > 2000, clients);
            assertEquals(0, run.workloadFigure(clients, "stale_reads"), clients);
            assertEquals(0, run.workloadFigure(clients, "ryw_violations"), clients);
        }
        // No member on the minority side could take over: one leader throughout, nothing lost or in conflict.
        assertEquals(0, run.total("leader_changes", 3));
        assertEquals(0, run.total("conflicts", 3));
        assertEquals(0, run.figure("db", "lost_writes"));
        assertConverged(run);
    }

    @Test
    void ap_keepsTheMinoritySideAvailable_withStaleReads_andReconcilesByLastWriterWins() {
        Run run = run("ap");

        WorkloadResult minority = run.workload("clients-minority");
        // Only the requests db-3 forwarded to the leader in the half second before it noticed the partition fail.
        assertTrue(minority.availability() > 0.97, "minority availability " + minority.availability());
        assertEquals(1.0, run.workload("clients-majority").availability(), 1e-9);
        // Cut off, db-3 answers from its own copy, which misses the majority's writes.
        double stale = run.workloadFigure("clients-minority", "stale_reads");
        assertTrue(stale > 300, "minority stale reads " + stale);
        // Both sides wrote the same keys: after the heal, last writer wins, and the losers are counted.
        assertTrue(run.total("conflicts", 3) > 0);
        assertConverged(run);
    }

    @Test
    void cp_withSyncCommit_servesFollowerReadsOnlyWhileTheyCannotBeStale() {
        // db-3 now answers its clients' reads from its own copy. Sync commit keeps that copy
        // current while db-3 is in touch; once cut off, db-3 refuses after one failure timeout,
        // before the leader stops waiting for it (two failure timeouts); after the heal it refuses
        // until it has caught up.
        Run run = run("cp", "    commit: sync\n    read-from: nearest");

        // Writes are forwarded and fail from 10 s, reads from 10.5 s, and after the heal reads wait
        // for the catch-up (a few hundred writes): again about 10 of 24 s.
        WorkloadResult minority = run.workload("clients-minority");
        assertEquals(1 - 10.0 / 24, minority.availability(), 0.02);
        assertTrue(run.figure("db-3", "reads") > 2000, "reads served by db-3 " + run.figure("db-3", "reads"));
        assertEquals(0, run.workloadFigure("clients-minority", "stale_reads"));
        assertEquals(0, run.workloadFigure("clients-majority", "stale_reads"));
        assertConverged(run);
    }

    private static void assertConverged(Run run) {
        for (long key = 0; key < KEYS; key++) {
            long version = run.version("db-1", key);
            assertTrue(version > 0, "key " + key + " was never written");
            assertEquals(version, run.version("db-2", key), "key " + key + " on db-2");
            assertEquals(version, run.version("db-3", key), "key " + key + " on db-3");
        }
    }
}
