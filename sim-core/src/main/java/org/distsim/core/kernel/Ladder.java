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
 *   <li>the <em>rungs</em> hold later events in buckets of a fixed width each, unsorted. Rung 0
 *       spans what the top held when it was last emptied; a rung below it spans one bucket of the
 *       rung above that had too many events to go to the heap at once;</li>
 *   <li>the <em>top</em>, one unsorted bucket, holds every event past the end of rung 0.</li>
 * </ul>
 * Every event outside the heap is after {@code heapLast}, so the heap's earliest event is
 * the earliest of all, and which tier holds an event follows from its time and the tiers' bounds.
 * When the heap runs dry, the next non-empty bucket of the lowest rung moves into it, and when the
 * rungs run out, the top is spread over a new rung 0. Inserting is a bucket append for most events,
 * and the heap stays as small as a bucket, so the cost per event does not grow with the number
 * pending, unlike a heap of them all.
 *
 * <p>A bucket keeps its events' times and slots in {@link ChunkPool chunks} of a few entries, not
 * in a list linked through the slots: with 100 000 events pending, moving a bucket into the heap
 * then reads its entries in memory order, one cache miss per chunk, instead of one dependent miss
 * per event, and an append touches the bucket and its newest chunk, never another event's slot.
 *
 * <p>Cancelling an event outside the heap removes it at once (the bucket's last entry moves into
 * its place), so a request's timeout, set and then cancelled when the answer comes, costs an
 * append and a removal, never a walk through a large heap, and only live events hold memory. In
 * the heap a cancelled event is only marked and dropped when it reaches the top; when marked
 * events make up half the heap, the heap is rebuilt without them.
 *
 * <p>Bucket widths are powers of two, so a bucket index is a shift, and a rung below divides its
 * parent's bucket exactly.
 */
final class Ladder {

    private static final int NONE = ChunkPool.NONE;
    private static final int INITIAL_CAPACITY = 1024;
    /** A bucket with more events than this is spread over a finer rung instead of into the heap. */
    private static final int SPAWN_THRESHOLD = 48;
    private static final int MAX_RUNGS = 8;
    /** At most 2^20 buckets per rung: 8 MiB of heads and counts, whatever the number pending. */
    private static final int MAX_BUCKETS_LOG2 = 20;

    // Per slot: the key (time at 2 * slot, sequence at 2 * slot + 1), and, while the slot is in a
    // bucket, its entry in the chunk pool.
    private long[] key = new long[2 * INITIAL_CAPACITY];
    private int[] entryOf = new int[INITIAL_CAPACITY];
    /** Per slot: cancelled while in the heap, to be dropped when it reaches the top. */
    private boolean[] deadInHeap = new boolean[INITIAL_CAPACITY];
    private int[] freeSlots = new int[INITIAL_CAPACITY];
    private int freeCount;
    private int slotsEverUsed;
    private long nextSeq;
    private int live;
    /** Cancelled events still in the heap. */
    private int dead;

    private final ChunkPool chunks = new ChunkPool();

    // The bottom: a binary min-heap of slots by (time, seq), all at or before heapLast. The tiers'
    // bounds are inclusive, so that none overflows when an event is at Long.MAX_VALUE.
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
    /** Per rung, per bucket b: its newest chunk at 2 * b and its number of events at 2 * b + 1. */
    private final int[][] bucket = new int[MAX_RUNGS][];

    // The top: everything after the last time of rung 0 (or after heapLast, with no rung).
    private int topHead = NONE;
    private int topCount;

    /** Live (not cancelled) events pending. */
    int size() {
        return live;
    }

