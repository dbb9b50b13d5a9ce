package org.distsim.core.kernel;

import java.util.Arrays;

/**
 * The order of the pending events: a ladder queue (Tang, Goh and Thng, "Ladder queue: an O(1)
 * priority queue structure for large-scale discrete event simulation", ACM TOMACS 15(3), 2005)
 * with a binary heap as its bottom; cancelling is eager outside the heap (below). It hands out
 * the event numbers ("slots") and orders them by (time, insertion sequence), exactly: two events
 * at the same nanosecond come out in the order they went in.
 *
 * <p>Events sit in one of three tiers, separated by time alone:
 * <ul>
 *   <li>the <em>bottom</em>, a binary heap, holds every event at or before {@code heapLast};</li>
 *   <li>the <em>rungs</em> hold later events in buckets of a fixed width each: an unsorted linked
 *       list per bucket. Rung 0 spans what the top held when it was last emptied; a rung below
 *       it spans one bucket of the rung above that had too many events to go to the heap at once;</li>
 *   <li>the <em>top</em>, one unsorted list, holds every event past the end of rung 0.</li>
 * </ul>
 * Every event outside the heap is after {@code heapLast}, so the heap's earliest event is
 * the earliest of all. When the heap runs dry, the next non-empty bucket of the lowest rung moves
 * into it, and when the rungs run out, the top is spread over a new rung 0. Inserting is a bucket
 * append for most events, and the heap stays as small as a bucket, so the cost per event does not
 * grow with the number pending, unlike a heap of them all.
 *
 * <p>Bucket lists are doubly linked, so cancelling an event outside the heap unlinks it at once: a
 * request's timeout, set and then cancelled when the answer comes, costs a list append and an
 * unlink, never a walk through a large heap, and only live events hold memory. In the heap a
 * cancelled event is only marked and dropped when it reaches the top; when marked events make up
 * half the heap, the heap is rebuilt without them.
 *
 * <p>Bucket widths are powers of two, so a bucket index is a shift, and a rung below divides its
 * parent's bucket exactly.
 *
 * <p>The fields of a slot sit side by side ({@code key} holds its time and sequence at
 * {@code 2 * slot}, {@code link} its next and previous slot), and so do a bucket's head and count:
 * with 100 000 events pending these arrays are megabytes, and a slot or bucket touched at random
 * then costs one cache miss instead of one per field.
 */
final class Ladder {

    private static final int NONE = -1;
    private static final int INITIAL_CAPACITY = 1024;
    /** A bucket with more events than this is spread over a finer rung instead of into the heap. */
    private static final int SPAWN_THRESHOLD = 48;
    private static final int MAX_RUNGS = 8;
    /** At most 2^20 buckets per rung: 4 MiB of heads and counts, whatever the number pending. */
    private static final int MAX_BUCKETS_LOG2 = 20;
    /** Where a slot is, besides a rung's number: in the heap, in the top list, or in the heap cancelled. */
    private static final byte IN_HEAP = -1;
    private static final byte IN_TOP = -2;
    private static final byte DEAD = -3;

    // Per slot: the key (time at 2 * slot, sequence at 2 * slot + 1), the links of the list the
    // slot is in (next at 2 * slot, previous at 2 * slot + 1), and which tier holds it.
    private long[] key = new long[2 * INITIAL_CAPACITY];
    private int[] links = new int[2 * INITIAL_CAPACITY];
    private byte[] where = new byte[INITIAL_CAPACITY];
    private int[] freeSlots = new int[INITIAL_CAPACITY];
    private int freeCount;
    private int slotsEverUsed;
    private long nextSeq;
    private int live;
    /** Cancelled events still in the heap. */
    private int dead;

    // The bottom: a binary min-heap of slots by (time, seq), all at or before heapLast. The tiers'
    // bounds are inclusive, so that none overflows when an event is at or near Long.MAX_VALUE.
    private long[] heapTime = new long[64];
    private int[] heapSlot = new int[64];
    private int heapSize;
    private long heapLast = -1;

    // The rungs, coarsest (0) to finest (rungs - 1); each covers [start, last] and has consumed
    // the buckets before its cursor. The finest rung's first unconsumed bucket starts at heapLast + 1.
    private int rungs;
    private final long[] rungStart = new long[MAX_RUNGS];
    private final long[] rungLast = new long[MAX_RUNGS];
    private final int[] rungShift = new int[MAX_RUNGS];
    private final int[] rungBuckets = new int[MAX_RUNGS];
    private final int[] rungCursor = new int[MAX_RUNGS];
    /** Per rung, per bucket b: the head of its list at 2 * b and its number of events at 2 * b + 1. */
    private final int[][] bucket = new int[MAX_RUNGS][];

    // The top: everything after the last time of rung 0 (or after heapLast, with no rung).
    private int topHead = NONE;

    /** Live (not cancelled) events pending. */
    int size() {
        return live;
    }

    /** The number of slots ever handed out: every slot number is below it. */
    int slotCapacity() {
        return where.length;
    }

