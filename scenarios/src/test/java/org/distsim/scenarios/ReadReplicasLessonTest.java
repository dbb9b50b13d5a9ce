package org.distsim.scenarios;

import static org.distsim.scenarios.Lesson.assertAbove;
import static org.distsim.scenarios.Lesson.assertBelow;
import static org.distsim.scenarios.Lesson.assertBetween;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * scenarios/read-replicas.yaml: async follower reads break read-your-writes; reading from the
 * leader after a write fixes it for a fraction of the leader's capacity; sticky sessions do not
 * fix it; reading everything from the leader saturates it.
 */
class ReadReplicasLessonTest {

    private static Lesson lesson;

    @BeforeAll
    static void run() {
        lesson = Lesson.run("read-replicas");
    }

    @Test
    void summary_matchesTheCheckedInReport() throws IOException {
        lesson.assertMatchesExpected();
    }

    @Test
    void followersLag_byTheReplicationDelayAndMore() {
        for (String follower : new String[] {"db-followers-2", "db-followers-3"}) {
            // Exponential delay with mean 50 ms, plus in-order apply behind slower earlier writes.
            assertBetween(lesson.node(follower, "replication_lag_mean_ms"), 50, 250, follower + " mean lag ms");
            assertAbove(lesson.node(follower, "replication_lag_p99_ms"), 150, follower + " p99 lag ms");
        }
    }

    @Test
    void followerReads_breakReadYourWrites() {
        double reads = lesson.workloadFigure("users-followers", "versioned_reads");
        assertAbove(lesson.workloadFigure("users-followers", "ryw_violations"), 0.05 * reads,
                "read-your-writes violations, random follower");
    }

    @Test
    void leaderAfterWrite_fixesReadYourWrites_forAFractionOfTheLeaderLoad() {
        assertEquals(0.0, lesson.workloadFigure("users-ryw", "ryw_violations"), "violations, leader-after-write");
        assertEquals(0.0, lesson.workloadFigure("users-leader", "ryw_violations"), "violations, all reads at the leader");
        double reads = lesson.workloadFigure("users-ryw", "reads");
        assertBetween(lesson.node("db-ryw", "leader_reads_after_write"), 0.15 * reads, 0.7 * reads,
                "reads sent to the leader after a write");
        double ryw = lesson.node("db-ryw-1", "utilisation_mean");
        assertAbove(ryw, lesson.node("db-followers-1", "utilisation_mean") + 0.1, "leader utilisation, ryw vs followers");
        assertBelow(ryw, lesson.node("db-leader-1", "utilisation_mean") - 0.2, "leader utilisation, ryw vs leader");
        assertBelow(lesson.p99("users-ryw"), 1.2 * lesson.p99("users-followers"), "p99, ryw vs followers");
    }

    @Test
    void allReadsAtTheLeader_saturateIt_andCostLatency() {
        assertAbove(lesson.node("db-leader-1", "utilisation_mean"), 0.8, "leader utilisation, all reads at the leader");
        assertBelow(lesson.node("db-leader-2", "utilisation_mean"), 0.2, "an idle follower");
        assertAbove(lesson.p99("users-leader"), 1.4 * lesson.p99("users-followers"), "p99, leader vs followers");
    }

    @Test
    void stickySessions_spreadTheLoad_butDoNotGiveReadYourWrites() {
        double violations = lesson.workloadFigure("users-sticky-a", "ryw_violations")
                + lesson.workloadFigure("users-sticky-b", "ryw_violations");
        double reads = lesson.workloadFigure("users-sticky-a", "versioned_reads")
                + lesson.workloadFigure("users-sticky-b", "versioned_reads");
        assertAbove(violations, 0.03 * reads, "read-your-writes violations, sticky");
        // The two clients are pinned to different followers, which share the reads.
        double second = lesson.node("db-sticky-2", "reads");
        double third = lesson.node("db-sticky-3", "reads");
        assertBetween(second / (second + third), 0.4, 0.6, "share of the reads at db-sticky-2");
        assertEquals(0.0, lesson.node("db-sticky-1", "reads"), "the leader serves no read");
    }

    @Test
    void theSlo_breaksOnPurposeOnlyForAllReadsAtTheLeader() {
        // A broken objective makes distsim run exit 1; here it is the expected outcome, not a failure.
        assertFalse(lesson.sloHeld("users-leader"), "users-leader breaks its SLO");
        for (String w : new String[] {"users-followers", "users-ryw", "users-sticky-a", "users-sticky-b"}) {
            assertTrue(lesson.sloHeld(w), w + " meets its SLO");
        }
    }
}
