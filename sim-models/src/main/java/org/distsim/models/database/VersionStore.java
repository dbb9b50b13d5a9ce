package org.distsim.models.database;

import com.carrotsearch.hppc.LongLongHashMap;

/**
 * The durable contents of a database node: for every key, the version of its latest committed
 * write. Values themselves are not modelled; a version stands for the value a write left behind,
 * which is all the consistency checks need. A key never written has version 0; each write makes
 * it one higher.
 *
 * <p>Kept apart from the {@link Database} actor so that replicas can later share the same storage
 * model. The map is only looked up, never iterated, so its hash order cannot affect a run. Its keys
 * are primitive: every read and write of every database looks one up, and a boxed {@code HashMap}
 * cost about 2 % of url-shortener's CPU.
 */
final class VersionStore {

    private final LongLongHashMap versions = new LongLongHashMap();

    /** The latest committed version of {@code key}; 0 when it was never written. */
    long read(long key) {
        return versions.getOrDefault(key, 0L);
    }

    /** Commits a write of {@code key} and returns the version it created. */
    long write(long key) {
        // One probe: the place a first write finds is where it inserts.
        int index = versions.indexOf(key);
        if (versions.indexExists(index)) {
            long version = versions.indexGet(index) + 1;
            versions.indexReplace(index, version);
            return version;
        }
        versions.indexInsert(index, key, 1L);
        return 1L;
    }

    /** How many keys have been written at least once. */
    int keysWritten() {
        return versions.size();
    }
}
