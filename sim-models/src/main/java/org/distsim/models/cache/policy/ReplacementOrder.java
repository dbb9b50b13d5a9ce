package org.distsim.models.cache.policy;

/**
 * The ordering half of a policy: it is told about every insertion, hit and removal, and names the
 * victim when the cache is full. {@link KeyStore} owns the entries, the expiry and the counters.
 */
interface ReplacementOrder {

    void inserted(Entry entry);

    void hit(Entry entry);

    void removed(Entry entry);

    /** The entry to evict; called only when at least one entry is held. */
    Entry victim();

    void clear();
}
