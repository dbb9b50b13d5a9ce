package org.distsim.models.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class CircuitBreakerTest {

    private static final long OPEN_NANOS = 1_000;

    /** A window of 10 calls, at least 5 of them, 50 % to trip, no run rule, 2 trial calls. */
    private static CircuitBreakerConfig config() {
        return new CircuitBreakerConfig(10, 5, 0.5, 0, OPEN_NANOS, 2);
    }

    private final List<CircuitTransition> transitions = new ArrayList<>();
    private final CircuitBreaker breaker = new CircuitBreaker(config(), transitions::add);

    @Test
    void aClosedBreaker_letsEveryCallThrough_andStaysClosedOnSuccess() {
        for (long t = 0; t < 100; t++) {
            assertTrue(breaker.allowRequest(t));
            breaker.onSuccess(t);
        }
        assertEquals(CircuitState.CLOSED, breaker.state(100));
        assertEquals(0, breaker.transitionCount());
    }

    @Test
    void failuresBelowTheMinimumNumberOfCalls_doNotTripTheBreaker() {
        for (int i = 0; i < 4; i++) {
            breaker.onFailure(i);
        }
        assertEquals(CircuitState.CLOSED, breaker.state(4), "4 failures of 4 calls, but 5 are needed");
        breaker.onFailure(5);
        assertEquals(CircuitState.OPEN, breaker.state(5));
        assertEquals(List.of(new CircuitTransition(5, CircuitState.CLOSED, CircuitState.OPEN)), transitions);
    }

    @Test
    void theBreakerTrips_whenTheFailureRateOverTheWindowReachesTheThreshold() {
        for (int i = 0; i < 5; i++) {
            breaker.onSuccess(i);
        }
        for (int i = 5; i < 9; i++) {
            breaker.onFailure(i);
            assertEquals(CircuitState.CLOSED, breaker.state(i), "failure rate " + breaker.failureRate());
        }
        breaker.onFailure(9);
        assertEquals(CircuitState.OPEN, breaker.state(9), "5 failures of the last 10 calls is 50 %");
    }

    @Test
    void oldOutcomes_slideOutOfTheWindow() {
        CircuitBreaker small = new CircuitBreaker(new CircuitBreakerConfig(4, 4, 0.5, 0, OPEN_NANOS, 1));
        small.onFailure(0);
        small.onSuccess(1);
        small.onSuccess(2);
        small.onSuccess(3);
        small.onSuccess(4);
        assertEquals(0.0, small.failureRate(), "the failure at 0 has left the window of 4");
        small.onFailure(5);
        assertEquals(CircuitState.CLOSED, small.state(5));
        small.onFailure(6);
        assertEquals(CircuitState.OPEN, small.state(6), "S S F F: 50 %");
    }

    @Test
    void anOpenBreaker_failsFastForTheOpenDuration_thenLetsTrialCallsThrough() {
        trip(100);
        assertFalse(breaker.allowRequest(100));
        assertFalse(breaker.allowRequest(100 + OPEN_NANOS - 1));
        assertEquals(2, breaker.rejectedCalls());
        assertTrue(breaker.allowRequest(100 + OPEN_NANOS));
        assertEquals(CircuitState.HALF_OPEN, breaker.state(100 + OPEN_NANOS));
    }

    @Test
    void halfOpen_admitsOnlyTheConfiguredNumberOfTrialCalls() {
        trip(0);
        assertTrue(breaker.allowRequest(OPEN_NANOS));
        assertTrue(breaker.allowRequest(OPEN_NANOS));
        assertFalse(breaker.allowRequest(OPEN_NANOS), "only 2 trial calls");
        assertEquals(CircuitState.HALF_OPEN, breaker.state(OPEN_NANOS));
    }

    @Test
    void halfOpen_closesWhenAllTrialCallsSucceed_withAFreshWindow() {
        trip(0);
        breaker.allowRequest(OPEN_NANOS);
        breaker.allowRequest(OPEN_NANOS);
        breaker.onSuccess(OPEN_NANOS + 1);
        assertEquals(CircuitState.HALF_OPEN, breaker.state(OPEN_NANOS + 1));
        breaker.onSuccess(OPEN_NANOS + 2);
        assertEquals(CircuitState.CLOSED, breaker.state(OPEN_NANOS + 2));
        assertEquals(0.0, breaker.failureRate());
        for (int i = 0; i < 4; i++) {
            breaker.onFailure(OPEN_NANOS + 3);
        }
        assertEquals(CircuitState.CLOSED, breaker.state(OPEN_NANOS + 3), "the old failures were forgotten");
    }

    @Test
    void halfOpen_reopensOnTheFirstFailedTrial_forAnotherFullOpenDuration() {
        trip(0);
        breaker.allowRequest(OPEN_NANOS);
        breaker.allowRequest(OPEN_NANOS);
        breaker.onSuccess(OPEN_NANOS + 5);
        breaker.onFailure(OPEN_NANOS + 10);
        assertEquals(CircuitState.OPEN, breaker.state(OPEN_NANOS + 10));
        assertFalse(breaker.allowRequest(2 * OPEN_NANOS + 9));
        assertTrue(breaker.allowRequest(2 * OPEN_NANOS + 10));
    }

    @Test
    void aRunOfConsecutiveFailures_tripsTheBreaker_evenBelowTheMinimumCalls() {
        CircuitBreaker runs = new CircuitBreaker(new CircuitBreakerConfig(100, 100, 0.5, 3, OPEN_NANOS, 1));
        runs.onFailure(0);
        runs.onFailure(1);
        runs.onSuccess(2);
        runs.onFailure(3);
        runs.onFailure(4);
        assertEquals(CircuitState.CLOSED, runs.state(4), "the success broke the run");
        runs.onFailure(5);
        assertEquals(CircuitState.OPEN, runs.state(5));
    }

    @Test
    void transitions_areReportedInOrder_stampedWithTheirSimulatedTimes() {
        trip(10);
        breaker.allowRequest(2_000);
        breaker.onFailure(2_001);
        breaker.allowRequest(3_500);
        breaker.allowRequest(3_500);
        breaker.onSuccess(3_600);
        breaker.onSuccess(3_700);
        assertEquals(List.of(
                new CircuitTransition(10, CircuitState.CLOSED, CircuitState.OPEN),
                new CircuitTransition(10 + OPEN_NANOS, CircuitState.OPEN, CircuitState.HALF_OPEN),
                new CircuitTransition(2_001, CircuitState.HALF_OPEN, CircuitState.OPEN),
                new CircuitTransition(2_001 + OPEN_NANOS, CircuitState.OPEN, CircuitState.HALF_OPEN),
                new CircuitTransition(3_700, CircuitState.HALF_OPEN, CircuitState.CLOSED)), transitions);
        assertEquals(5, breaker.transitionCount());
    }

    @Test
    void theHalfOpenTransition_isStampedWithTheEndOfTheOpenPeriod_howeverLateItIsObserved() {
        trip(0);
        assertEquals(CircuitState.HALF_OPEN, breaker.state(50_000));
        assertEquals(new CircuitTransition(OPEN_NANOS, CircuitState.OPEN, CircuitState.HALF_OPEN), transitions.get(1));
    }

    @Test
    void outcomesReportedWhileOpen_belongToEarlierCalls_andAreIgnored() {
        trip(0);
        breaker.onSuccess(10);
        breaker.onFailure(20);
        assertEquals(CircuitState.OPEN, breaker.state(20));
        assertEquals(1, breaker.transitionCount());
    }

    @Test
    void timeThatGoesBackwards_isRejected() {
        breaker.onSuccess(100);
        var e = assertThrows(IllegalArgumentException.class, () -> breaker.allowRequest(99));
        assertTrue(e.getMessage().contains("99"), e.getMessage());
    }

    @Test
    void impossibleConfigurations_areRejected_namingTheKnob() {
        assertMessageNames("minimumCalls", () -> new CircuitBreakerConfig(10, 11, 0.5, 0, 1, 1));
        assertMessageNames("failureRateThreshold", () -> new CircuitBreakerConfig(10, 5, 0, 0, 1, 1));
        assertMessageNames("failureRateThreshold", () -> new CircuitBreakerConfig(10, 5, 1.5, 0, 1, 1));
        assertMessageNames("openDurationNanos", () -> new CircuitBreakerConfig(10, 5, 0.5, 0, 0, 1));
        assertMessageNames("halfOpenCalls", () -> new CircuitBreakerConfig(10, 5, 0.5, 0, 1, 0));
        assertMessageNames("slidingWindowCalls", () -> new CircuitBreakerConfig(0, 1, 0.5, 0, 1, 1));
        assertMessageNames("consecutiveFailureThreshold", () -> new CircuitBreakerConfig(10, 5, 0.5, -1, 1, 1));
        assertEquals(100, CircuitBreakerConfig.defaults().slidingWindowCalls());
    }

    private void trip(long atNanos) {
        for (int i = 0; i < 5; i++) {
            breaker.onFailure(atNanos);
        }
        assertEquals(CircuitState.OPEN, breaker.state(atNanos));
    }

    private static void assertMessageNames(String knob, Executable construction) {
        var e = assertThrows(IllegalArgumentException.class, construction);
        assertTrue(e.getMessage().contains(knob), e.getMessage());
    }
}
