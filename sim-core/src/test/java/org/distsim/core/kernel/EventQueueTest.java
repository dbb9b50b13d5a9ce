package org.distsim.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

class EventQueueTest {

    @Test
    void eventsAtTheSameTime_runInSchedulingOrder() {
        EventQueue queue = new EventQueue();
        for (int i = 0; i < 100; i++) {
            queue.push(5, i, 0, 0, "e" + i);
        }
        for (int i = 0; i < 100; i++) {
            int slot = queue.pop();
            assertEquals("e" + i, queue.payload(slot));
            queue.release(slot);
        }
    }

    @Test
    void randomPushesPopsAndCancels_matchAReferenceOrderedByTimeThenSequence() {
        Random random = new Random(7);
        EventQueue queue = new EventQueue();
        // Reference: key (time, seq) -> payload; the queue must pop exactly in this order.
        TreeMap<long[], Integer> reference = new TreeMap<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        List<long[]> handles = new ArrayList<>();
        List<long[]> keys = new ArrayList<>();
        long seq = 0;
        long now = 0;
        for (int step = 0; step < 200_000; step++) {
            int action = random.nextInt(10);
            if (action < 5) {
                long time = now + random.nextInt(50);
                long[] key = {time, seq++};
                int payload = (int) key[1];
                long handle = queue.push(time, 0, 0, 0, payload);
                reference.put(key, payload);
                handles.add(new long[] {handle});
                keys.add(key);
            } else if (action < 7 && !handles.isEmpty()) {
                int pick = random.nextInt(handles.size());
                long[] key = keys.get(pick);
                boolean live = reference.containsKey(key);
                assertEquals(live, queue.cancel(handles.get(pick)[0]));
                reference.remove(key);
            } else if (!reference.isEmpty()) {
                var expected = reference.pollFirstEntry();
                assertEquals(expected.getKey()[0], queue.peekTime());
                int slot = queue.pop();
                assertEquals(expected.getValue(), queue.payload(slot));
                queue.release(slot);
                now = expected.getKey()[0];
            }
            assertEquals(reference.size(), queue.size());
        }
    }

    @Test
    void shortDelaysAndLongTimeoutsThatAreMostlyCancelled_comeOutInReferenceOrder() {
        // The shape of a request path: network and service delays of microseconds to milliseconds,
        // and timeouts of seconds that are set and then cancelled; enough cancellations to sweep.
        Random random = new Random(11);
        checkAgainstReference(random, 600_000, 4, now -> now + (random.nextInt(4) == 0
                ? 2_000_000_000L + random.nextInt(1_000) : 1 + (long) (random.nextDouble() * 3_000_000)));
    }

    @Test
    void delaysSpreadOverManyOrdersOfMagnitude_withFarOutliers_comeOutInReferenceOrder() {
        Random random = new Random(13);
        checkAgainstReference(random, 300_000, 2, now -> {
            int kind = random.nextInt(100);
            if (kind == 0) {
                return now + (Long.MAX_VALUE >> 4) + random.nextInt(3); // a far-off event, rarely reached
            }
            long scale = 1L << random.nextInt(40);
            return now + (long) (random.nextDouble() * scale);
        });
    }

    @Test
    void manyEventsAtFewDistinctTimes_comeOutInSchedulingOrder() {
        Random random = new Random(17);
        checkAgainstReference(random, 300_000, 2, now -> now + 1_000_000L * random.nextInt(3));
    }

    @Test
    void eventsOnAndBesideBucketEdges_comeOutInReferenceOrder() {
        // Bucket widths are powers of two: times just before, on and just after multiples of powers
        // of two land on the first and last nanosecond of buckets and rungs.
        Random random = new Random(23);
        checkAgainstReference(random, 300_000, 2, now -> {
            long width = 1L << random.nextInt(32);
            long edge = (now / width + 1 + random.nextInt(8)) * width;
            return Math.max(now, edge + random.nextInt(3) - 1);
        });
    }

    @Test
    void aLargeHoldPopulation_comesOutInReferenceOrder() {
        // 100 000 pending events, each replaced when it runs: buckets fill, spawn finer rungs and
        // drain, and the top is spread again and again.
        Random random = new Random(19);
        EventQueue queue = new EventQueue();
        TreeMap<long[], Integer> reference = new TreeMap<>(EventQueueTest::byTimeThenSequence);
        long seq = 0;
        for (int i = 0; i < 100_000; i++) {
            long time = (long) (-Math.log(1 - random.nextDouble()) * 1e9);
            queue.push(time, 0, 0, 0, (int) seq);
            reference.put(new long[] {time, seq}, (int) seq);
            seq++;
        }
        for (int i = 0; i < 500_000; i++) {
            var expected = reference.pollFirstEntry();
            int slot = queue.pop();
            assertEquals(expected.getValue(), queue.payload(slot));
            queue.release(slot);
            long time = expected.getKey()[0] + (long) (-Math.log(1 - random.nextDouble()) * 1e9);
            queue.push(time, 0, 0, 0, (int) seq);
            reference.put(new long[] {time, seq}, (int) seq);
            seq++;
        }
        assertEquals(100_000, queue.size());
    }

