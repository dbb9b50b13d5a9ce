package org.distsim.scenarios;

import static org.distsim.scenarios.Lesson.assertAbove;
import static org.distsim.scenarios.Lesson.assertBelow;
import static org.distsim.scenarios.Lesson.assertBetween;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * scenarios/clock-skew.yaml: with synced clocks last writer wins never drops a newer write; with
 * NTP-level skew it drops a few; with one clock 250 ms ahead it drops about half of the other
 * members' writes, and the clients' stale-read check cannot see it.
 */
class ClockSkewLessonTest {

    private static Lesson lesson;

    @BeforeAll
    static void run() {
        lesson = Lesson.run("clock-skew");
    }

    @Test
    void summary_matchesTheCheckedInReport() throws IOException {
        lesson.assertMatchesExpected();
    }

    private static double total(String store, String figure) {
        double sum = 0;
        for (int m = 1; m <= 3; m++) {
            sum += lesson.node(store + "-" + m, figure);
        }
        return sum;
    }

    @Test
    void syncedClocks_loseNoNewerWrite_thoughConcurrentWritesStillConflict() {
        assertEquals(0.0, total("db-synced", "lost_newer_writes"), "lost newer writes, synced clocks");
        assertAbove(total("db-synced", "conflicts"), 300, "concurrent writes that lost (true conflicts)");
    }

    @Test
    void ntpLevelSkew_losesAFewNewerWrites() {
        double lost = total("db-ntp", "lost_newer_writes");
        assertBetween(lost, 1, 200, "lost newer writes with clocks 0-2 ms apart");
    }

    @Test
    void aClockFarAhead_winsEverything_andTheOthersLoseAboutHalfTheirWrites() {
        assertEquals(0.0, lesson.node("db-skewed-3", "lost_newer_writes"), "the member ahead never loses");
        double lost = lesson.node("db-skewed-1", "lost_newer_writes") + lesson.node("db-skewed-2", "lost_newer_writes");
        double writes = lesson.node("db-skewed-1", "writes") + lesson.node("db-skewed-2", "writes");
        assertBetween(lost / writes, 0.3, 0.7, "share of the other members' writes lost");
        assertAbove(lost, 20 * total("db-ntp", "lost_newer_writes"), "far more than with NTP-level skew");
    }

    @Test
    void theClients_cannotSeeTheLostWrites_andEverySloHolds() {
        // A lost write's reader gets the older write's higher stamp: not older than anything the
        // client saw acknowledged, so not a stale read. The skewed store even counts fewer.
        assertBelow(lesson.workloadFigure("users-skewed", "stale_reads"),
                lesson.workloadFigure("users-synced", "stale_reads"), "stale reads, skewed vs synced");
        for (String w : new String[] {"users-synced", "users-ntp", "users-skewed"}) {
            assertTrue(lesson.sloHeld(w), w + " meets its SLO");
        }
    }
}
