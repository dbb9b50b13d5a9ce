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
 * <p>A slot's generation, target, sender and tag sit side by side in one array (at
 * {@code 4 * slot}), so dispatching an event reads one cache line of them, not four.
 *
 * <p>Ties in time break by insertion order, which makes runs deterministic: two events scheduled
 * for the same nanosecond always run in the order they were scheduled.
 */
final class EventQueue {

    private final Ladder order = new Ladder();

    private static final int GENERATION = 0;
    private static final int TARGET = 1;
    private static final int FROM = 2;
    private static final int TAG = 3;

    // The slots, by slot number: at 4 * slot the generation that makes handles unique, then the
    // target, sender and tag of the event; and its payload.
    private int[] slotFields = new int[0];
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
        if (slot >= slotPayload.length) {
            growSlots(order.slotCapacity());
        }
        int at = 4 * slot;
        int[] fields = slotFields;
        fields[at + TARGET] = target;
        fields[at + FROM] = from;
        fields[at + TAG] = tag;
        slotPayload[slot] = payload;
        return ((long) fields[at + GENERATION] << 32) | slot;
    }

    /**
     * Removes the earliest event and returns its slot. The caller reads the slot's fields and must
     * then {@link #release} it.
     */
    int pop() {
        return order.removeFirst();
    }

    int target(int slot) {
        return slotFields[4 * slot + TARGET];
    }

    int from(int slot) {
        return slotFields[4 * slot + FROM];
    }

    int tag(int slot) {
        return slotFields[4 * slot + TAG];
    }

    Object payload(int slot) {
        return slotPayload[slot];
    }

    /** Returns a popped slot for reuse; its handle no longer cancels anything. */
    void release(int slot) {
        slotPayload[slot] = null;
        slotFields[4 * slot + GENERATION]++;
        order.free(slot);
    }

    /** Cancels a pending event; returns false when it already ran or was cancelled. */
    boolean cancel(long handle) {
        int slot = (int) handle;
        int generation = (int) (handle >>> 32);
        if (slot < 0 || slot >= slotPayload.length || slotFields[4 * slot + GENERATION] != generation) {
            return false;
        }
        // Running or cancelling an event moves its slot to the next generation, so a matching
        // handle names an event that is still pending.
        slotPayload[slot] = null;
        slotFields[4 * slot + GENERATION]++;
        order.cancel(slot);
        return true;
    }

    private void growSlots(int capacity) {
        slotFields = Arrays.copyOf(slotFields, 4 * capacity);
        slotPayload = Arrays.copyOf(slotPayload, capacity);
    }
}
