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
 * scenarios/load-balancing.yaml: over unequal backends, algorithms that look at the backends
 * (least connections, power of two choices) or are told their capacity (weighted round robin)
 * keep the p99 low; round robin, consistent hashing and random overload the slow backend.
 */
class LoadBalancingLessonTest {

    private static Lesson lesson;

    @BeforeAll
    static void run() {
        lesson = Lesson.run("load-balancing");
    }

    @Test
    void summary_matchesTheCheckedInReport() throws IOException {
        lesson.assertMatchesExpected();
    }

    @Test
    void p99_adaptiveAlgorithmsBeatBlindOnes() {
        double rr = lesson.p99("clients-rr");
        for (String w : new String[] {"clients-lc", "clients-p2c", "clients-wrr"}) {
            assertBelow(lesson.p99(w), 0.75 * rr, w + " p99 vs round robin");
        }
        assertAbove(lesson.p99("clients-random"), 1.2 * rr, "random p99 vs round robin");
        assertAbove(lesson.p99("clients-ch"), 1.4 * lesson.p99("clients-lc"), "consistent hash p99 vs least connections");
    }

    @Test
    void p2c_comesWithinAFewPercentOfLeastConnections() {
        assertBelow(lesson.p99("clients-p2c"), 1.15 * lesson.p99("clients-lc"), "p2c p99 vs least connections");
    }

    @Test
    void roundRobin_splitsEvenly_soTheSlowBackendRunsHotAndTheFastOneIdles() {
        assertAbove(lesson.node("rr-4", "utilisation_mean"), 0.85, "slow backend under round robin");
        assertBelow(lesson.node("rr-1", "utilisation_mean"), 0.45, "fast backend under round robin");
        assertAbove(lesson.node("random-4", "utilisation_mean"), 0.85, "slow backend under random");
    }

    @Test
    void leastConnections_andWeightedRoundRobin_evenOutTheUtilisation() {
        for (String prefix : new String[] {"lc", "wrr"}) {
            for (int i = 1; i <= 4; i++) {
                assertBetween(lesson.node(prefix + "-" + i, "utilisation_mean"), 0.45, 0.75,
                        prefix + "-" + i + " utilisation");
            }
            // The fast backend (speed 2) takes about twice the requests of a normal one.
            assertAbove(lesson.node(prefix + "-1", "served"), 1.6 * lesson.node(prefix + "-2", "served"),
                    prefix + ": requests served by the fast backend vs a normal one");
        }
    }

    @Test
    void theSlo_breaksOnPurposeOnlyForTheVariantTheLessonArguesAgainst() {
        // A broken objective makes distsim run exit 1; here it is the expected outcome, not a failure.
        assertTrue(lesson.sloHeld("clients-wrr"), "clients-wrr meets its SLO");
        assertTrue(lesson.sloHeld("clients-lc"), "clients-lc meets its SLO");
        assertTrue(lesson.sloHeld("clients-p2c"), "clients-p2c meets its SLO");
        assertFalse(lesson.sloHeld("clients-rr"), "clients-rr breaks its SLO");
        assertFalse(lesson.sloHeld("clients-random"), "clients-random breaks its SLO");
        assertFalse(lesson.sloHeld("clients-ch"), "clients-ch breaks its SLO");
    }
}
