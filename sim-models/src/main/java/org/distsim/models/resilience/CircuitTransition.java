package org.distsim.models.resilience;

/**
 * A change of state of a {@link CircuitBreaker}.
 *
 * @param atNanos the simulated time of the change; for OPEN to HALF_OPEN, the end of the open period
 * @param from the state left
 * @param to the state entered
 */
public record CircuitTransition(long atNanos, CircuitState from, CircuitState to) {
}
