package org.distsim.models.cache.policy;

import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Which entry a full cache gives up for a new one. A time to live is orthogonal and combines with
 * any of these (see {@link EvictionPolicy#of}).
 */
public enum Replacement {
    /** Least recently used. */
    LRU,
    /** Least frequently used since insertion, least recently used among ties. */
    LFU,
    /** First in, first out: the oldest insertion. */
    FIFO,
    /** A uniformly random entry. */
    RANDOM;

    /** The lower-case name used in scenario files: {@code lru}, {@code lfu}, {@code fifo}, {@code random}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    ReplacementOrder newOrder(UniformRandomProvider rng) {
        switch (this) {
            case LRU:
                return new LruOrder();
            case LFU:
                return new LfuOrder();
            case FIFO:
                return new FifoOrder();
            case RANDOM:
                return new RandomOrder(rng);
            default:
                throw new AssertionError("unhandled replacement " + this);
        }
    }
}
