package org.distsim.models.cache.policy;

import com.carrotsearch.hppc.LongObjectHashMap;
import java.util.Objects;

/**
 * The general implementation of {@link EvictionPolicy}: it owns the entries (found by key through
 * a hash map that is never iterated) with their versions, the expiry list and the counters, and
 * asks its {@link ReplacementOrder} for victims. LRU without a time to live has its own, {@link
 * LruSlots}.
 */
final class KeyStore implements EvictionPolicy {

    /** Presize the map up to this many entries; beyond, let it grow as keys arrive. */
    private static final int PRESIZE_LIMIT = 1 << 16;

    private final Replacement replacement;
    private final int capacity;
    private final long ttlNanos;
    private final ExpireAfter expireAfter;
    private final ReplacementOrder order;
    // Primitive keys: no boxed key or node per entry, and a lookup reads the key array directly.
    private final LongObjectHashMap<Entry> entries;

    /**
     * The expiry list, oldest {@link Entry#liveFromNanos} first, maintained only when entries can
     * expire: insertion order for expire-after-write, recency order for expire-after-access.
     */
    private Entry oldestInserted;
    private Entry newestInserted;

    private long lastNanos;
    private long hits;
    private long misses;
    private long evictions;
    private long expirations;

    KeyStore(Replacement replacement, int capacity, long ttlNanos, ExpireAfter expireAfter, ReplacementOrder order) {
        if (capacity < 1) {
            throw new IllegalArgumentException("cache capacity must be at least 1 entry, got " + capacity);
        }
        if (ttlNanos <= 0) {
            throw new IllegalArgumentException("ttlNanos must be positive (or NO_TTL), got " + ttlNanos);
        }
        this.replacement = replacement;
        this.capacity = capacity;
        this.ttlNanos = ttlNanos;
        this.expireAfter = Objects.requireNonNull(expireAfter, "expireAfter");
        this.order = order;
        int expected = Math.min(capacity, PRESIZE_LIMIT);
        this.entries = new LongObjectHashMap<>(expected);
    }

    @Override
    public boolean access(long key, long nowNanos) {
        advanceTo(nowNanos);
        // One probe of the map for a hit and a miss alike: the slot a miss found is where it inserts.
        int slot = entries.indexOf(key);
        if (slot >= 0) {
            Entry entry = entries.indexGet(slot);
            hits++;
            order.hit(entry);
            if (expires() && expireAfter == ExpireAfter.ACCESS) {
                // A use restarts the entry's time to live: it moves to the young end of the expiry list.
                unlinkInserted(entry);
                entry.liveFromNanos = nowNanos;
                appendInserted(entry);
            }
            return true;
        }
        misses++;
        Entry fresh = new Entry(key, nowNanos);
        // Inserted before the victim leaves, as removing it may move the slot found. The victim is
        // chosen by the replacement order alone, which does not hold the new entry yet, so the
        // choice is the one made before the insertion.
        entries.indexInsert(slot, key, fresh);
        if (entries.size() > capacity) {
            discard(order.victim());
            evictions++;
        }
        order.inserted(fresh);
        if (expires()) {
            appendInserted(fresh);
        }
        return false;
    }

    @Override
    public boolean contains(long key, long nowNanos) {
        advanceTo(nowNanos);
        return entries.containsKey(key);
    }

    @Override
    public long version(long key) {
        Entry entry = entries.get(key);
        return entry == null ? UNSET : entry.version;
    }

    @Override
    public void keepNewest(long key, long version) {
        if (version == UNSET) {
            throw new IllegalArgumentException("a version cannot be UNSET");
        }
        Entry entry = entries.get(key);
        // UNSET is below every version, so an entry without one takes any.
        if (entry != null && version > entry.version) {
            entry.version = version;
        }
    }

    @Override
    public boolean remove(long key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return false;
        }
        discard(entry);
        return true;
    }

    @Override
    public void clear() {
        entries.clear();
        order.clear();
        oldestInserted = null;
        newestInserted = null;
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public int capacity() {
        return capacity;
    }

    @Override
    public long ttlNanos() {
        return ttlNanos;
    }

    @Override
    public ExpireAfter expireAfter() {
        return expireAfter;
    }

    @Override
    public Replacement replacement() {
        return replacement;
    }

    @Override
    public long hits() {
        return hits;
    }

    @Override
    public long misses() {
        return misses;
    }

    @Override
    public long evictions() {
        return evictions;
    }

    @Override
    public long expirations() {
        return expirations;
    }

    @Override
    public String toString() {
        return replacement.configName() + (expires() ? "+ttl(" + ttlNanos + "ns after " + expireAfter.configName() + ")" : "") + "[" + entries.size() + "/"
                + capacity + "]";
    }

    private boolean expires() {
        return ttlNanos != NO_TTL;
    }

    /**
     * Moves the clock to {@code nowNanos} and purges what expired by then. An entry whose time to
     * live started at {@code t} (its insertion, or its latest access) lives during
     * {@code [t, t + ttl)}. All entries share one TTL, so the head of the expiry list expires first
     * and the purge stops at the first live entry.
     */
    private void advanceTo(long nowNanos) {
        if (nowNanos < lastNanos) {
            throw new IllegalArgumentException(
                    "nowNanos must not decrease between calls, got " + nowNanos + " after " + lastNanos);
        }
        lastNanos = nowNanos;
        while (oldestInserted != null && nowNanos - oldestInserted.liveFromNanos >= ttlNanos) {
            discard(oldestInserted);
            expirations++;
        }
    }

    private void discard(Entry entry) {
        entries.remove(entry.key);
        order.removed(entry);
        if (expires()) {
            unlinkInserted(entry);
        }
    }

    private void appendInserted(Entry entry) {
        entry.olderInserted = newestInserted;
        if (newestInserted == null) {
            oldestInserted = entry;
        } else {
            newestInserted.newerInserted = entry;
        }
        newestInserted = entry;
    }

    private void unlinkInserted(Entry entry) {
        if (entry.olderInserted == null) {
            oldestInserted = entry.newerInserted;
        } else {
            entry.olderInserted.newerInserted = entry.newerInserted;
        }
        if (entry.newerInserted == null) {
            newestInserted = entry.olderInserted;
        } else {
            entry.newerInserted.olderInserted = entry.olderInserted;
        }
        entry.olderInserted = null;
        entry.newerInserted = null;
    }
}
