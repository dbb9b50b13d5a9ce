package org.distsim.models.resilience;

/**
 * The knobs of a {@link CircuitBreaker}.
 *
 * @param slidingWindowCalls the number of most recent call outcomes the failure rate is computed over, at least 1
 * @param minimumCalls the outcomes the window must hold before the failure rate can trip the breaker, in {@code [1, slidingWindowCalls]}
 * @param failureRateThreshold the failure rate, in {@code (0, 1]}, at or above which the breaker trips
 * @param consecutiveFailureThreshold a run of this many consecutive failures trips the breaker whatever the rate; 0 disables the rule
 * @param openDurationNanos how long the breaker stays OPEN before letting trial calls through, positive
 * @param halfOpenCalls the trial calls admitted in HALF_OPEN; all must succeed to close, at least 1
 */
public record CircuitBreakerConfig(
        int slidingWindowCalls,
        int minimumCalls,
        double failureRateThreshold,
        int consecutiveFailureThreshold,
        long openDurationNanos,
        int halfOpenCalls) {

    public CircuitBreakerConfig {
        if (slidingWindowCalls < 1) {
            throw new IllegalArgumentException("slidingWindowCalls must be at least 1, got " + slidingWindowCalls);
        }
        if (minimumCalls < 1 || minimumCalls > slidingWindowCalls) {
            throw new IllegalArgumentException("minimumCalls must be between 1 and slidingWindowCalls ("
                    + slidingWindowCalls + "), got " + minimumCalls);
        }
        if (!(failureRateThreshold > 0 && failureRateThreshold <= 1)) {
            throw new IllegalArgumentException("failureRateThreshold must be in (0, 1], got " + failureRateThreshold);
        }
        if (consecutiveFailureThreshold < 0) {
            throw new IllegalArgumentException(
                    "consecutiveFailureThreshold must be 0 (disabled) or positive, got " + consecutiveFailureThreshold);
        }
        Times.positive("openDurationNanos", openDurationNanos);
        if (halfOpenCalls < 1) {
            throw new IllegalArgumentException("halfOpenCalls must be at least 1, got " + halfOpenCalls);
        }
    }

    /**
     * Resilience4j's defaults: a window of 100 calls, all of them needed, a 50 % threshold, no
     * consecutive-failure rule, 60 s open, 10 trial calls.
     */
    public static CircuitBreakerConfig defaults() {
        return new CircuitBreakerConfig(100, 100, 0.5, 0, 60_000_000_000L, 10);
    }
}
