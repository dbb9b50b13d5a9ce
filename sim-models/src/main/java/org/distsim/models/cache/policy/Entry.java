package org.distsim.models.cache.policy;

/**
 * One cached key with the links of the structures that order it. Each replacement order uses only
 * its own fields; the insertion links serve the time-to-live purge.
 */
final class Entry {

    final long key;
    final long insertedAtNanos;

    /** Links in the replacement order's list (LRU, FIFO, or an LFU frequency bucket). */
    Entry prev;
    Entry next;

    /** Links in the insertion-ordered list used for expiry. */
    Entry olderInserted;
    Entry newerInserted;

    /** LFU: the bucket of this entry's frequency. */
    FrequencyBucket bucket;

    /** RANDOM: this entry's index in the slot array. */
    int slot = -1;

    Entry(long key, long insertedAtNanos) {
        this.key = key;
        this.insertedAtNanos = insertedAtNanos;
    }
}
