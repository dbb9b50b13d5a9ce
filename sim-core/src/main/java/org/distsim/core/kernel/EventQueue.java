package org.distsim.core.kernel;

import java.util.Arrays;

/**
 * The pending events, ordered by (time, insertion sequence), over primitive arrays, so scheduling
 * allocates nothing once the arrays have grown.
 *
 * <p>Most events go to the {@link Ladder}. A timer whose delay repeats (a timeout, a fixed interval)
 * may go to a {@link TimerLanes} lane instead, which keeps it in (time, sequence) order at the cost
 * of a ring append; the earliest event is the earlier of the ladder's and the lanes' by (time,
 * sequence), with one counter of sequences for both, so the order of events is the same whichever
 * holds them. {@link #pop} returns a ladder slot as it is and a lane timer's slot {@code s} as
 * {@code ~s}, a negative number, which the accessors below tell apart.
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
    private final TimerLanes lanes = new TimerLanes();
    /** Whether {@link #peekTime} decided where the earliest event is, and nothing changed since. */
    private boolean peeked;
    private boolean peekedLane;

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
        return order.size() + lanes.size();
    }

    boolean isEmpty() {
        return size() == 0;
    }

    /** The time of the earliest event; only valid when not empty. */
    long peekTime() {
        boolean lane = nextIsLane();
        // The event loop peeks and then pops with nothing pushed or cancelled in between, so the
        // pop can take the decision made here.
        peekedLane = lane;
        peeked = true;
        return lane ? lanes.minTime() : order.firstTime();
    }

    /**
     * Schedules a timer {@code delay} (never negative) after {@code now}, from {@code target} to
     * itself, and returns its handle for {@link #cancel}. The caller's {@code now} never decreases,
     * which is what keeps a lane in order (a timer that would break it goes to the ladder).
     */
    long pushTimer(long now, long delay, int target, int tag, Object payload) {
        long time = now + delay;
        int lane = lanes.laneFor(delay, time);
        peeked = false;
        if (lane < 0) {
            return push(time, target, target, tag, payload);
        }
        return lanes.append(lane, time, order.takeSequence(), target, tag, payload);
    }

    /** Schedules an event and returns its handle for {@link #cancel}. */
    long push(long time, int target, int from, int tag, Object payload) {
        peeked = false;
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
     * Removes the earliest event and returns its slot (a lane timer's as {@code ~slot}). The caller
     * reads the slot's fields and must then {@link #release} it.
     */
    int pop() {
        boolean lane = peeked ? peekedLane : nextIsLane();
        peeked = false;
        return lane ? ~lanes.removeFirst() : order.removeFirst();
    }

    /**
     * Whether the earliest event is a lane timer; settles the lanes' head when it may be. The lanes'
     * cached earliest head is a lower bound, so when the ladder's is strictly earlier nothing else
     * needs to be looked at.
     */
    private boolean nextIsLane() {
        long ladderTime = 0;
        if (order.size() > 0) {
            ladderTime = order.firstTime();
            if (lanes.minTime() > ladderTime) {
                return false;
            }
        }
        if (lanes.size() == 0) {
            return false;
        }
        if (order.size() == 0) {
            lanes.settle();
            return true;
        }
        lanes.settle();
        long laneTime = lanes.minTime();
        return laneTime < ladderTime || (laneTime == ladderTime && lanes.minSequence() < order.firstSequence());
    }

    int target(int slot) {
        return slot >= 0 ? slotFields[4 * slot + TARGET] : lanes.target(~slot);
    }

    int from(int slot) {
        // A timer comes from the actor it goes to.
        return slot >= 0 ? slotFields[4 * slot + FROM] : lanes.target(~slot);
    }

    int tag(int slot) {
        return slot >= 0 ? slotFields[4 * slot + TAG] : lanes.tag(~slot);
    }

    Object payload(int slot) {
        return slot >= 0 ? slotPayload[slot] : lanes.payload(~slot);
    }

    /** Returns a popped slot for reuse; its handle no longer cancels anything. */
    void release(int slot) {
        if (slot < 0) {
            lanes.release(~slot);
            return;
        }
        slotPayload[slot] = null;
        slotFields[4 * slot + GENERATION]++;
        order.free(slot);
    }

    /** Cancels a pending event; returns false when it already ran or was cancelled. */
    boolean cancel(long handle) {
        peeked = false;
        int slot = (int) handle;
        if (slot < 0) {
            return lanes.cancel(handle);
        }
        int generation = (int) (handle >>> 32);
        if (slot >= slotPayload.length || slotFields[4 * slot + GENERATION] != generation) {
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
