package org.distsim.core.metrics;

import com.carrotsearch.hppc.LongLongHashMap;

/**
 * The measuring stick for consistency: the newest version of each key whose write some client has
 * seen acknowledged. A read that returns an older version than the newest one acknowledged before
 * the read was issued is a stale read.
 *
 * <p>This is instrumentation, like a histogram: clients record into it and compare against it, but
 * no simulated behaviour may depend on it (a real client cannot know what other clients were told).
 */
public final class ConsistencyOracle {

    /** What {@link #latestAcknowledged} returns for a key never written. */
    public static final long NEVER_WRITTEN = -1;

    // Looked up by key only, never iterated. Primitive keys, because every read of every client
    // looks its key up here: a boxed HashMap cost about 4 % of the M/M/1 path's CPU.
    private final LongLongHashMap latest = new LongLongHashMap();

    /** A write of {@code key} creating {@code version} was acknowledged to a client. */
    public void acknowledged(long key, long version) {
        int slot = latest.indexOf(key);
        if (slot < 0) {
            latest.indexInsert(slot, key, version);
        } else if (version > latest.indexGet(slot)) {
            latest.indexReplace(slot, version);
        }
    }

    /** The newest acknowledged version of {@code key}, or {@link #NEVER_WRITTEN}. */
    public long latestAcknowledged(long key) {
        return latest.getOrDefault(key, NEVER_WRITTEN);
    }
}
