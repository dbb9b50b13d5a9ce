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
 * times while it held an entry of a small table (one of a few from its hash; a delay that finds
 * none of them free takes the one seen least often), up to {@link #MAX_LANES} lanes per queue. Drawn
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
 * <p><b>The earliest head</b> is cached ({@code min}, {@code lowerBound}) and found again by a scan of the lanes'
 * cached heads only when a lane's head changes: a pop, a dead head skipped, a compaction. A cached
 * head may belong to an entry cancelled since; its (time, sequence) is still a lower bound of its
 * lane's next live timer, which is all a comparison with the ladder needs before {@link #settle}.
 */
final class TimerLanes {

    /** At most this many lanes: each head is scanned when the earliest one changes. */
    static final int MAX_LANES = 8;
    /** How many times a delay must be seen while it holds a table entry before it gets a lane. */
    static final int PROMOTE_AFTER = 3;
    /** The low word's sign bit: set in a lane timer's handle, clear in a ladder event's. */
    static final long HANDLE_FLAG = 0x8000_0000L;
    /** A lane is compacted once it has at least this many dead entries, and more dead than live. */
    static final int COMPACT_MIN_DEAD = 64;

    private static final int TABLE_BITS = 8;
    /** How many table entries a delay may use, not counting other delays' lanes. */
    private static final int WINDOW = 4;
    private static final int NONE = -1;
    /** A slot's sequence while it holds no timer; every real sequence is non-negative. */
    private static final long FREE = -1;

    /** One delay's timers: a ring of (time, sequence, slot) entries at {@code 3 * position}. */
    private static final class Lane {
        long[] ring = new long[3 * 16];
        int head;
        /** Entries in the ring, live and dead. */
        int entries;
        int live;
        /** The time of the newest entry: a timer earlier than it would break the order. */
        long newest;
        /** A copy of the head entry's time and sequence, for the scan. */
        long headTime;
        long headSeq;
    }

    // The table of delays seen, two longs per entry: a delay (-1 for none), then how often it was
    // seen since it took the entry (0 for none) or its lane (as -1 - lane) once it has one. An
    // entry with a lane is never replaced.
    private final long[] seen = new long[2 << TABLE_BITS];

    private final Lane[] lanes = new Lane[MAX_LANES];
    private int laneCount;
    /** The lane with the earliest cached head, or null when every lane is empty. */
    private Lane min;
    /** The earliest cached head's time, or Long.MAX_VALUE when every lane is empty. */
    private long lowerBound = Long.MAX_VALUE;
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
        for (int i = 0; i < seen.length; i += 2) {
            seen[i] = -1;
        }
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
        // The delay's entries are the first WINDOW from its hash that are not other delays' lanes
        // (at most MAX_LANES of those, never replaced, so the walk is short). A delay not among
        // them takes the one seen least often, so that a repeating delay is not pushed out by
        // drawn ones, nor by another repeating delay whose hash is the same.
        long z = (delay ^ (delay >>> 33)) * 0xFF51_AFD7_ED55_8CCDL;
        int i = 2 * (int) ((z ^ (z >>> 33)) >>> (64 - TABLE_BITS));
        int mask = seen.length - 1;
        int victim = -1;
        long fewest = Long.MAX_VALUE;
        for (int candidates = 0; candidates < WINDOW; i = (i + 2) & mask) {
            long state = seen[i + 1];
            if (seen[i] == delay) {
                if (state < 0) {
                    int lane = (int) (-1 - state);
                    return time >= lanes[lane].newest ? lane : NONE;
                }
                if (state + 1 < PROMOTE_AFTER || laneCount == MAX_LANES) {
                    seen[i + 1] = state + 1;
                    return NONE;
                }
                int lane = laneCount++;
                lanes[lane] = new Lane();
                seen[i + 1] = -1 - lane;
                return lane;
            }
            if (state >= 0) {
                candidates++;
                if (state < fewest) {
                    fewest = state;
                    victim = i;
                }
            }
        }
        seen[victim] = delay;
        seen[victim + 1] = 1;
        return NONE;
    }

    /** Appends a timer to a lane that {@link #laneFor} chose for its time; returns its handle. */
    long append(int laneIndex, long time, long seq, int target, int tag, Object payload) {
        int slot = allocate();
        int at = 4 * slot;
        slotFields[at + TARGET] = target;
        slotFields[at + TAG] = tag;
        slotFields[at + LANE] = laneIndex;
        slotSeq[slot] = seq;
        slotPayload[slot] = payload;
        Lane lane = lanes[laneIndex];
        long[] ring = lane.ring;
        if (3 * lane.entries == ring.length) {
            ring = grow(lane);
        }
        int position = 3 * ((lane.head + lane.entries) & (ring.length / 3 - 1));
        ring[position] = time;
        ring[position + 1] = seq;
        ring[position + 2] = slot;
        lane.newest = time;
        if (lane.entries++ == 0) {
            lane.headTime = time;
            lane.headSeq = seq;
            // The newest sequence of all, so it comes first only when strictly earlier.
            if (time < lowerBound || min == null) {
                min = lane;
                lowerBound = time;
            }
        }
        lane.live++;
        live++;
        return ((long) slotFields[at + GENERATION] << 32) | HANDLE_FLAG | slot;
    }

    /**
     * A lower bound of the earliest live timer's time: the earliest cached head, which may have been
     * cancelled since, or Long.MAX_VALUE when no lane holds an entry. Exact after {@link #settle}.
     */
    long minTime() {
        return lowerBound;
    }

    /** The sequence that goes with {@link #minTime}; exact after {@link #settle}. */
    long minSequence() {
        return min.headSeq;
    }

    /** Drops dead entries from the earliest head until it is a live timer; needs a positive size. */
    void settle() {
        while (true) {
            Lane lane = min;
            long[] ring = lane.ring;
            int position = 3 * lane.head;
            if (slotSeq[(int) ring[position + 2]] == ring[position + 1]) {
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
        Lane lane = min;
        int slot = (int) lane.ring[3 * lane.head + 2];
        slotSeq[slot] = FREE;
        lane.live--;
        live--;
        advanceHead(lane);
        return slot;
    }

    /** A lane's ring entries, live and dead: what its memory follows. */
    int entriesOf(int lane) {
        return lanes[lane].entries;
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
        Lane lane = lanes[slotFields[4 * slot + LANE]];
        slotSeq[slot] = FREE;
        release(slot);
        lane.live--;
        live--;
        int dead = lane.entries - lane.live;
        if (dead >= COMPACT_MIN_DEAD && dead > lane.live) {
            compact(lane);
        }
        return true;
    }

    // ---- inside a lane ---------------------------------------------------------------------------

    /** Moves a lane's head one entry on and finds the earliest head again. */
    private void advanceHead(Lane lane) {
        long[] ring = lane.ring;
        int position = (lane.head + 1) & (ring.length / 3 - 1);
        lane.head = position;
        if (--lane.entries > 0) {
            lane.headTime = ring[3 * position];
            lane.headSeq = ring[3 * position + 1];
        }
        findMin();
    }

    /** Scans the lanes' cached heads for the earliest by (time, sequence). */
    private void findMin() {
        Lane best = null;
        for (int i = 0; i < laneCount; i++) {
            Lane lane = lanes[i];
            if (lane.entries > 0 && (best == null || lane.headTime < best.headTime
                    || (lane.headTime == best.headTime && lane.headSeq < best.headSeq))) {
                best = lane;
            }
        }
        min = best;
        lowerBound = best == null ? Long.MAX_VALUE : best.headTime;
    }

    /** Keeps a lane's live entries, in order, from its head on; drops the dead ones. */
    private void compact(Lane lane) {
        long[] ring = lane.ring;
        int mask = ring.length / 3 - 1;
        int from = lane.head;
        int to = from;
        for (int i = lane.entries; i > 0; i--) {
            long seq = ring[3 * from + 1];
            int slot = (int) ring[3 * from + 2];
            if (slotSeq[slot] == seq) {
                ring[3 * to] = ring[3 * from];
                ring[3 * to + 1] = seq;
                ring[3 * to + 2] = slot;
                to = (to + 1) & mask;
            }
            from = (from + 1) & mask;
        }
        lane.entries = lane.live;
        if (lane.entries > 0) {
            lane.headTime = ring[3 * lane.head];
            lane.headSeq = ring[3 * lane.head + 1];
        }
        findMin();
    }

    /** Doubles a full lane's ring, its entries moved to the start in order. */
    private static long[] grow(Lane lane) {
        long[] old = lane.ring;
        int capacity = old.length / 3;
        long[] ring = new long[6 * capacity];
        int first = lane.head;
        System.arraycopy(old, 3 * first, ring, 0, 3 * (capacity - first));
        System.arraycopy(old, 0, ring, 3 * (capacity - first), 3 * first);
        lane.ring = ring;
        lane.head = 0;
        return ring;
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
