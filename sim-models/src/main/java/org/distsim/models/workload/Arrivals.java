package org.distsim.models.workload;

/** How an open-loop workload spaces its requests in time. */
public enum Arrivals {
    /** Exponential gaps with the configured mean rate: a Poisson process, the M of M/M/c. */
    POISSON,
    /** Evenly spaced requests, one every {@code 1 / rate}: the D of D/M/1. */
    CONSTANT
}
