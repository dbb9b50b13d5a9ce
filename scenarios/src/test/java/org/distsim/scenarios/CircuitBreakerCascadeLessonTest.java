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
 * scenarios/circuit-breaker-cascade.yaml: payments slows down 100x from 20 s to 40 s. Without
 * protection, checkout requests hold the front end's 50 workers for up to the 1 s timeout, its
 * queue fills and browsing (which never calls payments) fails too. A bulkhead of 10 keeps
 * browsing whole; a circuit breaker on top fails checkout fast, so failures hold workers a
 * quarter as long and payments itself is spared the load.
 */
class CircuitBreakerCascadeLessonTest {

    private static Lesson lesson;

    @BeforeAll
    static void run() {
        lesson = Lesson.run("circuit-breaker-cascade");
    }

    @Test
    void summary_matchesTheCheckedInReport() throws IOException {
        lesson.assertMatchesExpected();
    }

    @Test
    void withoutProtection_theSlowDependencyTakesDownBrowsingToo() {
        assertBelow(lesson.availability("browse-none"), 0.9, "browse availability, unprotected");
        assertAbove(lesson.p99("browse-none"), 300, "browse p99 ms, unprotected");
        assertAbove(lesson.workload("browse-none").failedByReason().getOrDefault("rejected", 0L), 5_000,
                "browse requests rejected by the full front end");
    }

    @Test
    void aBulkhead_keepsBrowsingWhole() {
        for (String v : new String[] {"bulkhead", "breaker"}) {
            assertEquals(1.0, lesson.availability("browse-" + v), 1e-3, "browse availability, " + v);
            assertBelow(lesson.p99("browse-" + v), 0.05 * lesson.p99("browse-none"), "browse p99, " + v + " vs none");
        }
    }

    @Test
    void aBreaker_failsFast_andSparesTheDependency() {
        double bulkheadHold = lesson.node("front-bulkhead", "failed_busy_us") / lesson.node("front-bulkhead", "failed");
        double breakerHold = lesson.node("front-breaker", "failed_busy_us") / lesson.node("front-breaker", "failed");
        assertBelow(breakerHold, 0.5 * bulkheadHold, "worker time per failed checkout, breaker vs bulkhead only");
        assertAbove(lesson.node("front-breaker", "breaker_opened.payments-breaker"), 2, "breaker openings");
        assertBelow(lesson.node("payments-breaker", "queue_mean"), 0.2 * lesson.node("payments-bulkhead", "queue_mean"),
                "payments queue, breaker vs bulkhead only");
    }

    @Test
    void everyVariant_recoversOnceTheFaultEnds() {
        for (String w : new String[] {"browse-none", "checkout-none", "checkout-bulkhead", "checkout-breaker"}) {
            var at = lesson.recoveredAt("workload." + w + ".availability", 0.99, 40);
            assertBelow(at.orElse(Double.POSITIVE_INFINITY), 44, w + " recovered by");
        }
    }

    @Test
    void theSlo_breaksOnPurposeOnlyForTheVariantTheLessonArguesAgainst() {
        // A broken objective makes distsim run exit 1; here it is the expected outcome, not a failure.
        assertTrue(lesson.sloHeld("browse-bulkhead"), "browse-bulkhead meets its SLO");
        assertTrue(lesson.sloHeld("browse-breaker"), "browse-breaker meets its SLO");
        assertFalse(lesson.sloHeld("browse-none"), "browse-none breaks its SLO");
    }
}
