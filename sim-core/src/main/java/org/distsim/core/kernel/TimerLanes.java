package org.distsim.core.kernel;

import java.util.Arrays;

/**
 * Timers whose delay repeats, kept beside the {@link Ladder} in first-in, first-out lanes, one per
 * delay: a request's timeout, set on every call and cancelled when the answer comes, costs a ring
 * append and a mark, never a bucket, an unlink or a heap.
 *
 * <p><b>Why a lane is already sorted.</b> Timers set with the same delay {@code d} fire at
 * {@code now + d}, and the clock never goes back, so their times never decrease; their insertion
 * sequences (taken from the ladder's counter, {@link Ladder#takeSequence}) always increase. A lane
 * appended at its tail is therefore ordered by (time, sequence) from head to tail, and the next
 * timer of all the lanes is the earliest of their heads. {@link EventQueue} compares that with the
 * ladder's earliest event by (time, sequence), exactly as the ladder compares its own, so an event
 * runs at the same place in the order whether it went to a lane or to the ladder. Which timers go to
 * lanes is a question of speed only; {@link #laneFor} also refuses a timer that would be earlier
 * than its lane's newest, so the order holds even for a caller whose clock went back.
 *
 * <p><b>Which delays get a lane.</b> A delay gets a lane once it has been seen {@link #PROMOTE_AFTER}
 * times in its entry of a small direct-mapped table, up to {@link #MAX_LANES} lanes per queue. Drawn
 * delays (service times, network latencies, gaps between arrivals) are whole nanoseconds of a
 * continuous draw and almost never repeat, so they stay in the ladder; configured ones (timeouts,
 * fixed intervals and work times) get lanes after a few calls. The order of timer calls is part of
 * the run, so which delays get lanes is deterministic too, and either way no event moves.
 *
 * <p><b>Cancelling</b> frees the timer's slot at once and leaves its ring entry behind, dead: an
 * entry is live while its slot still holds the entry's sequence. Dead entries are skipped when they
 * reach a lane's head, and a lane whose dead entries outnumber its live ones (at least
 * {@link #COMPACT_MIN_DEAD} of them) is compacted in place, keeping the order, so a lane holds at
 * most about twice its live timers however long the run: a one-hour timeout set and cancelled a
 * million times holds no memory. Handles name the slot and its generation, as the ladder's do, with
 * the low word's sign bit set ({@link #HANDLE_FLAG}) so that the two kinds never mix.
 *
 * <p><b>The earliest head</b> is cached ({@code minLane}) and found again by a scan of the lanes'
 * cached heads only when a lane's head changes: a pop, a dead head skipped, a compaction. A cached
 * head may belong to an entry cancelled since; its (time, sequence) is still a lower bound of its
 * lane's next live timer, which is all a comparison with the ladder needs before {@link #settle}.
 */
final class TimerLanes {

    /** At most this many lanes: each head is scanned when the earliest one changes. */
    static final int MAX_LANES = 8;
    /** How many times a delay must be seen in its table entry before it gets a lane. */
    static final int PROMOTE_AFTER = 3;
    /** The low word's sign bit: set in a lane timer's handle, clear in a ladder event's. */
    static final long HANDLE_FLAG = 0x8000_0000L;
    /** A lane is compacted once it has at least this many dead entries, and more dead than live. */
    static final int COMPACT_MIN_DEAD = 64;

    private static final int TABLE_BITS = 8;
    private static final int NONE = -1;
    /** A slot's sequence while it holds no timer; every real sequence is non-negative. */
    private static final long FREE = -1;

    // The table of delays seen: per entry, a delay, how often it was seen in a row there, and its
    // lane once it has one (NONE before). An entry with a lane is never replaced.
    private final long[] seenDelay = new long[1 << TABLE_BITS];
    private final int[] seenCount = new int[1 << TABLE_BITS];
    private final int[] seenLane = new int[1 << TABLE_BITS];

    // Per lane: its ring of entries (time, sequence, slot) at 3 * position, the position of its head,
    // its entries (live and dead), its live timers, its newest time, and a copy of its head's
    // (time, sequence) for the scan.
    private final long[][] ring = new long[MAX_LANES][];
    private final int[] head = new int[MAX_LANES];
    private final int[] entries = new int[MAX_LANES];
    private final int[] liveIn = new int[MAX_LANES];
    private final long[] newest = new long[MAX_LANES];
    private final long[] headTime = new long[MAX_LANES];
    private final long[] headSeq = new long[MAX_LANES];
    private int lanes;
    /** The lane with the earliest cached head, or NONE when every lane is empty. */
    private int minLane = NONE;
    private int live;

