package org.distsim.scenarios;

import static org.distsim.scenarios.Lesson.assertAbove;
import static org.distsim.scenarios.Lesson.assertBelow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * scenarios/rate-limiting.yaml: a 5 s burst to 1 500/s against a backend that serves about
 * 800/s. Without a limit the backend's queue grows and a third of the requests time out; every
 * limiter caps admissions at 600/s and keeps the backend's p99 low. The token bucket admits its
 * burst once and then a smooth 600/s; the exact sliding window admits 600 per second in clumps,
 * so the backend's p99 is higher behind it.
 */
class RateLimitingLessonTest {

    private static Lesson lesson;

    @BeforeAll
    static void run() {
        lesson = Lesson.run("rate-limiting");
    }

    @Test
    void summary_matchesTheCheckedInReport() throws IOException {
        lesson.assertMatchesExpected();
    }

    @Test
    void withoutALimit_theBurstOverloadsTheBackend() {
        assertAbove(lesson.p99("clients-none"), 1_000, "p99 ms without a limit");
        assertAbove(lesson.workload("clients-none").unknown(), 2_000, "requests timed out without a limit");
    }

    @Test
    void everyLimiter_protectsTheBackend() {
        for (String v : new String[] {"bucket", "window", "counter"}) {
            assertBelow(lesson.p99("clients-" + v), 0.25 * lesson.p99("clients-none"), v + " p99 vs no limit");
            assertEquals(0, lesson.workload("clients-" + v).unknown(), v + ": no request times out");
            assertAbove(lesson.workload("clients-" + v).failedByReason().getOrDefault("rate-limited", 0L), 3_500,
                    v + " rate-limited");
        }
    }

    @Test
    void admittedRate_isCappedAsEachAlgorithmPromises() {
        // Per 1 s interval: the exact sliding window never more than rate x window = 600; the bucket
        // at most 600 + its burst of 100.
        assertBelow(lesson.max("node.gw-window.admitted"), 600.5, "sliding window admissions per second");
        assertBelow(lesson.max("node.gw-bucket.admitted"), 700.5, "token bucket admissions per second");
        assertAbove(lesson.max("node.gw-bucket.admitted"), 650, "the token bucket lets its burst through");
    }

    @Test
    void theTokenBucket_smoothsBetterThanTheSlidingWindow() {
        assertBelow(lesson.p99("clients-bucket"), 0.6 * lesson.p99("clients-window"), "p99, token bucket vs sliding window");
    }

    @Test
    void theSlo_breaksOnPurposeOnlyForTheVariantTheLessonArguesAgainst() {
        // A broken objective makes distsim run exit 1; here it is the expected outcome, not a failure.
        assertTrue(lesson.sloHeld("clients-bucket"), "clients-bucket meets its SLO");
        assertTrue(lesson.sloHeld("clients-window"), "clients-window meets its SLO");
        assertTrue(lesson.sloHeld("clients-counter"), "clients-counter meets its SLO");
        assertFalse(lesson.sloHeld("clients-none"), "clients-none breaks its SLO");
    }
}
