package org.distsim.models.keys;

/**
 * A source of request keys drawn from a {@link KeyPopularity}. Each sampler owns the random
 * provider it was created with; it is not thread-safe, like everything that runs inside a
 * simulation.
 */
@FunctionalInterface
public interface KeySampler {

    /** The next key, in {@code [0, keyCount)}. */
    long nextKey();
}
