package org.distsim.core.kernel;

import java.util.Arrays;

/**
 * The order of the pending events: a ladder queue (Tang, Goh and Thng, "Ladder queue: an O(1)
 * priority queue structure for large-scale discrete event simulation", ACM TOMACS 15(3), 2005)
 * with a binary heap as its bottom and lazy cancellation. It hands out the event numbers
 * ("slots") and orders them by (time, insertion sequence), exactly: two events at the same
 * nanosecond come out in the order they went in.
 *
 * <p>Events sit in one of three tiers, separated by time alone:
 * <ul>
 *   <li>the <em>bottom</em>, a binary heap, holds every event earlier than {@code boundary};</li>
 *   <li>the <em>rungs</em> hold later events in buckets of a fixed width each: an unsorted linked
 *       list per bucket. Rung 0 spans what the top held when it was last emptied; a rung below
 *       it spans one bucket of the rung above that had too many events to go to the heap at once;</li>
 *   <li>the <em>top</em>, one unsorted list, holds every event past the end of rung 0.</li>
 * </ul>
 * Every event outside the heap is at or after {@code boundary}, so the heap's earliest event is
 * the earliest of all. When the heap runs dry, the next non-empty bucket of the lowest rung moves
 * into it, and when the rungs run out, the top is spread over a new rung 0. Inserting is a bucket
 * append for most events, and the heap stays as small as a bucket, so the cost per event does not
 * grow with the number pending, unlike a heap of them all.
 *
 * <p>A cancelled event is only marked; it is dropped when its bucket or list is next walked, or
 * when it reaches the top of the heap. A request's timeout, set and then cancelled when the answer
 * comes, so costs a list append and a mark, never a walk through a large heap. When cancelled
 * events outnumber live ones by far, every tier is swept at once, which bounds the memory they
 * hold to a small multiple of the live events.
 *
 * <p>Bucket widths are powers of two, so a bucket index is a shift, and a rung below divides its
 * parent's bucket exactly.
 */
final class Ladder {

    private static final int NONE = -1;
    private static final int INITIAL_CAPACITY = 1024;
    /** A bucket with more events than this is spread over a finer rung instead of into the heap. */
    private static final int SPAWN_THRESHOLD = 48;
    private static final int MAX_RUNGS = 8;
    /** At most 2^20 buckets per rung: 4 MiB of heads and counts, whatever the number pending. */
    private static final int MAX_BUCKETS_LOG2 = 20;
    /** Sweep when cancelled events exceed twice the live ones plus this many. */
    private static final int SWEEP_SLACK = 65_536;

    // Per slot: the key, the link of the list the slot is in, and whether it was cancelled.
    private long[] time = new long[INITIAL_CAPACITY];
    private long[] seq = new long[INITIAL_CAPACITY];
    private int[] next = new int[INITIAL_CAPACITY];
    private boolean[] cancelled = new boolean[INITIAL_CAPACITY];
    private int[] freeSlots = new int[INITIAL_CAPACITY];
    private int freeCount;
    private int slotsEverUsed;
    private long nextSeq;
    private int live;
    private int dead;

    // The bottom: a binary min-heap of slots by (time, seq), all earlier than boundary.
    private long[] heapTime = new long[64];
    private int[] heapSlot = new int[64];
    private int heapSize;
    private long boundary;

    // The rungs, coarsest (0) to finest (rungs - 1); each covers [start, end) and has consumed
    // the buckets before its cursor. The finest rung's first unconsumed bucket starts at boundary.
    private int rungs;
    private final long[] rungStart = new long[MAX_RUNGS];
    private final long[] rungEnd = new long[MAX_RUNGS];
    private final int[] rungShift = new int[MAX_RUNGS];
    private final int[] rungBuckets = new int[MAX_RUNGS];
    private final int[] rungCursor = new int[MAX_RUNGS];
    private final int[][] bucketHead = new int[MAX_RUNGS][];
    private final int[][] bucketCount = new int[MAX_RUNGS][];

    // The top: everything at or after the end of rung 0 (or at or after boundary, with no rung).
    private int topHead = NONE;

    /** Live (not cancelled) events pending. */
    int size() {
        return live;
    }

