package org.distsim.scenarios;

import static org.distsim.scenarios.Lesson.assertAbove;
import static org.distsim.scenarios.Lesson.assertBetween;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.distsim.core.result.WorkloadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * scenarios/checkout-saga.yaml: a checkout whose order charges payment (2 % errors) and reserves
 * inventory (3 % errors) in parallel, and undoes the step that may have happened when the other
 * fails. Retried compensations leave no order inconsistent; refunds (10 % errors) tried once leave
 * about a tenth of the refunded orders charged and not delivered.
 *
 * <p>The margins are four binomial standard errors of the count or fraction compared, so each
 * assertion fails by chance with probability below 1e-4; the bounds hold for seeds 1 to 12.
 */
class CheckoutSagaLessonTest {

    private static final double ORDER_OK = 0.98 * 0.97;

    private static Lesson lesson;

    @BeforeAll
    static void run() {
        lesson = Lesson.run("checkout-saga");
    }

    @Test
    void summary_matchesTheCheckedInReport() throws IOException {
        lesson.assertMatchesExpected();
    }

    @Test
    void availability_isTheProductOfTheStepsAvailabilities() {
        for (String v : new String[] {"retry", "once"}) {
            WorkloadResult shoppers = lesson.workload("shoppers-" + v);
            double n = shoppers.ok() + shoppers.failed() + shoppers.unknown();
            double fourSe = 4 * Math.sqrt(ORDER_OK * (1 - ORDER_OK) / n);
            assertBetween(lesson.availability("shoppers-" + v), ORDER_OK - fourSe, ORDER_OK + fourSe,
                    "availability of " + v + " against 0.98 x 0.97");
        }
    }

    @Test
    void everyFailedOrder_isCompensated() {
        for (String v : new String[] {"retry", "once"}) {
            double failed = lesson.node("order-" + v, "failed");
            assertAbove(failed, 100, "failed orders in " + v);
            // A failed order undoes its other step unless that step failed too (under 5 % of them).
            assertAbove(lesson.node("order-" + v, "compensations"), 0.9 * failed, "compensations in " + v);
        }
    }

    @Test
    void retriedCompensations_leaveNoOrderInconsistent() {
        // A refund fails all of its nine attempts with probability 0.1^9: never, over a few hundred refunds.
        assertEquals(0, lesson.node("order-retry", "compensation_failures"), "compensation failures, retry");
        assertEquals(0, lesson.node("order-retry", "inconsistent"), "inconsistent orders, retry");
    }

    @Test
    void refundsTriedOnce_leaveATenthOfTheRefundedOrdersInconsistent() {
        double refunds = lesson.node("refunds-once", "served") + lesson.node("refunds-once", "errored");
        double expected = 0.1 * refunds;
        double fourSd = 4 * Math.sqrt(refunds * 0.1 * 0.9);
        double inconsistent = lesson.node("order-once", "inconsistent");
        assertBetween(inconsistent, Math.max(1, expected - fourSd), expected + fourSd, "inconsistent orders, once");
        assertEquals(lesson.node("order-once", "compensation_failures"), inconsistent, 0,
                "each failed refund leaves its own order inconsistent");
    }

    @Test
    void recommendations_degradeTheAnswer_notTheOrder() {
        double calls = lesson.node("gateway-retry", "calls.recommendations-retry");
        double fourSe = 4 * Math.sqrt(0.05 * 0.95 / calls);
        assertBetween(lesson.node("gateway-retry", "degraded") / calls, 0.05 - fourSe, 0.05 + fourSe,
                "answers with the fallback's recommendations");
    }

    @Test
    void aStepStillQueuedWhenItsSiblingFailedTheOrder_isCancelled() {
        assertAbove(lesson.node("payment-retry", "cancelled"), 50, "queued charges cancelled at payment");
    }

    @Test
    void theSlo_holdsForBothDesigns_theDifferenceIsConsistency() {
        assertTrue(lesson.sloHeld("shoppers-retry"), "shoppers-retry meets its SLO");
        assertTrue(lesson.sloHeld("shoppers-once"), "shoppers-once meets its SLO");
    }
}
