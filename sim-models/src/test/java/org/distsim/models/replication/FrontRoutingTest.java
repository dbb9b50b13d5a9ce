package org.distsim.models.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distsim.core.result.WorkloadResult;
import org.distsim.models.replication.ReplicationRuns.Run;
import org.junit.jupiter.api.Test;

/**
 * How the front of a leader-follower store routes around members that cannot serve a read well:
 * a follower catching up after a restart, a follower lagging beyond {@code max-lag}, a member
 * that crashed ({@code driver-retries}, {@code suspect-after}).
 *
 * <p>The restart case is the one issue 13 reported: follower db-2 is down from 8 s to 14 s while
 * 700 writes/s go on, so on its return it must apply about 4,200 writes (8 workers at 3 ms: about
 * 2,700 applies/s, so some 2.5 s) before it serves reads again; the front used to send it half of
 * the reads all that time, and it refused them all.
 */
class FrontRoutingTest {

    private static Run restartedFollower(String knobs) {
        return ReplicationRuns.run("""
                name: restart
                seed: 3
                duration: 24s
                warmup: 2s
                network:
                  latency: {dist: lognormal, median: 1ms, p99: 5ms}
                nodes:
                  db:
                    type: replicated-database
                    replicas: 3
                    read-from: followers
                    replication-delay: {dist: exponential, mean: 20ms}
                %s
                workloads:
                  users: {type: open-loop, target: db, rate: 2000/s, read-ratio: 65%%, timeout: 3s, keys: {count: 10000}}
                faults:
                  - {at: 8s, crash: db-2, duration: 6s}
                """.formatted(knobs.indent(4).stripTrailing()));
    }

    @Test
    void aRestartedFollower_getsNoReadsWhileItCatchesUp_soItRefusesNone() {
        Run run = restartedFollower("");

        // Only the crash itself fails reads: those the front sent db-2 before it noticed (failure
        // timeout 0.5 s, about 650 reads to db-2 in that time) time out. None is refused.
        assertEquals(0.0, run.figure("db-2", "unavailable"), "reads db-2 refused while catching up");
        WorkloadResult users = run.workload("users");
        assertEquals(run.figure("db", "unavailable"), users.failed(), "every failure is a timeout on the crashed member");
        assertTrue(users.failed() < 800, "failed " + users.failed());
        assertTrue(run.figure("db", "lagging_skips") > 1000, "reads routed around db-2 while it caught up: "
                + run.figure("db", "lagging_skips"));
        assertTrue(run.figure("db-2", "reads") > 5_000, "db-2 serves reads again once caught up: "
                + run.figure("db-2", "reads"));
    }

    @Test
    void aDriverRetryOnAnotherMember_hidesTheCrashOfAFollower() {
        Run run = restartedFollower("driver-retries: 1");

        WorkloadResult users = run.workload("users");
        assertEquals(0, users.failed(), "every read that timed out on db-2 succeeded on db-3");
        double retries = run.figure("db", "driver_retries");
        assertTrue(retries > 300 && retries < 800, "one retry per read lost on the crashed member: " + retries);
    }

    @Test
    void suspectAfter_shorterThanTheFailureTimeout_halvesTheReadsLostToAnUnnoticedCrash() {
        Run slow = restartedFollower("");
        Run quick = restartedFollower("suspect-after: 250ms");

        // The same crash (same seed and fault): the reads lost are those sent to db-2 between the
        // crash and the front's suspicion, so about in proportion to the silence it waits for.
        double before = slow.workload("users").failed();
        double after = quick.workload("users").failed();
        assertTrue(after < 0.65 * before && after > 0.35 * before, "lost " + before + " -> " + after);
    }

    @Test
    void maxLag_sendsNoReadToAnApFollowerCutOffFromItsLeader() {
        String partition = """
                partition: ap
                failover: false
                heartbeat-interval: 50ms
                failure-timeout: 200ms
                """;
        String yaml = """
                name: lagging
                seed: 4
                duration: 20s
                warmup: 1s
                network:
                  latency: 1ms
                nodes:
                  db:
                    type: replicated-database
                    replicas: 3
                    read-from: followers
                %s
                workloads:
                  users: {type: open-loop, target: db, rate: 1000/s, read-ratio: 80%%, timeout: 3s, keys: {count: 200}}
                faults:
                  - {at: 5s, partition: {groups: [[db-3], [db-1, db-2]]}, duration: 10s}
                """;
        Run unlimited = ReplicationRuns.run(yaml.formatted(partition.indent(4).stripTrailing()));
        Run limited = ReplicationRuns.run(yaml.formatted((partition + "max-lag: 100ms\n").indent(4).stripTrailing()));

        // Without failover db-3 stays a follower. Cut off for 10 s, it serves its frozen copy: about half of 8,000 reads, most of them
        // stale (200 hot keys, 200 writes/s). With max-lag it reports its lag once it stops hearing
        // the leader (failure-timeout 0.2 s) and the front stops sending it reads at the next heartbeat.
        double staleBefore = unlimited.workloadFigure("users", "stale_reads");
        double staleAfter = limited.workloadFigure("users", "stale_reads");
        assertTrue(staleBefore > 2_000, "stale reads without max-lag " + staleBefore);
        assertTrue(staleAfter < staleBefore / 10, "stale reads " + staleBefore + " -> " + staleAfter);
        assertTrue(limited.figure("db", "lagging_skips") > 3_000, "reads kept off db-3");
    }
}