    /** Adds an event at {@code t} (never negative) and returns its slot. */
    int insert(long t) {
        int slot = allocate();
        key[2 * slot] = t;
        key[2 * slot + 1] = nextSeq++;
        live++;
        place(slot, t);
        return slot;
    }

    /** The time of the earliest live event; only valid when {@link #size()} is positive. */
    long firstTime() {
        settle();
        return heapTime[0];
    }

    /** Removes the earliest live event and returns its slot, which stays taken until {@link #free}. */
    int removeFirst() {
        settle();
        int slot = heapSlot[0];
        heapPop();
        live--;
        return slot;
    }

    /** Cancels a pending event: unlinks and frees it, or, in the heap, marks it to be dropped. */
    void cancel(int slot) {
        live--;
        int tier = where[slot];
        if (tier == IN_HEAP) {
            where[slot] = DEAD;
            dead++;
            if (dead > 64 && 2 * dead > heapSize) {
                compactHeap();
            }
            return;
        }
        int after = links[2 * slot];
        int before = links[2 * slot + 1];
        if (after != NONE) {
            links[2 * after + 1] = before;
        }
        if (tier == IN_TOP) {
            if (before == NONE) {
                topHead = after;
            }
        } else {
            int[] buckets = bucket[tier];
            int b = 2 * bucketOf(tier, key[2 * slot]);
            if (before == NONE) {
                buckets[b] = after;
            }
            buckets[b + 1]--;
        }
        if (before != NONE) {
            links[2 * before] = after;
        }
        free(slot);
    }

    /** Returns a slot taken by {@link #removeFirst} to the free list. */
    void free(int slot) {
        freeSlots[freeCount++] = slot;
    }

    // ---- placing an event by its time ------------------------------------------------------------

    private void place(int slot, long t) {
        if (t <= heapLast) {
            heapPush(slot, t);
            return;
        }
        for (int r = rungs - 1; r >= 0; r--) {
            if (t <= rungLast[r]) {
                int[] buckets = bucket[r];
                int b = 2 * bucketOf(r, t);
                buckets[b] = link(slot, buckets[b], (byte) r);
                buckets[b + 1]++;
                return;
            }
        }
        topHead = link(slot, topHead, IN_TOP);
    }

    /** Puts a slot in front of a list and returns the list's new head. */
    private int link(int slot, int head, byte tier) {
        links[2 * slot] = head;
        links[2 * slot + 1] = NONE;
        if (head != NONE) {
            links[2 * head + 1] = slot;
        }
        where[slot] = tier;
        return slot;
    }

    private int bucketOf(int r, long t) {
        int shift = rungShift[r];
        return (int) ((t >>> shift) - (rungStart[r] >>> shift));
    }

    /** Makes the heap's earliest entry a live event, moving buckets into the heap as needed. */
    private void settle() {
        while (true) {
            if (heapSize > 0) {
                int slot = heapSlot[0];
                if (where[slot] != DEAD) {
                    return;
                }
                heapPop();
                dead--;
                free(slot);
            } else {
                advance();
            }
        }
    }

    /** With the heap empty: moves the next non-empty bucket into it (spawning or building rungs). */
    private void advance() {
        while (true) {
            if (rungs == 0) {
                if (topHead == NONE) {
                    // Only reached when asked for an event while none is live: a caller's bug.
                    throw new IllegalStateException("no event pending");
                }
                buildRungFromTop();
                continue;
            }
            int r = rungs - 1;
            int[] heads = bucket[r];
            int buckets = rungBuckets[r];
            int b = rungCursor[r];
            while (b < buckets && heads[2 * b] == NONE) {
                b++;
            }
            if (b == buckets) {
                rungCursor[r] = buckets;
                heapLast = rungLast[r];
                rungs--;
                continue;
            }
            int list = heads[2 * b];
            int count = heads[2 * b + 1];
            heads[2 * b] = NONE;
            heads[2 * b + 1] = 0;
            rungCursor[r] = b + 1;
            int shift = rungShift[r];
            long bucketStart = rungStart[r] + ((long) b << shift);
            heapLast = bucketStart + ((1L << shift) - 1);
            if (count > SPAWN_THRESHOLD && shift > 0 && rungs < MAX_RUNGS) {
                spawnRung(bucketStart, shift, list, count);
                continue;
            }
            for (int slot = list; slot != NONE; slot = links[2 * slot]) {
                heapPush(slot, key[2 * slot]);
            }
            return;
        }
    }

    /** Spreads one bucket of the finest rung over a new, finer rung that spans exactly that bucket. */
    private void spawnRung(long start, int parentShift, int list, int count) {
        int log2 = Math.min(Math.min(ceilLog2(count), MAX_BUCKETS_LOG2), parentShift);
        int r = rungs++;
        setUpRung(r, start, parentShift - log2, 1 << log2);
        rungLast[r] = start + ((1L << parentShift) - 1);
        heapLast = start - 1;
        spread(r, list);
    }

