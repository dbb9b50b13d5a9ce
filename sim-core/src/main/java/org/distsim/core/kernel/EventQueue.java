package org.distsim.core.kernel;

import java.util.Arrays;

/**
 * The pending events, ordered by (time, insertion sequence), over primitive arrays, so scheduling
 * allocates nothing once the arrays have grown.
 *
 * <p>An event lives in a <em>slot</em> that holds its target, sender, tag and payload; the
 * {@link Ladder} hands out the slot numbers and keeps them in order. A handle returned by
 * {@link #push} is the slot number and the slot's generation, so a handle to an event that already
 * ran or was cancelled (and whose slot may have been reused) cancels nothing.
 *
 * <p>Ties in time break by insertion order, which makes runs deterministic: two events scheduled
 * for the same nanosecond always run in the order they were scheduled.
 */
final class EventQueue {

    private final Ladder order = new Ladder();

    // The slots, by slot number: the generation that makes handles unique, and what the event carries.
    private int[] slotGeneration = new int[0];
    private int[] slotTarget = new int[0];
    private int[] slotFrom = new int[0];
    private int[] slotTag = new int[0];
    private Object[] slotPayload = new Object[0];

    /** Live events pending (cancelled ones do not count). */
    int size() {
        return order.size();
    }

    boolean isEmpty() {
        return order.size() == 0;
    }

    /** The time of the earliest event; only valid when not empty. */
    long peekTime() {
        return order.firstTime();
    }

    /** Schedules an event and returns its handle for {@link #cancel}. */
    long push(long time, int target, int from, int tag, Object payload) {
        int slot = order.insert(time);
        if (slot >= slotTarget.length) {
            growSlots(order.slotCapacity());
        }
        slotTarget[slot] = target;
        slotFrom[slot] = from;
        slotTag[slot] = tag;
        slotPayload[slot] = payload;
        return ((long) slotGeneration[slot] << 32) | slot;
    }

    /**
     * Removes the earliest event and returns its slot. The caller reads the slot's fields and must
     * then {@link #release} it.
     */
    int pop() {
        return order.removeFirst();
    }

    int target(int slot) {
        return slotTarget[slot];
    }

    int from(int slot) {
        return slotFrom[slot];
    }

    int tag(int slot) {
        return slotTag[slot];
    }

    Object payload(int slot) {
        return slotPayload[slot];
    }

    /** Returns a popped slot for reuse; its handle no longer cancels anything. */
    void release(int slot) {
        slotPayload[slot] = null;
        slotGeneration[slot]++;
        order.free(slot);
    }

    /** Cancels a pending event; returns false when it already ran or was cancelled. */
    boolean cancel(long handle) {
        int slot = (int) handle;
        int generation = (int) (handle >>> 32);
        if (slot < 0 || slot >= slotGeneration.length || slotGeneration[slot] != generation) {
            return false;
        }
        // Running or cancelling an event moves its slot to the next generation, so a matching
        // handle names an event that is still pending.
        slotPayload[slot] = null;
        slotGeneration[slot]++;
        order.cancel(slot);
        return true;
    }

    private void growSlots(int capacity) {
        slotGeneration = Arrays.copyOf(slotGeneration, capacity);
        slotTarget = Arrays.copyOf(slotTarget, capacity);
        slotFrom = Arrays.copyOf(slotFrom, capacity);
        slotTag = Arrays.copyOf(slotTag, capacity);
        slotPayload = Arrays.copyOf(slotPayload, capacity);
    }
}
