package org.distsim.models.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distsim.models.replication.ReplicationRuns.Run;
import org.junit.jupiter.api.Test;

/**
 * Last writer wins under clock skew, in a case computed by hand. Two writers write the same key
 * once a second at the same instants: {@code early} through db-2, {@code late} through db-1, whose
 * link adds 100 ms, so each second db-2 commits a write and db-1 commits a newer one 100 ms later
 * (the network takes 1 ms, a write 3 ms; db-1 has long seen db-2's write). db-2's clock runs
 * {@code ahead} of db-1's. When the offset exceeds the 100 ms gap, db-2's older write carries the
 * higher stamp and every one of db-1's writes is lost; when it is smaller, none is.
 */
class ClockSkewTest {

    private static final int SECONDS = 20;

    private static Run run(String replication, String ahead) {
        return ReplicationRuns.run("""
                name: skew
                duration: %ds
                warmup: 500ms
                network:
                  latency: 1ms
                nodes:
                  db:
                    type: replicated-database
                    replication: %s
                    replicas: %d
                    clock-skew: {offsets: [0ms, %s]}
                workloads:
                  early: {type: open-loop, target: db-2, rate: 1/s, arrivals: constant, read-ratio: 0%%, keys: {count: 1}}
                  late: {type: open-loop, target: db-1, rate: 1/s, arrivals: constant, read-ratio: 0%%, keys: {count: 1}}
                faults:
                  - {at: 0s, degrade-link: {from: late, to: db-1, extra-latency: 100ms}}
                """.formatted(SECONDS, replication, replication.equals("leaderless") ? 3 : 2, ahead));
    }

    /** The figure summed over the members. */
    private static double lost(Run run) {
        return run.total("lost_newer_writes", 3 - (run.result().nodes().containsKey("db-3") ? 0 : 1));
    }

    @Test
    void multiLeader_anOffsetLargerThanTheGap_losesEveryNewerWrite() {
        Run run = run("multi-leader", "150ms");

        long late = run.workload("late").ok();
        assertTrue(late >= SECONDS - 2, "late writes acknowledged: " + late);
        assertEquals(late, run.figure("db-1", "lost_newer_writes"), "each of db-1's writes lost to db-2's older one");
        assertEquals(0.0, run.figure("db-2", "lost_newer_writes"), "db-2's writes are never the newer loser");
        assertEquals(late, run.workloadFigure("late", "writes"), "every late write was acknowledged");
    }

    @Test
    void multiLeader_anOffsetSmallerThanTheGap_losesNothing() {
        assertEquals(0.0, lost(run("multi-leader", "50ms")));
    }

    @Test
    void leaderless_anOffsetLargerThanTheGap_losesEveryNewerWrite_countedOnceByItsCoordinator() {
        Run run = run("leaderless", "150ms");

        long late = run.workload("late").ok();
        assertTrue(late >= SECONDS - 2, "late writes acknowledged: " + late);
        assertEquals(late, run.figure("db-1", "lost_newer_writes"), "db-1 coordinated the lost writes");
        assertEquals(late, lost(run), "each counted once");
    }

    @Test
    void leaderless_anOffsetSmallerThanTheGap_losesNothing() {
        assertEquals(0.0, lost(run("leaderless", "50ms")));
    }
}
