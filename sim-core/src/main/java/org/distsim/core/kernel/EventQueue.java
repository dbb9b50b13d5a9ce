package org.distsim.core.kernel;

import java.util.Arrays;

/**
 * The pending events, ordered by (time, insertion sequence): a binary min-heap over primitive
 * arrays, so scheduling allocates nothing once the arrays have grown.
 *
 * <p>An event lives in a <em>slot</em> that holds its target, sender, tag and payload; the heap
 * orders slot numbers by the (time, sequence) key kept beside them. A handle returned by
 * {@link #push} is the slot number and the slot's generation, so a handle to an event that already
 * ran (and whose slot was reused) cancels nothing. Cancellation removes the event from the heap at
 * once, so the heap only ever holds live events.
 *
 * <p>Ties in time break by insertion order, which makes runs deterministic: two events scheduled
 * for the same nanosecond always run in the order they were scheduled.
 */
final class EventQueue {

    private static final int INITIAL_CAPACITY = 1024;

    // The heap, by position (0-based): the key of each entry and the slot it refers to.
    private long[] heapTime = new long[INITIAL_CAPACITY];
    private long[] heapSeq = new long[INITIAL_CAPACITY];
    private int[] heapSlot = new int[INITIAL_CAPACITY];
    private int size;

    // The slots, by slot number: where the slot sits in the heap (-1 when free) and what it carries.
    private int[] slotPosition = new int[INITIAL_CAPACITY];
    private int[] slotGeneration = new int[INITIAL_CAPACITY];
    private int[] slotTarget = new int[INITIAL_CAPACITY];
    private int[] slotFrom = new int[INITIAL_CAPACITY];
    private int[] slotTag = new int[INITIAL_CAPACITY];
    private Object[] slotPayload = new Object[INITIAL_CAPACITY];
    private int[] freeSlots = new int[INITIAL_CAPACITY];
    private int freeCount;
    private int slotsEverUsed;

    private long nextSeq;

    EventQueue() {
        Arrays.fill(slotPosition, -1);
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The time of the earliest event; only valid when not empty. */
    long peekTime() {
        return heapTime[0];
    }

    /** Schedules an event and returns its handle for {@link #cancel}. */
    long push(long time, int target, int from, int tag, Object payload) {
        int slot = allocateSlot();
        slotTarget[slot] = target;
        slotFrom[slot] = from;
        slotTag[slot] = tag;
        slotPayload[slot] = payload;
        if (size == heapTime.length) {
            growHeap();
        }
        int position = size++;
        heapTime[position] = time;
        heapSeq[position] = nextSeq++;
        heapSlot[position] = slot;
        slotPosition[slot] = position;
        siftUp(position);
        return ((long) slotGeneration[slot] << 32) | slot;
    }

    /**
     * Removes the earliest event from the heap and returns its slot. The caller reads the slot's
     * fields and must then {@link #release} it.
     */
    int pop() {
        int slot = heapSlot[0];
        removeAt(0);
        return slot;
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

    /** Returns a popped slot to the free list; its handle no longer cancels anything. */
    void release(int slot) {
        slotPayload[slot] = null;
        slotGeneration[slot]++;
        freeSlots[freeCount++] = slot;
    }

    /** Cancels a pending event; returns false when it already ran or was cancelled. */
    boolean cancel(long handle) {
        int slot = (int) handle;
        int generation = (int) (handle >>> 32);
        if (slot < 0 || slot >= slotPosition.length || slotGeneration[slot] != generation) {
            return false;
        }
        int position = slotPosition[slot];
        if (position < 0) {
            return false;
        }
        removeAt(position);
        release(slot);
        return true;
    }

    private void removeAt(int position) {
        int removedSlot = heapSlot[position];
        slotPosition[removedSlot] = -1;
        int last = --size;
        if (position != last) {
            heapTime[position] = heapTime[last];
            heapSeq[position] = heapSeq[last];
            heapSlot[position] = heapSlot[last];
            slotPosition[heapSlot[position]] = position;
            if (position > 0 && before(position, (position - 1) >>> 1)) {
                siftUp(position);
            } else {
                siftDown(position);
            }
        }
    }

    private boolean before(int a, int b) {
        return heapTime[a] < heapTime[b] || (heapTime[a] == heapTime[b] && heapSeq[a] < heapSeq[b]);
    }

    private void siftUp(int position) {
        long time = heapTime[position];
        long seq = heapSeq[position];
        int slot = heapSlot[position];
        while (position > 0) {
            int parent = (position - 1) >>> 1;
            long parentTime = heapTime[parent];
            if (parentTime < time || (parentTime == time && heapSeq[parent] < seq)) {
                break;
            }
            move(parent, position);
            position = parent;
        }
        place(position, time, seq, slot);
    }

    private void siftDown(int position) {
        long time = heapTime[position];
        long seq = heapSeq[position];
        int slot = heapSlot[position];
        int half = size >>> 1;
        while (position < half) {
            int child = 2 * position + 1;
            int right = child + 1;
            if (right < size && before(right, child)) {
                child = right;
            }
            long childTime = heapTime[child];
            if (time < childTime || (time == childTime && seq < heapSeq[child])) {
                break;
            }
            move(child, position);
            position = child;
        }
        place(position, time, seq, slot);
    }

    private void move(int from, int to) {
        heapTime[to] = heapTime[from];
        heapSeq[to] = heapSeq[from];
        heapSlot[to] = heapSlot[from];
        slotPosition[heapSlot[to]] = to;
    }

    private void place(int position, long time, long seq, int slot) {
        heapTime[position] = time;
        heapSeq[position] = seq;
        heapSlot[position] = slot;
        slotPosition[slot] = position;
    }

    private int allocateSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsEverUsed == slotPosition.length) {
            growSlots();
        }
        return slotsEverUsed++;
    }

    private void growHeap() {
        int capacity = heapTime.length * 2;
        heapTime = Arrays.copyOf(heapTime, capacity);
        heapSeq = Arrays.copyOf(heapSeq, capacity);
        heapSlot = Arrays.copyOf(heapSlot, capacity);
    }

    private void growSlots() {
        int old = slotPosition.length;
        int capacity = old * 2;
        slotPosition = Arrays.copyOf(slotPosition, capacity);
        Arrays.fill(slotPosition, old, capacity, -1);
        slotGeneration = Arrays.copyOf(slotGeneration, capacity);
        slotTarget = Arrays.copyOf(slotTarget, capacity);
        slotFrom = Arrays.copyOf(slotFrom, capacity);
        slotTag = Arrays.copyOf(slotTag, capacity);
        slotPayload = Arrays.copyOf(slotPayload, capacity);
        freeSlots = Arrays.copyOf(freeSlots, capacity);
    }
}
