package org.distsim.models.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.result.WorkloadResult;
import org.distsim.models.replication.ReplicationRuns.Run;
import org.junit.jupiter.api.Test;

/**
 * The leader crashes under load at 8 s and comes back at 12 s. The followers stop hearing it, the
 * most up-to-date one takes over, the front learns of it from its heartbeat, and requests succeed
 * again. What the old leader had acknowledged but not yet shipped is gone: with async replication
 * that is the last replication delay's worth of writes; with sync replication nothing.
 */
class FailoverTest {

    private static final double RATE = 500;
    private static final int KEYS = 1000;

    private static Run run(String commit) {
        return ReplicationRuns.run("""
                name: failover
                duration: 20s
                warmup: 1s
                network:
                  latency: 2ms
                nodes:
                  db:
                    type: replicated-database
                    replicas: 3
                    commit: %s
                    replication-delay: 100ms
                    heartbeat-interval: 100ms
                    failure-timeout: 500ms
                workloads:
                  users:
                    type: open-loop
                    target: db
                    rate: %d/s
                    read-ratio: 50%%
                    keys: {count: %d}
                    timeout: 3s
                    schedule: [{at: 17s, rate: 0/s}]
                faults:
                  - {at: 8s, crash: db-1, duration: 4s}
                """.formatted(commit, (int) RATE, KEYS));
    }

    @Test
    void async_electsANewLeaderWithinTheFailureTimeout_andLosesTheUnshippedAcknowledgedWrites() {
        Run run = run("async");

        WorkloadResult users = run.workload("users");
        // Everything sent to the dead leader until the front hears of the new one fails: that
        // takes the failure timeout (0.5 s), up to one heartbeat interval until a follower checks
        // (0.1 s), and a few milliseconds of messages.
        double outageSeconds = users.failed() / RATE;
        assertTrue(outageSeconds > 0.45 && outageSeconds < 0.7, "outage " + outageSeconds + " s");
        assertEquals(users.failed(), users.failedByReason().get("unavailable"));
        List<Double> availability = run.result().series().values("workload.users.availability");
        for (int second = 10; second < 17; second++) {
            assertEquals(1.0, availability.get(second), 1e-9, "availability in second " + second);
        }
        // db-2 and db-3 hold the same log (both are 100 ms behind the leader); the tie goes to db-2.
        assertTrue(run.figure("db-2", "writes") > 1000, "the new leader's writes " + run.figure("db-2", "writes"));
        assertEquals(0, run.figure("db-3", "writes"));
        // Writes arrive at 250/s and leave the leader 100 ms after their acknowledgement: about 25
        // were acknowledged and never shipped (Poisson, so 25 ± 10).
        double lost = run.figure("db", "lost_writes");
        assertTrue(lost >= 10 && lost <= 45, "lost writes " + lost);
        // Clients see them as stale reads when they read those keys again.
        assertTrue(run.workloadFigure("users", "stale_reads") > 0);
        // The old leader rejoins as a follower, discards its lost writes, and catches up.
        // Each member saw exactly one change of leader: one election, no split vote, no flapping.
        assertEquals(3, run.total("leader_changes", 3));
        assertConverged(run);
    }

    @Test
    void sync_losesNoAcknowledgedWrite() {
        Run run = run("sync");

        assertEquals(0, run.figure("db", "lost_writes"));
        assertEquals(0, run.workloadFigure("users", "stale_reads"));
        assertTrue(run.figure("db-2", "writes") > 1000);
        assertConverged(run);
    }

    private static void assertConverged(Run run) {
        int written = 0;
        for (long key = 0; key < KEYS; key++) {
            long version = run.version("db-2", key);
            written += version > 0 ? 1 : 0;
            assertEquals(version, run.version("db-1", key), "key " + key + " on db-1");
            assertEquals(version, run.version("db-3", key), "key " + key + " on db-3");
        }
        assertTrue(written > 900, "keys written " + written);
    }
}
