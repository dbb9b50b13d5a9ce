package org.distsim.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LadderTest {

    @Test
    void timeoutsSetAndCancelledByTheMillion_holdNoSlots_soMemoryFollowsTheLiveEvents() {
        // Each step: a short event and a long timeout (1000 s, never reached in this test) are
        // inserted, the earliest event runs, and the timeout is cancelled, as a call's answer does.
        Random random = new Random(29);
        Ladder ladder = new Ladder();
        long now = 0;
        int[] timeouts = new int[1_000_000];
        for (int i = 0; i < 1_000; i++) {
            ladder.insert(now + 1 + random.nextInt(1_000_000));
        }
        for (int step = 0; step < timeouts.length; step++) {
            ladder.insert(now + 1 + random.nextInt(1_000_000));
            timeouts[step] = ladder.insert(now + 1_000_000_000_000L);
            long first = ladder.firstTime();
            assertTrue(first >= now);
            now = first;
            ladder.free(ladder.removeFirst());
            ladder.cancel(timeouts[step]);
        }
        assertEquals(1_000, ladder.size());
        // Were cancelled timeouts left in their buckets, a million of them would hold their slots.
        assertTrue(ladder.slotCapacity() <= 1 << 18, "slots: " + ladder.slotCapacity());
        long last = -1;
        while (ladder.size() > 0) {
            long first = ladder.firstTime();
            assertTrue(first >= last);
            last = first;
            ladder.free(ladder.removeFirst());
        }
    }

    @Test
    void cancellingAnyEventOfABucketOfUpTo17Events_leavesTheRestInTimeThenSchedulingOrder() {
        // Buckets keep their events in chunks; a cancel moves the bucket's last entry into the hole
        // and frees the newest chunk when it empties. Every size from one event to four chunks and
        // one, and every position cancelled and then the newest event, both in the top (before the first removal) and in a
        // rung's bucket (after it spread the top).
        for (int size = 1; size <= 17; size++) {
            for (int cancelled = 0; cancelled < size; cancelled++) {
                for (boolean inRung : new boolean[] {false, true}) {
                    Ladder ladder = new Ladder();
                    TreeMap<Long, Integer> reference = new TreeMap<>();
                    int early = ladder.insert(0);
                    // Times close together and far from 0, so that rung 0 puts them in one bucket;
                    // every third is a tie, which only the sequence orders.
                    List<Integer> slots = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        long t = 1_000_000_000L + i - (i % 3 == 2 ? 1 : 0);
                        int slot = ladder.insert(t);
                        slots.add(slot);
                        reference.put(t * 1_000 + i, slot);
                    }
                    if (inRung) {
                        assertEquals(early, ladder.removeFirst());
                        ladder.free(early);
                    }
                    ladder.cancel(slots.get(cancelled));
                    reference.values().remove(slots.get(cancelled));
                    // Then the newest, which the first cancel moved into the hole (unless it was it).
                    int newest = slots.get(size - 1);
                    if (reference.values().remove(newest)) {
                        ladder.cancel(newest);
                    }
                    if (!inRung) {
                        assertEquals(0, ladder.firstTime());
                        assertEquals(early, ladder.removeFirst());
                        ladder.free(early);
                    }
                    assertEquals(reference.size(), ladder.size());
                    for (var expected : reference.entrySet()) {
                        assertEquals(expected.getKey() / 1_000, ladder.firstTime(), "size " + size + ", cancelled " + cancelled);
                        assertEquals(expected.getValue(), ladder.removeFirst(), "size " + size + ", cancelled " + cancelled);
                    }
                    assertEquals(0, ladder.size());
                }
            }
        }
    }

    @Test
    void eventsFromZeroToLongMaxValue_comeOutInOrder_throughRungsSpanningTheWholeClock() {
        // The widest span a rung can get: events from 0 to exactly Long.MAX_VALUE, so a rung's last
        // bucket ends at Long.MAX_VALUE itself, where an exclusive end overflowed (and the next
        // insert indexed a bucket before the array). Some events are cancelled wherever they are.
        Random random = new Random(37);
        Ladder ladder = new Ladder();
        TreeMap<long[], Integer> reference = new TreeMap<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        List<long[]> keys = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            long t = switch (i % 4) {
                case 0 -> Long.MAX_VALUE;
                case 1 -> Long.MAX_VALUE - random.nextInt(1_000);
                case 2 -> random.nextLong() >>> 1;
                default -> random.nextInt(1_000_000);
            };
            long[] k = {t, i};
            int slot = ladder.insert(t);
            reference.put(k, slot);
            keys.add(k);
            slots.add(slot);
            if (i % 2 == 1 && i > 1_000) {
                // Cancel an earlier event, live or not yet taken.
                int pick = random.nextInt(i);
                if (reference.remove(keys.get(pick)) != null) {
                    ladder.cancel(slots.get(pick));
                }
            }
            if (i % 3 == 0) {
                var expected = reference.pollFirstEntry();
                assertEquals(expected.getKey()[0], ladder.firstTime());
                assertEquals(expected.getValue(), ladder.removeFirst());
                ladder.free(expected.getValue());
            }
        }
        assertEquals(reference.size(), ladder.size());
        while (!reference.isEmpty()) {
            var expected = reference.pollFirstEntry();
            assertEquals(expected.getKey()[0], ladder.firstTime());
            assertEquals(expected.getValue(), ladder.removeFirst());
        }
    }
    @Test
    void pendingCountsRisingAndFallingThroughEveryThreshold_comeOutAsAPlainPriorityQueueOrdersThem() {
        // Each phase fills the ladder to a size drawn across the spawn threshold (48) and far
        // beyond, then drains it to a handful, so that the heap, the rungs (coarse and finer) and
        // the top are each entered and left many times, and rung 0 is built from tops of two to
        // thousands of events. Delays mix ties at the current nanosecond, times on the edges of
        // power-of-two buckets, bursts at a few such edges, short and long delays, far timeouts that are mostly cancelled, and
        // times near Long.MAX_VALUE; looks at the earliest event move buckets into the heap
        // between inserts, as the live view's pauses do.
        Random random = new Random(43);
        Ladder ladder = new Ladder();
        Reference reference = new Reference();
        long now = 0;
        int[] sizes = {3, 60, 140, 1_000, 5, 130, 5_000, 2, 127, 129, 400, 1};
        for (int phase = 0; phase < 36; phase++) {
            int target = sizes[phase % sizes.length] + random.nextInt(3);
            while (reference.size() < target) {
                int kind = random.nextInt(20);
                int k = random.nextInt(36);
                long t = switch (kind) {
                    case 0, 1 -> now;
                    case 2 -> after(now, 2_000_000_000L + random.nextInt(1_000));
                    case 3 -> Long.MAX_VALUE - random.nextInt(4);
                    // On the edges of power-of-two buckets, where rungs start and end.
                    case 4, 5, 6 -> after(now >>> k << k, (1L + random.nextInt(3)) << k) - random.nextInt(2);
                    // Bursts at a few coarse grid points, whose buckets overflow into finer rungs
                    // that start exactly at an event's time.
                    case 7, 8, 9 -> after(now >>> 24 << 24, (1L + random.nextInt(3)) << 24);
                    default -> after(now, 1 + (long) (random.nextDouble() * (1L << random.nextInt(34))));
                };
                reference.insert(ladder, Math.max(t, now));
                if (random.nextInt(4) == 0) {
                    reference.cancelRecent(ladder, random);
                }
                int next = random.nextInt(6);
                if (next < 2 && reference.size() > 0) {
                    now = reference.removeFirst(ladder);
                } else if (next == 2) {
                    // A look at the earliest event moves a bucket into the heap without taking
                    // anything, so the events inserted next at the current time are before it.
                    reference.peek(ladder);
                }
            }
            int low = 1 + random.nextInt(4);
            while (reference.size() > low) {
                if (random.nextInt(5) == 0) {
                    reference.cancelRecent(ladder, random);
                } else {
                    now = reference.removeFirst(ladder);
                }
                if (random.nextInt(3) == 0) {
                    reference.insert(ladder, after(now, random.nextInt(1_000)));
                }
            }
        }
        reference.drain(ladder);
    }

    /** {@code now + delay}, or Long.MAX_VALUE where that would overflow. */
    private static long after(long now, long delay) {
        return delay > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + delay;
    }

    /** The events a ladder should hold, in a map sorted by (time, insertion sequence). */
    private static final class Reference {
        private final TreeMap<long[], Integer> pending = new TreeMap<>(
                (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        private final List<long[]> keys = new ArrayList<>();
        private final List<Integer> slots = new ArrayList<>();
        private long seq;

        int size() {
            return pending.size();
        }

        void insert(Ladder ladder, long t) {
            long[] k = {t, seq++};
            int slot = ladder.insert(t);
            pending.put(k, slot);
            keys.add(k);
            slots.add(slot);
        }

        /** Cancels one of the last 64 events inserted, when it is still pending. */
        void cancelRecent(Ladder ladder, Random random) {
            int pick = keys.size() - 1 - random.nextInt(Math.min(keys.size(), 64));
            if (pending.remove(keys.get(pick)) != null) {
                ladder.cancel(slots.get(pick));
            }
            assertEquals(pending.size(), ladder.size());
        }

        void peek(Ladder ladder) {
            if (!pending.isEmpty()) {
                assertEquals(pending.firstKey()[0], ladder.firstTime());
            }
        }

        /** Takes the earliest event from both and checks they agree; returns its time. */
        long removeFirst(Ladder ladder) {
            var expected = pending.pollFirstEntry();
            assertEquals(expected.getKey()[0], ladder.firstTime(), "time of event " + expected.getKey()[1]);
            assertEquals(expected.getValue(), ladder.removeFirst(), "slot of event " + expected.getKey()[1]);
            ladder.free(expected.getValue());
            assertEquals(pending.size(), ladder.size());
            return expected.getKey()[0];
        }

        void drain(Ladder ladder) {
            while (!pending.isEmpty()) {
                removeFirst(ladder);
            }
            assertEquals(0, ladder.size());
        }
    }
}