    /** The number of slots ever handed out: every slot number is below it. */
    int slotCapacity() {
        return time.length;
    }

    /** Adds an event at {@code t} (never negative) and returns its slot. */
    int insert(long t) {
        int slot = allocate();
        time[slot] = t;
        seq[slot] = nextSeq++;
        cancelled[slot] = false;
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

    /** Marks a pending event cancelled; it is dropped, and its slot freed, when next met. */
    void cancel(int slot) {
        cancelled[slot] = true;
        live--;
        dead++;
        if (dead > 2 * live + SWEEP_SLACK) {
            sweep();
        }
    }

    /** Returns a slot taken by {@link #removeFirst} to the free list. */
    void free(int slot) {
        freeSlots[freeCount++] = slot;
    }

    // ---- placing an event by its time ------------------------------------------------------------

    private void place(int slot, long t) {
        if (t < boundary) {
            heapPush(slot, t);
            return;
        }
        for (int r = rungs - 1; r >= 0; r--) {
            if (t < rungEnd[r]) {
                int shift = rungShift[r];
                int bucket = (int) ((t >>> shift) - (rungStart[r] >>> shift));
                next[slot] = bucketHead[r][bucket];
                bucketHead[r][bucket] = slot;
                bucketCount[r][bucket]++;
                return;
            }
        }
        next[slot] = topHead;
        topHead = slot;
    }

    /** Makes the heap's earliest entry a live event, moving buckets into the heap as needed. */
    private void settle() {
        while (true) {
            if (heapSize > 0) {
                int slot = heapSlot[0];
                if (!cancelled[slot]) {
                    return;
                }
                heapPop();
                drop(slot);
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
                    throw new IllegalStateException("no event pending");
                }
                buildRungFromTop();
                continue;
            }
            int r = rungs - 1;
            int[] heads = bucketHead[r];
            int buckets = rungBuckets[r];
            int b = rungCursor[r];
            while (b < buckets && heads[b] == NONE) {
                b++;
            }
            if (b == buckets) {
                rungCursor[r] = buckets;
                boundary = rungEnd[r];
                rungs--;
                continue;
            }
            int list = heads[b];
            int count = bucketCount[r][b];
            heads[b] = NONE;
            bucketCount[r][b] = 0;
            rungCursor[r] = b + 1;
            int shift = rungShift[r];
            long bucketStart = rungStart[r] + ((long) b << shift);
            boundary = bucketStart + (1L << shift);
            if (count > SPAWN_THRESHOLD && shift > 0 && rungs < MAX_RUNGS) {
                spawnRung(bucketStart, shift, list, count);
                continue;
            }
            for (int slot = list; slot != NONE; ) {
                int after = next[slot];
                if (cancelled[slot]) {
                    drop(slot);
                } else {
                    heapPush(slot, time[slot]);
                }
                slot = after;
            }
            if (heapSize > 0) {
                return;
            }
        }
    }

    /** Spreads one bucket of the finest rung over a new, finer rung that spans exactly that bucket. */
    private void spawnRung(long start, int parentShift, int list, int count) {
        int log2 = Math.min(Math.min(ceilLog2(count), MAX_BUCKETS_LOG2), parentShift);
        int r = rungs++;
        setUpRung(r, start, parentShift - log2, 1 << log2);
        rungEnd[r] = start + (1L << parentShift);
        boundary = start;
        spread(r, list);
    }

