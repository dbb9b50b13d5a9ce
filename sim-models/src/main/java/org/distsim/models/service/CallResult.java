package org.distsim.models.service;

/**
 * The outcome of a call that another call's {@code on:} waits for. A call that was not made (its
 * origins, its probability or its own condition left it out) has none of them.
 */
public enum CallResult {
    /** The call succeeded (a failure answered by its fallback counts as a success). */
    SUCCESS,
    /** The call failed for good, after its retries, for any reason. */
    FAILURE,
    /** The call failed for good, and its last attempt had no answer within its timeout. */
    TIMEOUT,
    /** The call succeeded, and the cache that answered it had the value. */
    HIT,
    /** The call succeeded, and the cache that answered it did not have the value (it fetched it). */
    MISS
}
