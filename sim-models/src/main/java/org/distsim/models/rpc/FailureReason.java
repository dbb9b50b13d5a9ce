package org.distsim.models.rpc;

import java.util.Locale;

/**
 * Why a node answered a request with a definite failure: the closed set of reasons, each with the
 * key it is reported under ({@code failed_by_reason} in the result). A definite failure means the
 * operation did not happen; a request with no answer times out instead, and its outcome is unknown.
 */
public enum FailureReason {
    /** No room to take the request: a full queue or worker pool, a replica refusing writes. */
    REJECTED,
    /** Nothing could serve it: no healthy backend, no reachable leader, replica or quorum. */
    UNAVAILABLE,
    /** It was served and failed. */
    ERROR,
    /** A circuit breaker was open and failed the call at once. */
    CIRCUIT_OPEN,
    /** A bulkhead had no room for another call to the dependency. */
    BULKHEAD_FULL,
    /** A rate limiter refused it. */
    RATE_LIMITED,
    /** A queue at capacity refused to take the message (backpressure). */
    QUEUE_FULL,
    /** A dependency call timed out after every retry: reported with the dependency's name. */
    DEPENDENCY_TIMEOUT,
    /**
     * The dependency answered, but the call edge turned the answer into an error (a call's {@code
     * error-rate}): reported with the dependency's name.
     */
    CALL_ERROR,
    /**
     * The deadline the request was told had passed: a service that enforces deadlines dropped it
     * before starting it or before making its calls, or refused a call the deadline left no time for.
     */
    DEADLINE_EXCEEDED,
    /** Its caller cancelled it; a cancelled request is not answered, so no caller ever sees this reason. */
    CANCELLED;

    /** Whether a failure of this reason names the dependency it happened on. */
    public boolean namesDependency() {
        return this == DEPENDENCY_TIMEOUT || this == CALL_ERROR;
    }

    /** The reason as reported: {@code circuit-open}, {@code dependency-timeout}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
