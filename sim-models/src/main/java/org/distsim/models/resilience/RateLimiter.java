package org.distsim.models.resilience;

/**
 * Admits or refuses requests so that their rate stays within a limit. Times are simulated
 * nanoseconds, {@code >= 0}, never decreasing from one call to the next.
 */
public interface RateLimiter {

    /** Whether a request arriving at {@code nowNanos} is admitted; an admitted request is counted against the limit. */
    boolean tryAcquire(long nowNanos);

    /** Requests admitted so far. */
    long admitted();

    /** Requests refused so far. */
    long rejected();
}
