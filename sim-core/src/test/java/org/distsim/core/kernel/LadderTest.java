package org.distsim.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
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
}
