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
    /**
     * Least frequently used over every request the cache has seen, least recently used among ties:
     * a key's count survives its eviction (perfect LFU).
     */
    LFU_GLOBAL,
    /** First in, first out: the oldest insertion. */
    FIFO,
    /** A uniformly random entry. */
    RANDOM;

    /** The kebab-case name used in scenario files: {@code lru}, {@code lfu}, {@code lfu-global}, {@code fifo}, {@code random}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    ReplacementOrder newOrder(UniformRandomProvider rng) {
        switch (this) {
            case LRU:
                return new LruOrder();
            case LFU:
                return new LfuOrder();
            case LFU_GLOBAL:
                return new GlobalLfuOrder();
            case FIFO:
                return new FifoOrder();
            case RANDOM:
                return new RandomOrder(rng);
            default:
                throw new AssertionError("unhandled replacement " + this);
        }
    }
}
