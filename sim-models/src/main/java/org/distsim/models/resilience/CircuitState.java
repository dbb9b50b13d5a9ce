package org.distsim.models.resilience;

/** The states of a {@link CircuitBreaker}. */
public enum CircuitState {
    /** Calls pass and their outcomes are recorded. */
    CLOSED,
    /** Calls fail fast until the open duration has passed. */
    OPEN,
    /** A fixed number of trial calls pass; their outcomes decide between CLOSED and OPEN. */
    HALF_OPEN
}
