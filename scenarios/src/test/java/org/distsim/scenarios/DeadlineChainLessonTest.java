package org.distsim.scenarios;

import static org.distsim.scenarios.Lesson.assertAbove;
import static org.distsim.scenarios.Lesson.assertBelow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * scenarios/deadline-chain.yaml: a chain gw -> a -> b -> c whose leaf is slowed 2x from 20 s to
 * 40 s, under a client that waits 500 ms. Without deadline propagation the chain keeps serving
 * requests the client gave up on, at every hop, and its backlog outlives the fault; with it the
 * inner hops waste nothing and the chain recovers at once.
 *
 * <p>The margins: the figures compared are counts of thousands of requests (about 15 000 wasted at
 * each hop without propagation), whose sampling error is a few percent at most, and each bound sits
 * far outside it; the bounds hold for seeds 1 to 12.
 */
class DeadlineChainLessonTest {

    private static Lesson lesson;

    @BeforeAll
    static void run() {
        lesson = Lesson.run("deadline-chain");
    }

    @Test
    void summary_matchesTheCheckedInReport() throws IOException {
        lesson.assertMatchesExpected();
    }

    @Test
    void withoutPropagation_theLeafServesRequestsNobodyWaitsFor() {
        double ok = lesson.workload("users-plain").ok();
        assertAbove(lesson.node("c-plain", "served"), 1.5 * ok, "c-plain served vs the client's successes");
        assertAbove(lesson.node("c-plain", "wasted"), 0.3 * ok, "c-plain requests served for nobody");
    }

    @Test
    void withPropagation_theInnerHopsWasteNearlyNothing() {
        for (String hop : new String[] {"a", "b"}) {
            double plain = lesson.node(hop + "-plain", "wasted_us");
            assertAbove(plain, 1e9, hop + "-plain wasted worker time (us)");
            assertBelow(lesson.node(hop + "-deadline", "wasted_us"), 0.01 * plain,
                    hop + "-deadline wasted worker time vs plain");
        }
        assertBelow(lesson.node("c-deadline", "wasted_us"), 0.8 * lesson.node("c-plain", "wasted_us"),
                "the leaf's wasted worker time, deadline vs plain");
        assertAbove(lesson.node("c-deadline", "expired") + lesson.node("c-deadline", "cancelled"), 1_000,
                "requests the leaf dropped because their caller had given up");
    }

    @Test
    void withPropagation_goodputUnderTheSlowLeafImproves() {
        assertAbove(lesson.workload("users-deadline").ok(), 1.3 * lesson.workload("users-plain").ok(),
                "successful requests, deadline vs plain");
    }

    @Test
    void withPropagation_theChainRecoversAtOnce_withoutIt_theBacklogOutlivesTheFault() {
        var deadline = lesson.recoveredAt("workload.users-deadline.availability", 0.99, 40);
        var plain = lesson.recoveredAt("workload.users-plain.availability", 0.99, 40);
        assertBelow(deadline.orElse(Double.POSITIVE_INFINITY), 43, "users-deadline recovered by (s)");
        assertAbove(plain.orElse(Double.POSITIVE_INFINITY), 45, "users-plain recovered by (s)");
    }

    @Test
    void theSlo_breaksForBothChainsDuringTheSlowDown() {
        // A broken objective makes distsim run exit 1; here it is the expected outcome, not a failure.
        assertFalse(lesson.sloHeld("users-plain"), "users-plain breaks its SLO");
        assertFalse(lesson.sloHeld("users-deadline"), "users-deadline breaks its SLO");
    }
}
