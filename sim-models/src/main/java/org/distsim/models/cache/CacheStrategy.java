package org.distsim.models.cache;

/** How a cache node takes part in reads and writes of the store behind it. */
public enum CacheStrategy {
    /**
     * Reads: hit, or fetch from the backing store and fill. Writes go to the backing store, and the
     * cached entry is deleted once the write is answered (update the database, then delete).
     */
    CACHE_ASIDE,
    /** The same behaviour as {@link #CACHE_ASIDE} in this model; see the package documentation. */
    READ_THROUGH,
    /** Writes go to the backing store first; on success the cache entry takes the new version. */
    WRITE_THROUGH,
    /** Writes update the cache and are answered at once; dirty keys are flushed in batches later. */
    WRITE_BEHIND
}
