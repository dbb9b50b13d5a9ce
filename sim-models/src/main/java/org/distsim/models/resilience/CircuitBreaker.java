package org.distsim.models.resilience;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A count-based circuit breaker (see the package documentation for the state machine).
 *
 * <p>The caller asks {@link #allowRequest(long)} before each call and reports the outcome of every
 * call it was allowed to make with {@link #onSuccess(long)} or {@link #onFailure(long)} (a timeout
 * is a failure). Outcomes reported while OPEN belong to calls admitted before the breaker tripped
 * and are ignored. In HALF_OPEN every success counts towards closing, so calls admitted before
 * the breaker opened and finishing during the trial count as trials; a trial that never reports
 * keeps the breaker HALF_OPEN, which is why callers must time calls out.
 *
 * <p>Invariants: {@code 0 <= failures in window <= outcomes in window <= slidingWindowCalls}; in
 * HALF_OPEN, {@code successes <= trials admitted <= halfOpenCalls}.
 */
public final class CircuitBreaker {

    private final CircuitBreakerConfig config;
    private final Consumer<CircuitTransition> listener;

    private CircuitState state = CircuitState.CLOSED;
    private long lastNanos;

    /** The outcome ring of the CLOSED state: {@code true} marks a failure. */
    private final boolean[] failedOutcome;
    private int nextSlot;
    private int outcomes;
    private int failures;
    private int consecutiveFailures;

    private long openedAtNanos;
    private int trialsAdmitted;
    private int trialSuccesses;

    private long transitions;
    private long rejectedCalls;

    /** A breaker that reports its transitions to no one; read {@link #transitionCount()}. */
    public CircuitBreaker(CircuitBreakerConfig config) {
        this(config, transition -> { });
    }

    /** A breaker that reports every transition to {@code listener}, synchronously. */
    public CircuitBreaker(CircuitBreakerConfig config, Consumer<CircuitTransition> listener) {
        this.config = Objects.requireNonNull(config, "config");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.failedOutcome = new boolean[config.slidingWindowCalls()];
    }

    public CircuitBreakerConfig config() {
        return config;
    }

    /**
     * Whether a call may go ahead at {@code nowNanos}: always when CLOSED, never while OPEN, and
     * for the first {@code halfOpenCalls} calls when HALF_OPEN. A refusal is counted.
     */
    public boolean allowRequest(long nowNanos) {
        switch (state(nowNanos)) {
            case CLOSED:
                return true;
            case HALF_OPEN:
                if (trialsAdmitted < config.halfOpenCalls()) {
                    trialsAdmitted++;
                    return true;
                }
                rejectedCalls++;
                return false;
            case OPEN:
                rejectedCalls++;
                return false;
            default:
                throw new AssertionError("unhandled state " + state);
        }
    }

    /** Reports that an allowed call succeeded at {@code nowNanos}. */
    public void onSuccess(long nowNanos) {
        switch (state(nowNanos)) {
            case CLOSED:
                record(false);
                consecutiveFailures = 0;
                break;
            case HALF_OPEN:
                trialSuccesses++;
                if (trialSuccesses >= config.halfOpenCalls()) {
                    moveTo(CircuitState.CLOSED, nowNanos);
                }
                break;
            case OPEN:
                break;
            default:
                throw new AssertionError("unhandled state " + state);
        }
    }

    /** Reports that an allowed call failed (or timed out) at {@code nowNanos}. */
    public void onFailure(long nowNanos) {
        switch (state(nowNanos)) {
            case CLOSED:
                record(true);
                consecutiveFailures++;
                if (tripped()) {
                    moveTo(CircuitState.OPEN, nowNanos);
                }
                break;
            case HALF_OPEN:
                moveTo(CircuitState.OPEN, nowNanos);
                break;
            case OPEN:
                break;
            default:
                throw new AssertionError("unhandled state " + state);
        }
    }

    /**
     * The state at {@code nowNanos}. An OPEN breaker whose open period has ended becomes HALF_OPEN
     * here, the transition stamped with the end of the open period.
     */
    public CircuitState state(long nowNanos) {
        lastNanos = Times.advance(lastNanos, nowNanos);
        if (state == CircuitState.OPEN && nowNanos - openedAtNanos >= config.openDurationNanos()) {
            moveTo(CircuitState.HALF_OPEN, openedAtNanos + config.openDurationNanos());
        }
        return state;
    }

    /** The failure rate over the outcomes in the CLOSED window, 0 when it is empty. */
    public double failureRate() {
        return outcomes == 0 ? 0 : (double) failures / outcomes;
    }

    /** The number of state changes so far. */
    public long transitionCount() {
        return transitions;
    }

    /** Calls refused while OPEN or beyond the trial calls of HALF_OPEN. */
    public long rejectedCalls() {
        return rejectedCalls;
    }

    @Override
    public String toString() {
        return "CircuitBreaker[" + state + ", " + failures + "/" + outcomes + " failed]";
    }

    private void record(boolean failed) {
        if (outcomes == failedOutcome.length) {
            if (failedOutcome[nextSlot]) {
                failures--;
            }
        } else {
            outcomes++;
        }
        failedOutcome[nextSlot] = failed;
        if (failed) {
            failures++;
        }
        nextSlot = (nextSlot + 1) % failedOutcome.length;
    }

    private boolean tripped() {
        boolean byRate = outcomes >= config.minimumCalls()
                && failures >= config.failureRateThreshold() * outcomes;
        boolean byRun = config.consecutiveFailureThreshold() > 0
                && consecutiveFailures >= config.consecutiveFailureThreshold();
        return byRate || byRun;
    }

    private void moveTo(CircuitState next, long atNanos) {
        CircuitState previous = state;
        state = next;
        transitions++;
        switch (next) {
            case OPEN:
                openedAtNanos = atNanos;
                break;
            case HALF_OPEN:
                trialsAdmitted = 0;
                trialSuccesses = 0;
                break;
            case CLOSED:
                Arrays.fill(failedOutcome, false);
                nextSlot = 0;
                outcomes = 0;
                failures = 0;
                consecutiveFailures = 0;
                break;
            default:
                throw new AssertionError("unhandled state " + next);
        }
        listener.accept(new CircuitTransition(atNanos, previous, next));
    }
}