    /** Empties the top into a new rung 0 whose buckets span its earliest to its latest live event. */
    private void buildRungFromTop() {
        int list = topHead;
        int count = 0;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int slot = list; slot != NONE; slot = links[2 * slot]) {
            long t = key[2 * slot];
            count++;
            min = Math.min(min, t);
            max = Math.max(max, t);
        }
        topHead = NONE;
        int log2 = Math.min(ceilLog2(count), MAX_BUCKETS_LOG2);
        int shift = 0;
        while ((max >>> shift) - (min >>> shift) >= (1L << log2)) {
            shift++;
        }
        int buckets = (int) ((max >>> shift) - (min >>> shift)) + 1;
        long start = (min >>> shift) << shift;
        setUpRung(0, start, shift, buckets);
        // The last bucket starts at or before max and is aligned to its width, so its last time
        // is at most Long.MAX_VALUE.
        rungLast[0] = start + ((long) (buckets - 1) << shift) + ((1L << shift) - 1);
        rungs = 1;
        heapLast = start - 1;
        spread(0, list);
    }

    private void setUpRung(int r, long start, int shift, int buckets) {
        if (bucket[r] == null || bucket[r].length < 2 * buckets) {
            bucket[r] = new int[2 * Math.max(buckets, 16)];
        }
        int[] heads = bucket[r];
        for (int b = 0; b < 2 * buckets; b += 2) {
            heads[b] = NONE;
            heads[b + 1] = 0;
        }
        rungStart[r] = start;
        rungShift[r] = shift;
        rungBuckets[r] = buckets;
        rungCursor[r] = 0;
    }

    /** Puts the events of a list into rung r's buckets; every one lies within the rung. */
    private void spread(int r, int list) {
        int shift = rungShift[r];
        long base = rungStart[r] >>> shift;
        int[] heads = bucket[r];
        byte tier = (byte) r;
        for (int slot = list; slot != NONE; ) {
            int after = links[2 * slot];
            int b = 2 * (int) ((key[2 * slot] >>> shift) - base);
            heads[b] = link(slot, heads[b], tier);
            heads[b + 1]++;
            slot = after;
        }
    }

    /** Rebuilds the heap without its cancelled events (Floyd's bottom-up construction). */
    private void compactHeap() {
        int kept = 0;
        for (int i = 0; i < heapSize; i++) {
            int slot = heapSlot[i];
            if (where[slot] == DEAD) {
                free(slot);
            } else {
                heapSlot[kept] = slot;
                heapTime[kept] = heapTime[i];
                kept++;
            }
        }
        heapSize = kept;
        dead = 0;
        for (int i = (kept >>> 1) - 1; i >= 0; i--) {
            siftDown(i, heapTime[i], heapSlot[i]);
        }
    }

    private static int ceilLog2(int n) {
        return n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1);
    }

    // ---- the bottom heap -----------------------------------------------------------------------

    private void heapPush(int slot, long t) {
        if (heapSize == heapTime.length) {
            heapTime = Arrays.copyOf(heapTime, heapSize * 2);
            heapSlot = Arrays.copyOf(heapSlot, heapSize * 2);
        }
        where[slot] = IN_HEAP;
        int position = heapSize++;
        long s = key[2 * slot + 1];
        while (position > 0) {
            int parent = (position - 1) >>> 1;
            long parentTime = heapTime[parent];
            if (parentTime < t || (parentTime == t && key[2 * heapSlot[parent] + 1] < s)) {
                break;
            }
            heapTime[position] = parentTime;
            heapSlot[position] = heapSlot[parent];
            position = parent;
        }
        heapTime[position] = t;
        heapSlot[position] = slot;
    }

    private void heapPop() {
        int last = --heapSize;
        if (last > 0) {
            siftDown(0, heapTime[last], heapSlot[last]);
        }
    }

    /** Moves the entry (t, slot) down from {@code position} to where it belongs among heapSize entries. */
    private void siftDown(int position, long t, int slot) {
        long s = key[2 * slot + 1];
        int size = heapSize;
        int half = size >>> 1;
        while (position < half) {
            int child = 2 * position + 1;
            int right = child + 1;
            long childTime = heapTime[child];
            if (right < size) {
                long rightTime = heapTime[right];
                if (rightTime < childTime
                        || (rightTime == childTime && key[2 * heapSlot[right] + 1] < key[2 * heapSlot[child] + 1])) {
                    child = right;
                    childTime = rightTime;
                }
            }
            if (t < childTime || (t == childTime && s < key[2 * heapSlot[child] + 1])) {
                break;
            }
            heapTime[position] = childTime;
            heapSlot[position] = heapSlot[child];
            position = child;
        }
        heapTime[position] = t;
        heapSlot[position] = slot;
    }

    // ---- slots -----------------------------------------------------------------------------------

    private int allocate() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsEverUsed == where.length) {
            int capacity = where.length * 2;
            key = Arrays.copyOf(key, 2 * capacity);
            links = Arrays.copyOf(links, 2 * capacity);
            where = Arrays.copyOf(where, capacity);
            freeSlots = Arrays.copyOf(freeSlots, capacity);
        }
        return slotsEverUsed++;
    }
}
