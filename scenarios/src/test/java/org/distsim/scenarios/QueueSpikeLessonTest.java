package org.distsim.scenarios;

import static org.distsim.scenarios.Lesson.assertAbove;
import static org.distsim.scenarios.Lesson.assertBelow;
import static org.distsim.scenarios.Lesson.assertBetween;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * scenarios/queue-spike.yaml: a 10 s spike to twice the capacity (400/s against 200/s). Served
 * synchronously, users wait up to 10 s; through a queue, they get their acknowledgement in
 * milliseconds while the backlog (about (400 − 200) × 10 = 2 000 messages) drains at 100/s.
 */
class QueueSpikeLessonTest {

    private static Lesson lesson;

    @BeforeAll
    static void run() {
        lesson = Lesson.run("queue-spike");
    }

    @Test
    void summary_matchesTheCheckedInReport() throws IOException {
        lesson.assertMatchesExpected();
    }

    @Test
    void theQueue_keepsUserLatencyLow_whileSynchronousUsersWaitSeconds() {
        assertAbove(lesson.p99("users-sync"), 5_000, "synchronous p99 ms");
        assertBelow(lesson.p99("users-queue"), 10, "queued p99 ms");
        assertBelow(lesson.p99("users-queue"), 0.01 * lesson.p99("users-sync"), "queued vs synchronous p99");
    }

    @Test
    void theBacklog_peaksAtTheSpikesExcess_andDrainsAtTheSpareCapacity() {
        assertBetween(lesson.node("jobs", "backlog_max"), 1_700, 2_400, "backlog peak (2 000 predicted)");
        // The spike ends at 20 s; draining 2 000 at 100/s takes 20 s. Back below 50 by 45 s.
        var backlog = lesson.series("node.jobs.backlog");
        assertBelow(backlog.get(45), 50, "backlog at 45 s");
        assertAbove(backlog.get(30), 500, "backlog at 30 s, still draining");
        assertBelow(lesson.node("jobs", "backlog_at_end"), 50, "backlog at the end");
    }

    @Test
    void theWorkItself_isJustAsLate_theQueueOnlyDecouplesTheUser() {
        // Messages wait as long as the synchronous requests did: the queue moves the wait off the user.
        assertAbove(lesson.node("jobs", "delay_p99_ms"), 0.7 * lesson.p99("users-sync"),
                "message delay p99 vs synchronous p99");
    }

    @Test
    void theSlo_breaksOnPurposeOnlyForTheVariantTheLessonArguesAgainst() {
        // A broken objective makes distsim run exit 1; here it is the expected outcome, not a failure.
        assertTrue(lesson.sloHeld("users-queue"), "users-queue meets its SLO");
        assertFalse(lesson.sloHeld("users-sync"), "users-sync breaks its SLO");
    }
}
