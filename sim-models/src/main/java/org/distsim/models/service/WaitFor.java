package org.distsim.models.service;

/** When a parallel fan-out is complete. */
public enum WaitFor {
    /** Every call must succeed; the first failure fails the request at once. */
    ALL,
    /** The first k successes complete the request; it fails once more than n − k calls failed. */
    FIRST_K
}
