package org.distsim.models.service;

/** How a service makes the calls of its {@code calls:} list. */
public enum CallMode {
    /** One after the other, in list order; the first call that fails ends the request. */
    SEQUENTIAL,
    /** All at once (fan-out); the request waits for all of them or for the first k successes. */
    PARALLEL
}
