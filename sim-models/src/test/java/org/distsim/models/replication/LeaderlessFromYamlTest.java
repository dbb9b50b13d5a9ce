package org.distsim.models.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distsim.models.replication.ReplicationRuns.Run;
import org.junit.jupiter.api.Test;

/**
 * The leaderless mode as an author writes it: one {@code replicated-database} node, clients through
 * the front and near a member. The quorum arithmetic itself is measured in QuorumConsistencyTest.
 */
class LeaderlessFromYamlTest {

    private static final String STORE = """
            name: leaderless
            duration: 6s
            warmup: 1s
            network:
              latency: {dist: exponential, mean: 1ms}
            nodes:
              db:
                type: replicated-database
                replication: leaderless
                replicas: 3
                read-quorum: %d
                write-quorum: %d
                read-repair: false
                replication-delay: {dist: exponential, mean: 20ms}
            workloads:
              via-front: {type: open-loop, target: db, rate: 300/s, read-ratio: 60%%, keys: {count: 20, popularity: zipf}}
              near-3: {type: open-loop, target: db-3, rate: 300/s, read-ratio: 60%%, keys: {count: 20, popularity: zipf}}
            """;

    @Test
    void overlappingQuorums_fromYaml_serveEveryRequestWithNoStaleRead() {
        Run run = ReplicationRuns.run(STORE.formatted(2, 2));
        for (String workload : new String[] {"via-front", "near-3"}) {
            assertEquals(1.0, run.workload(workload).availability(), 1e-9, workload);
            assertEquals(0.0, run.workloadFigure(workload, "stale_reads"), workload);
        }
        assertTrue(run.total("coordinated_writes", 3) > 1000, "members coordinate the writes");
    }

    @Test
    void quorumsThatNeedNotOverlap_fromYaml_serveStaleReads() {
        Run run = ReplicationRuns.run(STORE.formatted(1, 1));
        double stale = run.workloadFigure("via-front", "stale_reads") + run.workloadFigure("near-3", "stale_reads");
        assertTrue(stale > 50, "R + W <= N must show stale reads, got " + stale);
    }
}