    // The slots of lane timers, by slot number: generation, target, tag and lane at 4 * slot; the
    // sequence of the entry the slot holds (FREE when none); the payload.
    private static final int GENERATION = 0;
    private static final int TARGET = 1;
    private static final int TAG = 2;
    private static final int LANE = 3;
    private int[] slotFields = new int[4 * 64];
    private long[] slotSeq = new long[64];
    private Object[] slotPayload = new Object[64];
    private int[] freeSlots = new int[64];
    private int freeCount;
    private int slotsEverUsed;

    TimerLanes() {
        Arrays.fill(seenDelay, -1);
        Arrays.fill(seenLane, NONE);
        Arrays.fill(slotSeq, FREE);
    }

    /** Live timers in the lanes. */
    int size() {
        return live;
    }

    /**
     * The lane for a timer of {@code delay} (never negative) that fires at {@code time}, or -1 when
     * it goes to the ladder. Counts the delay towards a lane of its own.
     */
    int laneFor(long delay, long time) {
        int i = (int) ((delay * 0x9E37_79B9_7F4A_7C15L) >>> (64 - TABLE_BITS));
        if (seenDelay[i] != delay) {
            if (seenLane[i] == NONE) {
                seenDelay[i] = delay;
                seenCount[i] = 1;
            }
            return NONE;
        }
        int lane = seenLane[i];
        if (lane != NONE) {
            return time >= newest[lane] ? lane : NONE;
        }
        if (++seenCount[i] < PROMOTE_AFTER || lanes == MAX_LANES) {
            return NONE;
        }
        lane = lanes++;
        ring[lane] = new long[3 * 16];
        seenLane[i] = lane;
        return lane;
    }

    /** Appends a timer to a lane that {@link #laneFor} chose for its time; returns its handle. */
    long append(int lane, long time, long seq, int target, int tag, Object payload) {
        int slot = allocate();
        int at = 4 * slot;
        slotFields[at + TARGET] = target;
        slotFields[at + TAG] = tag;
        slotFields[at + LANE] = lane;
        slotSeq[slot] = seq;
        slotPayload[slot] = payload;
        long[] entry = ring[lane];
        if (3 * entries[lane] == entry.length) {
            entry = grow(lane);
        }
        int position = (head[lane] + entries[lane]) & (entry.length / 3 - 1);
        entry[3 * position] = time;
        entry[3 * position + 1] = seq;
        entry[3 * position + 2] = slot;
        newest[lane] = time;
        if (entries[lane]++ == 0) {
            headTime[lane] = time;
            headSeq[lane] = seq;
            // The newest sequence of all, so it comes first only when strictly earlier.
            if (minLane == NONE || time < headTime[minLane]) {
                minLane = lane;
            }
        }
        liveIn[lane]++;
        live++;
        return ((long) slotFields[at + GENERATION] << 32) | HANDLE_FLAG | slot;
    }

    /**
     * A lower bound of the earliest live timer's time: the earliest cached head, which may have been
     * cancelled since. Only valid when {@link #size()} is positive; exact after {@link #settle}.
     */
    long minTime() {
        return headTime[minLane];
    }

    /** The sequence that goes with {@link #minTime}; exact after {@link #settle}. */
    long minSequence() {
        return headSeq[minLane];
    }

    /** Drops dead entries from the earliest head until it is a live timer; needs a positive size. */
    void settle() {
        while (true) {
            int lane = minLane;
            long[] entry = ring[lane];
            int position = head[lane];
            if (slotSeq[(int) entry[3 * position + 2]] == entry[3 * position + 1]) {
                return;
            }
            advanceHead(lane);
        }
    }

    /**
     * Removes the earliest timer, which {@link #settle} made live, and returns its slot, which stays
     * taken until {@link #release}.
     */
    int removeFirst() {
        int lane = minLane;
        int slot = (int) ring[lane][3 * head[lane] + 2];
        slotSeq[slot] = FREE;
        liveIn[lane]--;
        live--;
        advanceHead(lane);
        return slot;
    }

    /** A lane's ring entries, live and dead: what its memory follows. */
    int entriesOf(int lane) {
        return entries[lane];
    }

