package org.distsim.scenarios;

import static org.distsim.scenarios.Lesson.assertAbove;
import static org.distsim.scenarios.Lesson.assertBetween;
import static org.distsim.scenarios.Lesson.assertBelow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.distsim.core.result.WorkloadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * scenarios/canary-release.yaml: a weighted route sends a tenth of the requests to a canary that
 * fails 20 % of them. Unguarded, 2 % of the requests fail; a call made on the route's failure sends
 * them again to the stable version, and the users see none, while the canary's own failure count
 * still shows the bad build.
 *
 * <p>The margins are four binomial standard errors of the fraction compared, so each assertion
 * fails by chance with probability below 1e-4.
 */
class CanaryReleaseLessonTest {

    private static final double CANARY_SHARE = 0.1;
    private static final double CANARY_ERRORS = 0.2;

    private static Lesson lesson;

    @BeforeAll
    static void run() {
        lesson = Lesson.run("canary-release");
    }

    private static double fourSe(double p, double n) {
        return 4 * Math.sqrt(p * (1 - p) / n);
    }

    @Test
    void summary_matchesTheCheckedInReport() throws IOException {
        lesson.assertMatchesExpected();
    }

    @Test
    void theRoute_sendsOneRequestInTenToTheCanary_inBothDesigns() {
        for (String v : new String[] {"plain", "guarded"}) {
            double canary = lesson.node("front-" + v, "calls.canary-" + v);
            // guarded's stable calls include its retries of failed canary calls; the route's own are the rest.
            double stable = lesson.node("front-" + v, "calls.stable-" + v)
                    - lesson.node("front-" + v, "failures.canary-" + v) * (v.equals("guarded") ? 1 : 0);
            double n = canary + stable;
            assertBetween(canary / n, CANARY_SHARE - fourSe(CANARY_SHARE, n), CANARY_SHARE + fourSe(CANARY_SHARE, n),
                    "the canary's share of " + v);
        }
    }

    @Test
    void unguarded_theCanaryCostsTwoPercentOfTheRequests() {
        WorkloadResult users = lesson.workload("users-plain");
        double n = users.ok() + users.failed() + users.unknown();
        double expected = 1 - CANARY_SHARE * CANARY_ERRORS;
        assertBetween(lesson.availability("users-plain"), expected - fourSe(expected, n), expected + fourSe(expected, n),
                "plain's availability against 1 - 0.1 x 0.2");
        assertBelow(lesson.availability("users-plain"), 0.99, "plain breaks its availability objective");
    }

    @Test
    void guarded_retriesEachCanaryFailureOnTheStableVersion_andTheUsersSeeNone() {
        double canaryFailures = lesson.node("front-guarded", "failures.canary-guarded");
        double canaryCalls = lesson.node("front-guarded", "calls.canary-guarded");
        assertAbove(canaryFailures, 100, "the canary still fails in guarded");
        assertBetween(canaryFailures / canaryCalls, CANARY_ERRORS - fourSe(CANARY_ERRORS, canaryCalls),
                CANARY_ERRORS + fourSe(CANARY_ERRORS, canaryCalls), "the canary's own failure rate, seen in its figures");
        assertEquals(0, lesson.workload("users-guarded").failed(), "no user sees the bad build");
        assertAbove(lesson.availability("users-guarded"), 0.999, "guarded's availability");
    }

    @Test
    void recommendations_areCalledByAFifthOfTheRequests() {
        for (String v : new String[] {"plain", "guarded"}) {
            double calls = lesson.node("front-" + v, "calls.recommendations-" + v);
            double requests = lesson.node("front-" + v, "served") + lesson.node("front-" + v, "failed");
            // plain stops at a failed render (sequential), so only the requests past it draw.
            double drawn = requests - (v.equals("plain") ? lesson.node("front-plain", "failures.canary-plain") : 0);
            assertBetween(calls / drawn, 0.2 - fourSe(0.2, drawn), 0.2 + fourSe(0.2, drawn),
                    "recommendations' share of " + v);
        }
    }
}
