package org.distsim.models.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distsim.models.replication.ReplicationRuns.Run;
import org.junit.jupiter.api.Test;

/**
 * The front's {@code read-your-writes} modes, with async replication and reads from followers:
 * what each guarantees to a client about its own writes, and what it costs the leader.
 */
class ReadYourWritesTest {

    /**
     * Two clients, each writing and reading the same 50 hot keys; replication delay exponential with
     * mean 50 ms, far above the 20 ms a client takes to read after its write's acknowledgement.
     */
    private static Run run(String mode) {
        return ReplicationRuns.run("""
                name: read-your-writes
                duration: 20s
                warmup: 2s
                network:
                  latency: 5ms
                nodes:
                  db:
                    type: replicated-database
                    replicas: 3
                    commit: async
                    read-from: followers
                    read-your-writes: %s
                    read-your-writes-window: 1s
                    replication-delay: {dist: exponential, mean: 50ms}
                workloads:
                  alice: {type: open-loop, target: db, rate: 200/s, read-ratio: 80%%, keys: {count: 50, popularity: zipf, s: 1.0}}
                  bob: {type: open-loop, target: db, rate: 200/s, read-ratio: 80%%, keys: {count: 50, popularity: zipf, s: 1.0}}
                """.formatted(mode));
    }

    private static double ryw(Run run) {
        return run.workloadFigure("alice", "ryw_violations") + run.workloadFigure("bob", "ryw_violations");
    }

    private static double stale(Run run) {
        return run.workloadFigure("alice", "stale_reads") + run.workloadFigure("bob", "stale_reads");
    }

    @Test
    void leaderAfterWrite_removesEveryReadYourWritesViolation_whereNoneHasMany() {
        Run none = run("none");
        Run afterWrite = run("leader-after-write");

        // About 5 700 reads; with none a read of a key the client wrote tens of ms ago often reaches
        // a follower the write has not reached yet.
        assertTrue(ryw(none) > 300, "read-your-writes violations without a guarantee: " + ryw(none));
        assertEquals(0, ryw(afterWrite), "read-your-writes violations with leader-after-write");
        // Not linearizable: the other client's recent writes can still be missing at a follower.
        assertTrue(stale(afterWrite) > 0, "stale reads of the other client's writes: " + stale(afterWrite));
        assertTrue(stale(afterWrite) < stale(none), "stale " + stale(afterWrite) + " vs " + stale(none));
        assertEquals(1.0, afterWrite.workload("alice").availability(), 1e-9);
    }

    @Test
    void leaderAfterWrite_movesTheRecentlyWrittenKeysReadsToTheLeader() {
        Run none = run("none");
        Run afterWrite = run("leader-after-write");

        double leaderReads = afterWrite.figure("db", "leader_reads_after_write");
        double reads = afterWrite.workloadFigure("alice", "reads") + afterWrite.workloadFigure("bob", "reads");
        // Zipf(1) over 50 keys: the hot keys are written within any 1 s window, so most reads go to the leader.
        assertTrue(leaderReads > 0.3 * reads, "leader reads " + leaderReads + " of " + reads);
        assertEquals(0, none.figure("db-1", "reads"), "without it, the leader serves no read");
        assertTrue(afterWrite.figure("db-1", "reads") > 0.9 * leaderReads,
                "the leader serves them: " + afterWrite.figure("db-1", "reads"));
    }

    @Test
    void sticky_sendsEachClientToOneFollower_butDoesNotGiveReadYourWrites() {
        Run sticky = run("sticky");

        // Each client reads from one follower only ("alice" and "bob" hash to members 2 or 3).
        double follower2 = sticky.figure("db-2", "reads");
        double follower3 = sticky.figure("db-3", "reads");
        double reads = sticky.workloadFigure("alice", "reads") + sticky.workloadFigure("bob", "reads");
        assertEquals(0, sticky.figure("db-1", "reads"), "the leader serves no read");
        assertEquals(reads, follower2 + follower3, 0.02 * reads);
        // A lagging follower still misses the client's own latest writes.
        assertTrue(ryw(sticky) > 300, "read-your-writes violations with sticky: " + ryw(sticky));
    }
}
