package org.distsim.models.rpc;

/**
 * What a cache did with a read it answered, carried in the {@link Response} so that the caller can
 * act on it (a service's call {@code on: {call: cache, outcome: miss}}).
 */
public enum Lookup {
    /** The answer does not come from a cache lookup: any other node, a write, or a failure. */
    NONE,
    /** The value was in the cache. */
    HIT,
    /** The value was not in the cache and was fetched from its backing node (or joined such a fetch). */
    MISS
}
