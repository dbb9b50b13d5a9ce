package org.distsim.models.cache.policy;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Uniformly random victims: the entries sit in a dense array, each knowing its slot; removal moves
 * the last entry into the freed slot. The victim is the slot {@code rng.nextInt(size)}, so the
 * choice depends only on the draw and the history of operations, never on hashing.
 */
final class RandomOrder implements ReplacementOrder {

    private final UniformRandomProvider rng;
    private Entry[] slots = new Entry[16];
    private int size;

    RandomOrder(UniformRandomProvider rng) {
        this.rng = rng;
    }

    @Override
    public void inserted(Entry entry) {
        if (size == slots.length) {
            slots = Arrays.copyOf(slots, slots.length * 2);
        }
        entry.slot = size;
        slots[size++] = entry;
    }

    @Override
    public void hit(Entry entry) {
        // Random replacement ignores use.
    }

    @Override
    public void removed(Entry entry) {
        int freed = entry.slot;
        Entry last = slots[--size];
        slots[freed] = last;
        last.slot = freed;
        slots[size] = null;
        entry.slot = -1;
    }

    @Override
    public Entry victim() {
        return slots[rng.nextInt(size)];
    }

    @Override
    public void clear() {
        Arrays.fill(slots, 0, size, null);
        size = 0;
    }
}
