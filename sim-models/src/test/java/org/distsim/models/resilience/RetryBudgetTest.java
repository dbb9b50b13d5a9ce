package org.distsim.models.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RetryBudgetTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long WINDOW = 10 * SECOND;

    /**
     * A client sends 100 requests a second for 100 s to a dependency that fails every call, and
     * retries each failure up to 3 times, as long as the budget allows.
     */
    private static RetryBudget underTotalFailure(double ratio, double floorPerSecond) {
        RetryBudget budget = new RetryBudget(ratio, floorPerSecond, WINDOW);
        for (long t = 0; t < 100 * SECOND; t += 10_000_000L) {
            budget.onRequest(t);
            for (int retry = 0; retry < 3 && budget.tryRetry(t); retry++) {
                // The retry fails too.
            }
        }
        return budget;
    }

    @Test
    void withoutAFloor_retriesNeverExceedTheRatioOfRequests() {
        RetryBudget budget = underTotalFailure(0.2, 0);
        assertEquals(10_000, budget.requests());
        assertTrue(budget.retries() <= 0.2 * budget.requests(), "retries " + budget.retries());
        assertTrue(budget.retries() >= 0.19 * budget.requests(), "the budget is used, not wasted: " + budget.retries());
    }

    @Test
    void withAFloor_retriesStayWithinTheRatioOfRequestsPlusTheFloor() {
        RetryBudget budget = underTotalFailure(0.2, 10);
        // Each retry is checked against a window of at least 9 s (9 of the 10 slices); chaining
        // back from the last retry through disjoint windows covers 100 s with at most
        // 100/9 + 1 windows, each allowing the floor of 10/s × 10 s on top of 20 % of its requests.
        double bound = 0.2 * budget.requests() + 10 * 10 * (100 / 9.0 + 1);
        assertTrue(budget.retries() <= bound, "retries " + budget.retries() + " above " + bound);
        // In steady state each 10 s window allows 0.2 × 1000 + 100 = 300 retries: 30 a second.
        assertEquals(3_000, budget.retries(), 300);
    }

    @Test
    void aQuietClient_canStillRetry_upToTheFloor() {
        RetryBudget budget = new RetryBudget(0.2, 10, WINDOW);
        for (int i = 0; i < 100; i++) {
            assertTrue(budget.tryRetry(0), "retry " + i);
        }
        assertFalse(budget.tryRetry(0), "the floor of 10/s over 10 s allows 100");
        assertEquals(1, budget.refusedRetries());
    }

    @Test
    void spentBudget_comesBack_asOldRetriesLeaveTheWindow() {
        RetryBudget budget = new RetryBudget(0, 1, WINDOW);
        for (int i = 0; i < 10; i++) {
            assertTrue(budget.tryRetry(0));
        }
        assertFalse(budget.tryRetry(5 * SECOND));
        assertTrue(budget.tryRetry(WINDOW), "the retries of the first slice have left the window");
    }

    @Test
    void finaglesDefaults_areTwentyPercentTenPerSecondAndTenSeconds() {
        RetryBudget budget = RetryBudget.finagleDefaults();
        assertEquals(0.2, budget.retryRatio());
        assertEquals(10, budget.minRetriesPerSecond());
        assertEquals(WINDOW, budget.windowNanos());
    }

    @Test
    void impossibleParameters_areRejected_namingThem() {
        var ratio = assertThrows(IllegalArgumentException.class, () -> new RetryBudget(-0.1, 10, WINDOW));
        assertTrue(ratio.getMessage().contains("retryRatio"), ratio.getMessage());
        var floor = assertThrows(IllegalArgumentException.class, () -> new RetryBudget(0.2, Double.NaN, WINDOW));
        assertTrue(floor.getMessage().contains("minRetriesPerSecond"), floor.getMessage());
        var window = assertThrows(IllegalArgumentException.class, () -> new RetryBudget(0.2, 10, 5));
        assertTrue(window.getMessage().contains("windowNanos"), window.getMessage());
    }
}