    int target(int slot) {
        return slotFields[4 * slot + TARGET];
    }

    int tag(int slot) {
        return slotFields[4 * slot + TAG];
    }

    Object payload(int slot) {
        return slotPayload[slot];
    }

    /** Returns a removed timer's slot for reuse; its handle no longer cancels anything. */
    void release(int slot) {
        slotPayload[slot] = null;
        slotFields[4 * slot + GENERATION]++;
        freeSlots[freeCount++] = slot;
    }

    /** Cancels a pending lane timer; returns false when it already ran or was cancelled. */
    boolean cancel(long handle) {
        int slot = (int) handle & Integer.MAX_VALUE;
        if (slot >= slotsEverUsed || slotFields[4 * slot + GENERATION] != (int) (handle >>> 32)
                || slotSeq[slot] == FREE) {
            return false;
        }
        // A slot moves to the next generation when its timer is cancelled or released after it
        // ran, and holds no sequence from the moment it is removed to run, so a matching handle of
        // a slot with a sequence names a timer that is still pending.
        int lane = slotFields[4 * slot + LANE];
        slotSeq[slot] = FREE;
        release(slot);
        liveIn[lane]--;
        live--;
        int dead = entries[lane] - liveIn[lane];
        if (dead >= COMPACT_MIN_DEAD && dead > liveIn[lane]) {
            compact(lane);
        }
        return true;
    }

    // ---- inside a lane ---------------------------------------------------------------------------

    /** Moves a lane's head one entry on and finds the earliest head again. */
    private void advanceHead(int lane) {
        long[] entry = ring[lane];
        int position = (head[lane] + 1) & (entry.length / 3 - 1);
        head[lane] = position;
        if (--entries[lane] > 0) {
            headTime[lane] = entry[3 * position];
            headSeq[lane] = entry[3 * position + 1];
        }
        findMin();
    }

    /** Scans the lanes' cached heads for the earliest by (time, sequence). */
    private void findMin() {
        int best = NONE;
        long bestTime = 0;
        long bestSeq = 0;
        for (int lane = 0; lane < lanes; lane++) {
            if (entries[lane] == 0) {
                continue;
            }
            long t = headTime[lane];
            if (best == NONE || t < bestTime || (t == bestTime && headSeq[lane] < bestSeq)) {
                best = lane;
                bestTime = t;
                bestSeq = headSeq[lane];
            }
        }
        minLane = best;
    }

    /** Keeps a lane's live entries, in order, from its head on; drops the dead ones. */
    private void compact(int lane) {
        long[] entry = ring[lane];
        int mask = entry.length / 3 - 1;
        int from = head[lane];
        int to = from;
        for (int i = entries[lane]; i > 0; i--) {
            long seq = entry[3 * from + 1];
            int slot = (int) entry[3 * from + 2];
            if (slotSeq[slot] == seq) {
                entry[3 * to] = entry[3 * from];
                entry[3 * to + 1] = seq;
                entry[3 * to + 2] = slot;
                to = (to + 1) & mask;
            }
            from = (from + 1) & mask;
        }
        entries[lane] = liveIn[lane];
        if (entries[lane] > 0) {
            headTime[lane] = entry[3 * head[lane]];
            headSeq[lane] = entry[3 * head[lane] + 1];
        }
        findMin();
    }

    /** Doubles a full lane's ring, its entries moved to the start in order. */
    private long[] grow(int lane) {
        long[] old = ring[lane];
        int capacity = old.length / 3;
        long[] entry = new long[6 * capacity];
        int first = head[lane];
        System.arraycopy(old, 3 * first, entry, 0, 3 * (capacity - first));
        System.arraycopy(old, 0, entry, 3 * (capacity - first), 3 * first);
        ring[lane] = entry;
        head[lane] = 0;
        return entry;
    }

    private int allocate() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotsEverUsed == slotSeq.length) {
            int capacity = 2 * slotSeq.length;
            slotFields = Arrays.copyOf(slotFields, 4 * capacity);
            slotSeq = Arrays.copyOf(slotSeq, capacity);
            Arrays.fill(slotSeq, slotsEverUsed, capacity, FREE);
            slotPayload = Arrays.copyOf(slotPayload, capacity);
            freeSlots = Arrays.copyOf(freeSlots, capacity);
        }
        return slotsEverUsed++;
    }
}
