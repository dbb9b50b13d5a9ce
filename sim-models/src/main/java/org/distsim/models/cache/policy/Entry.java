package org.distsim.models.cache.policy;

/**
 * One cached key with the links of the structures that order it. Each replacement order uses only
 * its own fields; the insertion links serve the time-to-live purge.
 */
final class Entry {

    final long key;

    /**
     * When the entry's time to live started: its insertion, or with expire-after-access its latest
     * access. Entries are kept in the expiry list in the order of this time.
     */
    long liveFromNanos;

    /** The version of the value the entry holds, or {@link EvictionPolicy#UNSET}; it dies with the entry. */
    long version = EvictionPolicy.UNSET;

    /** Links in the replacement order's list (LRU, FIFO, or an LFU frequency bucket). */
    Entry prev;
    Entry next;

    /** Links in the list used for expiry, ordered by {@link #liveFromNanos}. */
    Entry olderInserted;
    Entry newerInserted;

    /** LFU: the bucket of this entry's frequency. */
    FrequencyBucket bucket;

    /** RANDOM: this entry's index in the slot array. */
    int slot = -1;

    Entry(long key, long insertedAtNanos) {
        this.key = key;
        this.liveFromNanos = insertedAtNanos;
    }
}
