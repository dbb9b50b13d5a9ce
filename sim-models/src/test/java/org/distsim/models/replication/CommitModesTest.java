package org.distsim.models.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distsim.models.replication.ReplicationRuns.Run;
import org.junit.jupiter.api.Test;

/** Leader-follower replication without faults: what the commit mode costs and buys, and the lag it shows. */
class CommitModesTest {

    /** Reads from followers; replication delay exponential with mean 50 ms, far above the 20 ms a client takes to read after its ack. */
    private static Run followerReads(String commit) {
        return ReplicationRuns.run("""
                name: follower-reads
                duration: 20s
                warmup: 2s
                network:
                  latency: 5ms
                nodes:
                  db:
                    type: replicated-database
                    replicas: 3
                    commit: %s
                    read-from: followers
                    replication-delay: {dist: exponential, mean: 50ms}
                workloads:
                  users:
                    type: open-loop
                    target: db
                    rate: 400/s
                    read-ratio: 80%%
                    keys: {count: 50, popularity: zipf, s: 1.0}
                """.formatted(commit));
    }

    @Test
    void asyncFollowerReads_areOftenStale_andMissTheClientsOwnWrites() {
        Run run = followerReads("async");

        double reads = run.workloadFigure("users", "versioned_reads");
        double stale = run.workloadFigure("users", "stale_reads");
        double ryw = run.workloadFigure("users", "ryw_violations");
        // About 5700 follower reads; a read lands 11 ms after the write it follows was acknowledged
        // at best, while the lag is 58 ms on average, so a large share of reads of hot keys are stale.
        assertTrue(reads > 5000, "reads " + reads);
        assertTrue(stale > 0.1 * reads, "stale reads " + stale + " of " + reads);
        // One client writes and reads the same keys: its own writes are among those it misses.
        assertTrue(ryw > 0.1 * reads, "read-your-writes violations " + ryw);
        assertEquals(1.0, run.workload("users").availability(), 1e-9);
    }

    @Test
    void syncFollowerReads_areNeverStale_butWritesWaitForTheSlowestFollower() {
        Run sync = followerReads("sync");
        Run semiSync = followerReads("semi-sync");
        Run async = followerReads("async");

        assertTrue(sync.workloadFigure("users", "versioned_reads") > 5000);
        assertEquals(0, sync.workloadFigure("users", "stale_reads"));
        assertEquals(0, sync.workloadFigure("users", "ryw_violations"));
        // Write latency: async acknowledges at commit (4 network hops + 3 ms = 23 ms); semi-sync
        // waits for the faster of two followers, sync for the slower. A follower applies in log
        // order, so an entry waits for the slowest shipment among those before it, not only its
        // own exponential delay: the medians come out near 100 ms and 160 ms.
        double asyncWrite = async.workloadFigure("users", "write_p50_ms");
        double semiSyncWrite = semiSync.workloadFigure("users", "write_p50_ms");
        double syncWrite = sync.workloadFigure("users", "write_p50_ms");
        assertEquals(23, asyncWrite, 0.1);
        assertTrue(semiSyncWrite > asyncWrite + 20, "semi-sync " + semiSyncWrite + " async " + asyncWrite);
        assertTrue(syncWrite > semiSyncWrite + 20, "sync " + syncWrite + " semi-sync " + semiSyncWrite);
    }

    @Test
    void replicationLag_isShippingDelayPlusNetworkPlusApplyTime() {
        Run run = ReplicationRuns.run("""
                name: lag
                duration: 10s
                warmup: 1s
                network:
                  latency: 5ms
                nodes:
                  db:
                    type: replicated-database
                    replicas: 3
                    replication-delay: 20ms
                    write-time: 3ms
                workloads:
                  writers:
                    type: open-loop
                    target: db
                    rate: 200/s
                    read-ratio: 0%
                    keys: {count: 1000}
                """);

        // 20 ms shipping delay + 5 ms on the wire + 3 ms to apply, on each follower; nobody queues at 200/s on 8 workers.
        for (String follower : new String[] {"db-2", "db-3"}) {
            assertEquals(28.0, run.figure(follower, "replication_lag_mean_ms"), 0.05, follower);
            assertEquals(28.0, run.figure(follower, "replication_lag_max_ms"), 0.05, follower);
            // Every write reaches every follower: counts after the warm-up differ only by the writes
            // within 28 ms of either end of the measured window (about 6 each, Poisson).
            assertEquals(run.figure("db-1", "writes"), run.figure(follower, "applied"), 15, follower);
        }
        // The leader applies nothing shipped, so it has no lag to report.
        assertEquals(null, run.result().nodes().get("db-1").figures().get("replication_lag_mean_ms"));
    }
}
