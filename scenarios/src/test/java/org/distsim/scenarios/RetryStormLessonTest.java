package org.distsim.scenarios;

import static org.distsim.scenarios.Lesson.assertAbove;
import static org.distsim.scenarios.Lesson.assertBelow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * scenarios/retry-storm.yaml: a 5 s slowdown of the dependency (20 s to 25 s). Naive immediate
 * retries keep it overloaded after the fault is gone (a metastable failure); without retries it
 * drains its backlog in about 8 s; backoff with jitter, a retry budget and a circuit breaker bring
 * it back within about 2 s.
 */
class RetryStormLessonTest {

    private static final double FAULT_END_S = 25;
    private static Lesson lesson;

    @BeforeAll
    static void run() {
        lesson = Lesson.run("retry-storm");
    }

    @Test
    void summary_matchesTheCheckedInReport() throws IOException {
        lesson.assertMatchesExpected();
    }

    private static OptionalDouble recovery(String workload) {
        return lesson.recoveredAt("workload." + workload + ".availability", 0.99, FAULT_END_S);
    }

    @Test
    void naiveRetries_neverRecoverAfterTheFaultClears() {
        assertTrue(recovery("clients-naive").isEmpty(),
                () -> "naive retries recovered at " + recovery("clients-naive") + " s");
        // The dependency's queue keeps growing to the end: its load is the retries it provokes.
        var queue = lesson.series("node.db-naive.queue");
        assertAbove(queue.get(queue.size() - 1), 3 * queue.get((int) FAULT_END_S),
                "db-naive queue at the end vs when the fault cleared");
        assertAbove(lesson.node("front-naive", "retries.db-naive"), lesson.node("front-naive", "served"),
                "retries sent vs requests served");
    }

    @Test
    void withoutRetries_theBacklogDrains() {
        OptionalDouble plain = recovery("clients-plain");
        assertTrue(plain.isPresent(), "without retries the service recovers");
        assertBelow(plain.getAsDouble() - FAULT_END_S, 15, "seconds to recover without retries");
    }

    @Test
    void backoffBudgetAndBreaker_recoverFastest() {
        OptionalDouble safe = recovery("clients-safe");
        OptionalDouble plain = recovery("clients-plain");
        assertTrue(safe.isPresent(), "with backoff, budget and breaker the service recovers");
        assertBelow(safe.getAsDouble() - FAULT_END_S, 4, "seconds to recover with backoff, budget and breaker");
        assertBelow(safe.getAsDouble(), plain.getAsDouble() - 3, "recovery time, safe vs no retries");
        assertAbove(lesson.node("front-safe", "breaker_opened.db-safe"), 0, "the breaker opened");
        assertAbove(lesson.availability("clients-safe"), 0.85, "availability over the run, safe");
        assertBelow(lesson.availability("clients-naive"), 0.35, "availability over the run, naive");
    }

    @Test
    void theSlo_breaksOnPurposeOnlyForTheVariantTheLessonArguesAgainst() {
        // A broken objective makes distsim run exit 1; here it is the expected outcome, not a failure.
        assertFalse(lesson.sloHeld("clients-naive"), "clients-naive breaks its SLO");
        assertFalse(lesson.sloHeld("clients-plain"), "clients-plain breaks its SLO");
        assertFalse(lesson.sloHeld("clients-safe"), "clients-safe breaks its SLO");
    }
}
