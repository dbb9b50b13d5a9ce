package org.distsim.models.rpc;

import com.carrotsearch.hppc.LongObjectHashMap;
import com.carrotsearch.hppc.cursors.ObjectCursor;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Values under ids that only ever increase, as a node numbers its calls or a client its requests:
 * the pending ones, found by id. The recent ids are kept in a ring indexed by the id itself, so a
 * put, a get and a remove are an array access with no hashing; most values leave soon after they
 * arrive (a call is answered within milliseconds), so the ids held are nearly contiguous.
 *
 * <p>A value that stays while far more ids are handed out after it (a call whose answer was lost,
 * waiting for its timeout) would stretch the ring, so when the ring must span more than four times
 * the values it holds, the oldest values move to a hash map of stragglers instead: the memory stays
 * proportional to the values held, never to the ids handed out.
 *
 * <p>Not a hash map of its own: HPPC's {@link LongObjectHashMap} holds the stragglers. Iteration
 * ({@link #forEach}) is in no particular order and must only feed order-free results, such as counts.
 *
 * @param <V> the values; never null
 */
public final class IdWindow<V> {

    private static final int INITIAL_LENGTH = 64;

    /** {@code ring[id & mask]} holds the value of id {@code id} for ids in {@code [base, next)}. */
    private Object[] ring = new Object[INITIAL_LENGTH];
    private int mask = INITIAL_LENGTH - 1;
    /** The lowest id the ring may hold; every id below it is a straggler or gone. */
    private long base;
    /** One past the highest id put so far; ids put must be at least this. */
    private long next;
    private int inRing;
    /** Values of ids below {@link #base}; null until the first one moves there. */
    private LongObjectHashMap<V> stragglers;

    /** Holds {@code value} under {@code id}, which must be higher than every id put before. */
    public void put(long id, V value) {
        if (id < next) {
            throw new IllegalArgumentException("ids must increase: " + id + " after " + (next - 1));
        }
        if (value == null) {
            throw new IllegalArgumentException("null value for id " + id);
        }
        next = id + 1;
        if (inRing == 0) {
            base = id;
        }
        if (id - base >= ring.length) {
            makeRoomFor(id);
        }
        ring[(int) id & mask] = value;
        inRing++;
    }

    /** The value under {@code id}, or null. */
    public V get(long id) {
        if (id >= base) {
            return id < next ? at(id) : null;
        }
        return stragglers == null ? null : stragglers.get(id);
    }

    /** Removes and returns the value under {@code id}, or null when none is held. */
    public V remove(long id) {
        if (id < base) {
            return stragglers == null ? null : stragglers.remove(id);
        }
        if (id >= next) {
            return null;
        }
        V value = at(id);
        if (value != null) {
            ring[(int) id & mask] = null;
            inRing--;
            if (inRing == 0) {
                base = next;
            } else if (id == base) {
                // Move past the ids already gone, so that the ring spans only what it holds.
                do {
                    base++;
                } while (ring[(int) base & mask] == null);
            }
        }
        return value;
    }

    /** How many values are held. */
    public int size() {
        return inRing + (stragglers == null ? 0 : stragglers.size());
    }

    /** Forgets every value; ids put afterwards must still increase. */
    public void clear() {
        Arrays.fill(ring, null);
        inRing = 0;
        base = next;
        if (stragglers != null) {
            stragglers.clear();
        }
    }

    /** Runs {@code action} on every value held, in no particular order. */
    public void forEach(Consumer<? super V> action) {
        for (long id = base; inRing > 0 && id < next; id++) {
            V value = at(id);
            if (value != null) {
                action.accept(value);
            }
        }
        if (stragglers != null) {
            for (ObjectCursor<V> cursor : stragglers.values()) {
                action.accept(cursor.value);
            }
        }
    }

    /** The ring's length, for tests of its bound. */
    int ringLength() {
        return ring.length;
    }

    @SuppressWarnings("unchecked")
    private V at(long id) {
        return (V) ring[(int) id & mask];
    }

    /** Grows the ring, or moves its oldest values to the stragglers, until it can hold {@code id}. */
    private void makeRoomFor(long id) {
        long span = id - base + 1;
        if (span <= 4L * (inRing + 1) && span <= 1 << 30) {
            int length = ring.length;
            while (length < span) {
                length <<= 1;
            }
            Object[] grown = new Object[length];
            int grownMask = length - 1;
            // Every id held lies within one old length of the base (the ids between the last put
            // and the new one were never put, and their old slots belong to held ids).
            long end = Math.min(id, base + ring.length);
            for (long held = base; held < end; held++) {
                grown[(int) held & grownMask] = ring[(int) held & mask];
            }
            ring = grown;
            mask = grownMask;
            return;
        }
        if (stragglers == null) {
            stragglers = new LongObjectHashMap<>();
        }
        // The new id is not in the ring yet, so every held id is below it: the loop ends by then.
        while (id - base >= ring.length) {
            V oldest = at(base);
            if (oldest != null) {
                ring[(int) base & mask] = null;
                inRing--;
                stragglers.put(base, oldest);
            }
            base++;
        }
    }
}
