package org.distsim.models.cache.policy;

import com.carrotsearch.hppc.LongIntHashMap;
import java.util.Arrays;
import java.util.Objects;

/**
 * Least recently used without a time to live, the policy of most caches in the bundled scenarios,
 * kept in arrays instead of objects: each held key has a slot, which also carries its entry's
 * version, and the recency list links slots by index. It decides exactly as {@link KeyStore} with an {@link LruOrder} does (the same victim on
 * every miss); {@code LruSlotsTest} runs both side by side.
 *
 * <p>Why a second implementation: a cache of 100 000 entries is far larger than the CPU's caches,
 * so every read misses memory a few times whatever the structure. With an {@link Entry} object per
 * key each miss of the cache also allocates one, promoted to the old generation and dying there,
 * and every hit stores references into old objects (each store paying the collector's write
 * barrier). Here a hit or a miss stores only ints and longs, and nothing is allocated after the
 * arrays have grown to the capacity.
 */
final class LruSlots implements EvictionPolicy {

    /** Arrays and map are presized up to this many entries; beyond, they grow as keys arrive. */
    private static final int PRESIZE_LIMIT = 1 << 16;

    private static final int NONE = -1;

    private final int capacity;
    private final ExpireAfter expireAfter;
    /** Key to slot; looked up by key only, never iterated. */
    private final LongIntHashMap slots;
    /** The key held in each slot. */
    private long[] keys;
    /** The version carried by each slot's entry, {@link #UNSET} until one is kept. */
    private long[] versions;
    /** The recency list: the slot used just before and just after each slot, NONE at the ends. */
    private int[] older;
    private int[] newer;
    private int oldest = NONE;
    private int newest = NONE;
    /** Slots freed by a removal, linked through {@link #newer}; reused before fresh ones. */
    private int freed = NONE;
    /** Slots below this index have been handed out at least once. */
    private int used;

    private long lastNanos;
    private long hits;
    private long misses;
    private long evictions;

    LruSlots(int capacity, ExpireAfter expireAfter) {
        if (capacity < 1) {
            throw new IllegalArgumentException("cache capacity must be at least 1 entry, got " + capacity);
        }
        this.capacity = capacity;
        // Nothing expires; kept only to tell it back as the configuration said it.
        this.expireAfter = Objects.requireNonNull(expireAfter, "expireAfter");
        int expected = Math.min(capacity, PRESIZE_LIMIT);
        this.slots = new LongIntHashMap(expected);
        // One slot more than the capacity: a miss takes a slot before its victim gives one back.
        int length = (int) Math.min((long) capacity + 1, expected + 1L);
        this.keys = new long[length];
        this.versions = new long[length];
        this.older = new int[length];
        this.newer = new int[length];
    }

    @Override
    public boolean access(long key, long nowNanos) {
        advanceTo(nowNanos);
        // One probe for a hit and a miss alike: the place a miss found is where it inserts.
        int index = slots.indexOf(key);
        if (slots.indexExists(index)) {
            hits++;
            int slot = slots.indexGet(index);
            if (slot != newest) {
                unlink(slot);
                append(slot);
            }
            return true;
        }
        misses++;
        int slot = takeSlot();
        keys[slot] = key;
        // A slot is reused from an entry that left: the new entry starts without a version.
        versions[slot] = UNSET;
        // Inserted before the victim leaves, as removing it may move the place found; the victim is
        // the oldest of the list, which does not hold the new slot yet.
        slots.indexInsert(index, key, slot);
        if (slots.size() > capacity) {
            discard(oldest);
            evictions++;
        }
        append(slot);
        return false;
    }

    @Override
    public boolean contains(long key, long nowNanos) {
        advanceTo(nowNanos);
        return slots.containsKey(key);
    }

    @Override
    public long version(long key) {
        int index = slots.indexOf(key);
        return slots.indexExists(index) ? versions[slots.indexGet(index)] : UNSET;
    }

    @Override
    public void keepNewest(long key, long version) {
        if (version == UNSET) {
            throw new IllegalArgumentException("a version cannot be UNSET");
        }
        int index = slots.indexOf(key);
        if (slots.indexExists(index)) {
            int slot = slots.indexGet(index);
            // UNSET is below every version, so an entry without one takes any.
            if (version > versions[slot]) {
                versions[slot] = version;
            }
        }
    }

    @Override
    public boolean remove(long key) {
        int index = slots.indexOf(key);
        if (!slots.indexExists(index)) {
            return false;
        }
        discard(slots.indexGet(index));
        return true;
    }

    @Override
    public void clear() {
        slots.clear();
        oldest = NONE;
        newest = NONE;
        freed = NONE;
        used = 0;
    }

    @Override
    public int size() {
        return slots.size();
    }

    @Override
    public int capacity() {
        return capacity;
    }

    @Override
    public long ttlNanos() {
        return NO_TTL;
    }

    @Override
    public ExpireAfter expireAfter() {
        return expireAfter;
    }

    @Override
    public Replacement replacement() {
        return Replacement.LRU;
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
        return 0;
    }

    @Override
    public String toString() {
        return Replacement.LRU.configName() + "[" + slots.size() + "/" + capacity + "]";
    }

    private void advanceTo(long nowNanos) {
        if (nowNanos < lastNanos) {
            throw new IllegalArgumentException(
                    "nowNanos must not decrease between calls, got " + nowNanos + " after " + lastNanos);
        }
        lastNanos = nowNanos;
    }

    /** Forgets the key in {@code slot} and frees the slot. */
    private void discard(int slot) {
        slots.remove(keys[slot]);
        unlink(slot);
        newer[slot] = freed;
        freed = slot;
    }

    private int takeSlot() {
        if (freed != NONE) {
            int slot = freed;
            freed = newer[slot];
            return slot;
        }
        if (used == keys.length) {
            // Never beyond capacity + 1 slots: at most that many are held at once, and freed ones are reused.
            int length = (int) Math.min((long) capacity + 1, 2L * keys.length);
            keys = Arrays.copyOf(keys, length);
            versions = Arrays.copyOf(versions, length);
            older = Arrays.copyOf(older, length);
            newer = Arrays.copyOf(newer, length);
        }
        return used++;
    }

    /** Makes {@code slot} the most recently used. */
    private void append(int slot) {
        older[slot] = newest;
        newer[slot] = NONE;
        if (newest == NONE) {
            oldest = slot;
        } else {
            newer[newest] = slot;
        }
        newest = slot;
    }

    private void unlink(int slot) {
        int before = older[slot];
        int after = newer[slot];
        if (before == NONE) {
            oldest = after;
        } else {
            newer[before] = after;
        }
        if (after == NONE) {
            newest = before;
        } else {
            older[after] = before;
        }
    }
}
