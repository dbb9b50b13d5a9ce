package org.distsim.models.cache.policy;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The contents of a cache of bounded capacity, as a replacement policy decides them: which keys
 * are held, which key a miss evicts, and which entries have outlived their time to live.
 *
 * <p>Every method that takes {@code nowNanos} first purges the entries whose time to live has run
 * out by then (counting them as {@linkplain #expirations() expirations}). Times are simulated
 * nanoseconds, {@code >= 0}, and must not decrease from one call to the next. Implementations are
 * not thread-safe; like everything inside a simulation, they are used by one actor at a time.
 *
 * <p>Each entry can carry a version, the cache's record of which value it holds (see
 * {@link #version}). A version lives and dies with its entry: an entry that a miss inserts has
 * none, and whatever removes an entry removes its version, so a key that comes back after an
 * eviction, an expiration or an invalidation never finds the version of its earlier incarnation.
 *
 * <p>Invariants: {@code 0 <= size() <= capacity()}; {@code hits() + misses()} is the number of
 * {@link #access} calls; every miss inserted one entry, and each entry leaves by an eviction, an
 * expiration, a {@link #remove} or a {@link #clear}.
 */
public interface EvictionPolicy {

    /** The time to live that means "never expires". */
    long NO_TTL = Long.MAX_VALUE;

    /**
     * What {@link #version} answers for an entry that carries no version, or a key not held. No
     * version is this value: the versions a cache records start at -1 ("the node keeps none") and
     * grow by one per write.
     */
    long UNSET = Long.MIN_VALUE;

    /**
     * Serves a read of {@code key} at {@code nowNanos}. A hit records a use of the key (which LRU
     * and LFU remember); a miss inserts the key, evicting one entry first if the cache is full.
     *
     * @return {@code true} for a hit, {@code false} for a miss (including a key that had expired)
     * @throws IllegalArgumentException if {@code nowNanos} is negative or earlier than a previous call
     */
    boolean access(long key, long nowNanos);

    /** Whether {@code key} is held and unexpired at {@code nowNanos}; records no use and counts nothing but expirations. */
    boolean contains(long key, long nowNanos);

    /**
     * The version carried by {@code key}'s entry: {@link #UNSET} when the key is not held or its
     * entry has none yet. Like {@link #size()}, it records no use and purges nothing, so it still
     * sees an entry that expired since the last call that carried a time.
     */
    long version(long key);

    /**
     * Makes {@code key}'s entry carry {@code version}, unless it carries a higher one already; does
     * nothing when the key is not held. Records no use and purges nothing.
     *
     * @throws IllegalArgumentException if {@code version} is {@link #UNSET}
     */
    void keepNewest(long key, long version);

    /** Invalidates {@code key}; returns whether it was held. Not counted as an eviction. */
    boolean remove(long key);

    /** Drops every entry, as when a cache node restarts empty; the counters keep their values. */
    void clear();

    /** The number of entries held, including any that expired since the last call that carried a time. */
    int size();

    /** The most entries this cache holds, at least 1. */
    int capacity();

    /** The time to live of an entry in nanoseconds, or {@link #NO_TTL}. */
    long ttlNanos();

    /** When an entry's time to live starts: at its insertion, or at its latest use. */
    ExpireAfter expireAfter();

    /** The replacement order this policy applies when full. */
    Replacement replacement();

    /** Accesses that found their key. */
    long hits();

    /** Accesses that did not find their key (and inserted it). */
    long misses();

    /** Entries removed to make room for a miss. */
    long evictions();

    /** Entries removed because their time to live ran out. */
    long expirations();

    /** Least recently used, no expiry. */
    static EvictionPolicy lru(int capacity) {
        return of(Replacement.LRU, capacity, NO_TTL, null);
    }

    /** Least frequently used (in-cache counts, LRU among ties), no expiry. */
    static EvictionPolicy lfu(int capacity) {
        return of(Replacement.LFU, capacity, NO_TTL, null);
    }

    /** Least frequently used with counts that survive eviction (LRU among ties), no expiry. */
    static EvictionPolicy lfuGlobal(int capacity) {
        return of(Replacement.LFU_GLOBAL, capacity, NO_TTL, null);
    }

    /** First in, first out, no expiry. */
    static EvictionPolicy fifo(int capacity) {
        return of(Replacement.FIFO, capacity, NO_TTL, null);
    }

    /** Uniformly random victims drawn from {@code rng}, no expiry. */
    static EvictionPolicy random(int capacity, UniformRandomProvider rng) {
        return of(Replacement.RANDOM, capacity, NO_TTL, Objects.requireNonNull(rng, "rng"));
    }

    /** A pure TTL cache: entries expire {@code ttlNanos} after insertion; when full, the oldest goes first. */
    static EvictionPolicy ttl(int capacity, long ttlNanos) {
        return of(Replacement.FIFO, capacity, ttlNanos, null);
    }

    /** A pure TTL cache whose entries expire {@code ttlNanos} after their latest use; when full, the least recently used goes first. */
    static EvictionPolicy ttlAfterAccess(int capacity, long ttlNanos) {
        return of(Replacement.LRU, capacity, ttlNanos, ExpireAfter.ACCESS, null);
    }

    /** Any replacement order, with or without a time to live that starts at insertion (expire-after-write). */
    static EvictionPolicy of(Replacement replacement, int capacity, long ttlNanos, UniformRandomProvider rng) {
        return of(replacement, capacity, ttlNanos, ExpireAfter.WRITE, rng);
    }

    /**
     * The general form: any replacement order, with or without a time to live.
     *
     * @param capacity the most entries held, at least 1
     * @param ttlNanos the time to live of an entry in nanoseconds, positive, or {@link #NO_TTL}
     * @param expireAfter when the time to live starts; irrelevant with {@link #NO_TTL}
     * @param rng the source of victims for {@link Replacement#RANDOM}; ignored (and may be null) otherwise
     */
    static EvictionPolicy of(Replacement replacement, int capacity, long ttlNanos, ExpireAfter expireAfter,
            UniformRandomProvider rng) {
        Objects.requireNonNull(replacement, "replacement");
        if (replacement == Replacement.RANDOM) {
            Objects.requireNonNull(rng, "rng is required for random replacement");
        }
        if (replacement == Replacement.LRU && ttlNanos == NO_TTL) {
            // The common case, without objects per entry; it decides exactly as the general store would.
            return new LruSlots(capacity, expireAfter);
        }
        return new KeyStore(replacement, capacity, ttlNanos, expireAfter, replacement.newOrder(rng));
    }
}