    @Test
    void cancellingInTheHeapTheRungsAndTheTop_leavesTheOthersInTimeThenSchedulingOrder() {
        // 2 000 events at one nanosecond all go to the heap at once (a bucket one nanosecond wide
        // cannot be spread further), 2 000 spread over a second fill rung 0's buckets, and 2 000
        // an hour later stay in the top. Two thirds of the heap's events are cancelled, which
        // rebuilds the heap without them, and a third of the rungs' and of the top's.
        EventQueue queue = new EventQueue();
        TreeMap<long[], Integer> reference = new TreeMap<>(EventQueueTest::byTimeThenSequence);
        List<Long> handles = new ArrayList<>();
        List<long[]> keys = new ArrayList<>();
        Random random = new Random(31);
        long seq = 0;
        for (int i = 0; i < 6_000; i++) {
            long time = switch (i % 3) {
                case 0 -> 1_000L;
                case 1 -> 2_000L + random.nextInt(1_000_000_000);
                default -> 3_600_000_000_000L + random.nextInt(1_000_000_000);
            };
            long[] key = {time, seq};
            handles.add(queue.push(time, 0, 0, 0, (int) seq));
            reference.put(key, (int) seq);
            keys.add(key);
            seq++;
        }
        // The first pop moves the 2 000 events at 1 000 ns into the heap.
        var first = reference.pollFirstEntry();
        int slot = queue.pop();
        assertEquals(first.getValue(), queue.payload(slot));
        queue.release(slot);
        for (int i = 3; i < keys.size(); i += 3) {
            if ((i / 3) % 3 != 0) {
                assertTrue(queue.cancel(handles.get(i)));
                reference.remove(keys.get(i));
            }
        }
        for (int i = 4; i < keys.size(); i += 9) {
            assertTrue(queue.cancel(handles.get(i)));
            reference.remove(keys.get(i));
        }
        for (int i = 5; i < keys.size(); i += 9) {
            assertTrue(queue.cancel(handles.get(i)));
            reference.remove(keys.get(i));
        }
        assertEquals(reference.size(), queue.size());
        while (!reference.isEmpty()) {
            var expected = reference.pollFirstEntry();
            assertEquals(expected.getKey()[0], queue.peekTime());
            slot = queue.pop();
            assertEquals(expected.getValue(), queue.payload(slot));
            queue.release(slot);
        }
        assertTrue(queue.isEmpty());
    }

    /**
     * Pushes events at {@code at(now)}, cancels some, pops the rest, and checks every pop against a
     * sorted reference. {@code pushesPerPop} pushes (on average) for each pop keeps the queue
     * growing; cancels are as frequent as pops.
     */
    private static void checkAgainstReference(Random random, int steps, int pushesPerPop, LongUnaryOperator at) {
        EventQueue queue = new EventQueue();
        TreeMap<long[], Integer> reference = new TreeMap<>(EventQueueTest::byTimeThenSequence);
        List<long[]> handles = new ArrayList<>();
        List<long[]> keys = new ArrayList<>();
        long seq = 0;
        long now = 0;
        for (int step = 0; step < steps; step++) {
            int action = random.nextInt(pushesPerPop + 2);
            if (action < pushesPerPop) {
                long time = at.applyAsLong(now);
                long[] key = {time, seq++};
                long handle = queue.push(time, 0, 0, 0, (int) key[1]);
                reference.put(key, (int) key[1]);
                handles.add(new long[] {handle});
                keys.add(key);
            } else if (action == pushesPerPop && !handles.isEmpty()) {
                // Cancel a recent event (most timeouts are cancelled soon after being set).
                int pick = Math.max(0, handles.size() - 1 - random.nextInt(Math.min(handles.size(), 64)));
                long[] key = keys.get(pick);
                assertEquals(reference.containsKey(key), queue.cancel(handles.get(pick)[0]));
                reference.remove(key);
            } else if (!reference.isEmpty()) {
                var expected = reference.pollFirstEntry();
                assertEquals(expected.getKey()[0], queue.peekTime());
                int slot = queue.pop();
                assertEquals(expected.getValue(), queue.payload(slot));
                queue.release(slot);
                now = expected.getKey()[0];
            }
            assertEquals(reference.size(), queue.size());
        }
        while (!reference.isEmpty()) {
            var expected = reference.pollFirstEntry();
            assertEquals(expected.getKey()[0], queue.peekTime());
            int slot = queue.pop();
            assertEquals(expected.getValue(), queue.payload(slot));
            queue.release(slot);
        }
        assertTrue(queue.isEmpty());
    }

    private static int byTimeThenSequence(long[] a, long[] b) {
        return a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]);
    }

    @Test
    void aCancelledEvent_cannotBeCancelledAgain_andItsHandleStaysDeadAfterItsSlotIsReused() {
        EventQueue queue = new EventQueue();
        long first = queue.push(10, 0, 0, 0, "first");
        assertTrue(queue.cancel(first));
        assertFalse(queue.cancel(first));
        for (int i = 0; i < 10; i++) {
            queue.push(i, 0, 0, 0, "other" + i); // reuses the cancelled slot once it is dropped
            queue.release(queue.pop());
        }
        assertFalse(queue.cancel(first));
        assertTrue(queue.isEmpty());
    }

    @Test
    void aHandleOfAnEventThatAlreadyRan_cancelsNothing_evenWhenItsSlotIsReused() {
        EventQueue queue = new EventQueue();
        long first = queue.push(1, 0, 0, 0, "first");
        queue.release(queue.pop());
        long second = queue.push(2, 0, 0, 0, "second");
        assertFalse(queue.cancel(first));
        assertEquals(1, queue.size());
        assertTrue(queue.cancel(second));
        assertTrue(queue.isEmpty());
    }
}