    /** Empties the top into a new rung 0 whose buckets span its earliest to its latest live event. */
    private void buildRungFromTop() {
        int list = NONE;
        int count = 0;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int slot = topHead; slot != NONE; ) {
            int after = next[slot];
            if (cancelled[slot]) {
                drop(slot);
            } else {
                next[slot] = list;
                list = slot;
                count++;
                min = Math.min(min, time[slot]);
                max = Math.max(max, time[slot]);
            }
            slot = after;
        }
        topHead = NONE;
        if (count == 0) {
            // Only reached when asked for an event while none is live: a caller's bug.
            throw new IllegalStateException("no event pending");
        }
        int log2 = Math.min(ceilLog2(count), MAX_BUCKETS_LOG2);
        int shift = 0;
        while ((max >>> shift) - (min >>> shift) >= (1L << log2)) {
            shift++;
        }
        int buckets = (int) ((max >>> shift) - (min >>> shift)) + 1;
        long start = (min >>> shift) << shift;
        setUpRung(0, start, shift, buckets);
        long end = start + ((long) buckets << shift);
        rungEnd[0] = end < start ? Long.MAX_VALUE : end;
        rungs = 1;
        boundary = start;
        spread(0, list);
    }

    private void setUpRung(int r, long start, int shift, int buckets) {
        if (bucketHead[r] == null || bucketHead[r].length < buckets) {
            int capacity = Math.max(buckets, 16);
            bucketHead[r] = new int[capacity];
            bucketCount[r] = new int[capacity];
        }
        Arrays.fill(bucketHead[r], 0, buckets, NONE);
        Arrays.fill(bucketCount[r], 0, buckets, 0);
        rungStart[r] = start;
        rungShift[r] = shift;
        rungBuckets[r] = buckets;
        rungCursor[r] = 0;
    }

    /** Puts the live events of a list into rung r's buckets; every one lies within the rung. */
    private void spread(int r, int list) {
        int shift = rungShift[r];
        long base = rungStart[r] >>> shift;
        int[] heads = bucketHead[r];
        int[] counts = bucketCount[r];
        for (int slot = list; slot != NONE; ) {
            int after = next[slot];
            if (cancelled[slot]) {
                drop(slot);
            } else {
                int bucket = (int) ((time[slot] >>> shift) - base);
                next[slot] = heads[bucket];
                heads[bucket] = slot;
                counts[bucket]++;
            }
            slot = after;
        }
    }

    /**
     * Drops every cancelled event at once: gathers all events into the top and builds rung 0 from
     * it. The order of the live events does not depend on where they sat, so nothing else changes.
     */
    private void sweep() {
        for (int i = 0; i < heapSize; i++) {
            pushTop(heapSlot[i]);
        }
        heapSize = 0;
        for (int r = 0; r < rungs; r++) {
            int[] heads = bucketHead[r];
            for (int b = rungCursor[r]; b < rungBuckets[r]; b++) {
                for (int slot = heads[b]; slot != NONE; ) {
                    int after = next[slot];
                    pushTop(slot);
                    slot = after;
                }
            }
        }
        rungs = 0;
        boundary = 0;
        if (live > 0) {
            buildRungFromTop();
        } else {
            for (int slot = topHead; slot != NONE; ) {
                int after = next[slot];
                drop(slot);
                slot = after;
            }
            topHead = NONE;
        }
    }

    private void pushTop(int slot) {
        next[slot] = topHead;
        topHead = slot;
    }

    /** Frees the slot of a cancelled event that was just taken out of the structure. */
    private void drop(int slot) {
        dead--;
        free(slot);
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
        int position = heapSize++;
        long s = seq[slot];
        while (position > 0) {
            int parent = (position - 1) >>> 1;
            long parentTime = heapTime[parent];
            if (parentTime < t || (parentTime == t && seq[heapSlot[parent]] < s)) {
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
        if (last == 0) {
            return;
        }
        long t = heapTime[last];
        int slot = heapSlot[last];
        long s = seq[slot];
        int position = 0;
        int half = last >>> 1;
        while (position < half) {
            int child = 2 * position + 1;
            int right = child + 1;
            long childTime = heapTime[child];
            if (right < last) {
                long rightTime = heapTime[right];
                if (rightTime < childTime
                        || (rightTime == childTime && seq[heapSlot[right]] < seq[heapSlot[child]])) {
                    child = right;
                    childTime = rightTime;
                }
            }
            if (t < childTime || (t == childTime && s < seq[heapSlot[child]])) {
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
        if (slotsEverUsed == time.length) {
            int capacity = time.length * 2;
            time = Arrays.copyOf(time, capacity);
            seq = Arrays.copyOf(seq, capacity);
            next = Arrays.copyOf(next, capacity);
            cancelled = Arrays.copyOf(cancelled, capacity);
            freeSlots = Arrays.copyOf(freeSlots, capacity);
        }
        return slotsEverUsed++;
    }
}
