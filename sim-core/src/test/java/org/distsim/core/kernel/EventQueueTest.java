package org.distsim.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
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