    /** The number of slots ever handed out: every slot number is below it. */
    int slotCapacity() {
        return entryOf.length;
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

    /** Cancels a pending event: removes and frees it, or, in the heap, marks it to be dropped. */
    void cancel(int slot) {
        live--;
        long t = key[2 * slot];
        if (t <= heapLast) {
            deadInHeap[slot] = true;
            dead++;
            if (dead > 64 && 2 * dead > heapSize) {
                compactHeap();
            }
            return;
        }
        for (int r = rungs - 1; r >= 0; r--) {
            if (t <= rungLast[r]) {
                int[] buckets = bucket[r];
                int b = 2 * bucketOf(r, t);
                int count = buckets[b + 1];
                buckets[b] = remove(buckets[b], count, slot);
                buckets[b + 1] = count - 1;
                free(slot);
                return;
            }
        }
        topHead = remove(topHead, topCount, slot);
        topCount--;
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
                int count = buckets[b + 1];
                buckets[b] = append(buckets[b], count, slot, t);
                buckets[b + 1] = count + 1;
                return;
            }
        }
        topHead = append(topHead, topCount++, slot, t);
    }

    /** Appends (t, slot) to a bucket of {@code count} events whose newest chunk is {@code head}; returns the new head. */
    private int append(int head, int count, int slot, long t) {
        int fill = count & ChunkPool.MASK;
        if (fill == 0) {
            head = chunks.take(head);
        }
        entryOf[slot] = chunks.put(head, fill, t, slot);
        return head;
    }

    /**
     * Takes {@code slot} out of a bucket of {@code count} events whose newest chunk is {@code head}:
     * the bucket's last entry moves into its place. Returns the bucket's new head.
     */
    private int remove(int head, int count, int slot) {
        int lastFill = (count - 1) & ChunkPool.MASK;
        int moved = chunks.moveLastTo(head, lastFill, entryOf[slot]);
        if (moved != NONE) {
            entryOf[moved] = entryOf[slot];
        }
        return lastFill == 0 ? chunks.release(head) : head;
    }

    private int bucketOf(int r, long t) {
        int shift = rungShift[r];
        return (int) ((t >>> shift) - (rungStart[r] >>> shift));
    }

    /** Makes the heap's earliest entry a live event, moving buckets into the heap as needed. */
    private void settle() {
        while (true) {
            if (heapSize == 0) {
                advance();
            } else {
                // The flag is read only while the heap holds cancelled events, so a run that never
                // cancels in the heap never loads it.
                int slot = heapSlot[0];
                if (dead == 0 || !deadInHeap[slot]) {
                    return;
                }
                deadInHeap[slot] = false;
                heapPop();
                dead--;
                free(slot);
            }
        }
    }

    /** With the heap empty: moves the next non-empty bucket into it (spawning or building rungs). */
    private void advance() {
        while (true) {
            if (rungs == 0) {
                if (topCount == 0) {
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
            while (b < buckets && heads[2 * b + 1] == 0) {
                b++;
            }
            if (b == buckets) {
                rungCursor[r] = buckets;
                heapLast = rungLast[r];
                rungs--;
                continue;
            }
            int head = heads[2 * b];
            int count = heads[2 * b + 1];
            heads[2 * b] = NONE;
            heads[2 * b + 1] = 0;
            rungCursor[r] = b + 1;
            int shift = rungShift[r];
            long bucketStart = rungStart[r] + ((long) b << shift);
            heapLast = bucketStart + ((1L << shift) - 1);
            if (count > SPAWN_THRESHOLD && shift > 0 && rungs < MAX_RUNGS) {
                spawnRung(bucketStart, shift, head, count);
                continue;
            }
            drainIntoHeap(head, count);
            return;
        }
    }

    /** Pushes every event of a bucket into the heap, reading its chunks in memory order, and frees them. */
    private void drainIntoHeap(int head, int count) {
        int chunk = head;
        int n = ((count - 1) & ChunkPool.MASK) + 1;
        while (chunk != NONE) {
            long[] entries = chunks.entries();
            int at = ChunkPool.firstEntry(chunk);
            for (int end = at + 2 * n; at < end; at += 2) {
                heapPush((int) entries[at + 1], entries[at]);
            }
            chunk = chunks.release(chunk);
            n = ChunkPool.SIZE;
        }
    }

    /** Spreads one bucket of the finest rung over a new, finer rung that spans exactly that bucket. */
    private void spawnRung(long start, int parentShift, int head, int count) {
        int log2 = Math.min(Math.min(ceilLog2(count), MAX_BUCKETS_LOG2), parentShift);
        int r = rungs++;
        setUpRung(r, start, parentShift - log2, 1 << log2);
        rungLast[r] = start + ((1L << parentShift) - 1);
        heapLast = start - 1;
        spread(r, head, count);
    }

    /** Empties the top into a new rung 0 whose buckets span its earliest to its latest live event. */
    private void buildRungFromTop() {
        int head = topHead;
        int count = topCount;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        int n = ((count - 1) & ChunkPool.MASK) + 1;
        for (int chunk = head; chunk != NONE; chunk = chunks.next(chunk)) {
            long[] entries = chunks.entries();
            int at = ChunkPool.firstEntry(chunk);
            for (int end = at + 2 * n; at < end; at += 2) {
                min = Math.min(min, entries[at]);
                max = Math.max(max, entries[at]);
            }
            n = ChunkPool.SIZE;
        }
        topHead = NONE;
        topCount = 0;
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
        spread(0, head, count);
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

    /** Puts the events of a bucket into rung r's buckets, freeing its chunks; every one lies within the rung. */
    private void spread(int r, int head, int count) {
        int shift = rungShift[r];
        long base = rungStart[r] >>> shift;
        int[] heads = bucket[r];
        int n = ((count - 1) & ChunkPool.MASK) + 1;
        for (int chunk = head; chunk != NONE; n = ChunkPool.SIZE) {
            int at = ChunkPool.firstEntry(chunk);
            for (int end = at + 2 * n; at < end; at += 2) {
                // Read through the pool each time: an append may grow it.
                long t = chunks.entries()[at];
                int slot = (int) chunks.entries()[at + 1];
                int b = 2 * (int) ((t >>> shift) - base);
                int bucketCount = heads[b + 1];
                heads[b] = append(heads[b], bucketCount, slot, t);
                heads[b + 1] = bucketCount + 1;
            }
            // Only now is the chunk free: released earlier, an append above could have reused it.
            chunk = chunks.release(chunk);
        }
    }

    /** Rebuilds the heap without its cancelled events (Floyd's bottom-up construction). */
    private void compactHeap() {
        int kept = 0;
        for (int i = 0; i < heapSize; i++) {
            int slot = heapSlot[i];
            if (deadInHeap[slot]) {
                deadInHeap[slot] = false;
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

    // Sequences break ties only; they are read from the slots when two times are equal, so a push
    // or a pop with distinct times touches the heap's arrays alone.

    private void heapPush(int slot, long t) {
        if (heapSize == heapTime.length) {
            heapTime = Arrays.copyOf(heapTime, heapSize * 2);
            heapSlot = Arrays.copyOf(heapSlot, heapSize * 2);
        }
        int position = heapSize++;
        while (position > 0) {
            int parent = (position - 1) >>> 1;
            long parentTime = heapTime[parent];
            if (parentTime < t || (parentTime == t && seq(heapSlot[parent]) < seq(slot))) {
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
        int size = heapSize;
        int half = size >>> 1;
        while (position < half) {
            int child = 2 * position + 1;
            int right = child + 1;
            long childTime = heapTime[child];
            if (right < size) {
                long rightTime = heapTime[right];
                if (rightTime < childTime
                        || (rightTime == childTime && seq(heapSlot[right]) < seq(heapSlot[child]))) {
                    child = right;
                    childTime = rightTime;
                }
            }
            if (t < childTime || (t == childTime && seq(slot) < seq(heapSlot[child]))) {
                break;
            }
            heapTime[position] = childTime;
            heapSlot[position] = heapSlot[child];
            position = child;
        }
        heapTime[position] = t;
        heapSlot[position] = slot;
    }

    private long seq(int slot) {
        return key[2 * slot + 1];
    }

    // ---- slots -----------------------------------------------------------------------------------

    private int allocate() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsEverUsed == entryOf.length) {
            int capacity = entryOf.length * 2;
            key = Arrays.copyOf(key, 2 * capacity);
            entryOf = Arrays.copyOf(entryOf, capacity);
            deadInHeap = Arrays.copyOf(deadInHeap, capacity);
            freeSlots = Arrays.copyOf(freeSlots, capacity);
        }
        return slotsEverUsed++;
    }
}
