package org.distsim.models.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import org.junit.jupiter.api.Test;

class WaitingLineTest {

    @Test
    void jobsLeaveInTheOrderTheyJoined_withTheirJoiningTimes_acrossWrapsAndGrowth() {
        WaitingLine<String> line = new WaitingLine<>();
        ArrayDeque<Long> expected = new ArrayDeque<>();
        long joined = 0;
        // Interleaved joins and departures wrap the ring round and grow it while it is wrapped.
        for (int round = 0; round < 50; round++) {
            for (int i = 0; i < round % 7 + 3; i++) {
                line.addLast("job-" + joined, joined * 10);
                expected.addLast(joined++);
            }
            for (int i = 0; i < round % 5 + 1 && !line.isEmpty(); i++) {
                long next = expected.pollFirst();
                assertEquals(next * 10, line.firstSinceNanos());
                assertEquals("job-" + next, line.removeFirst());
            }
            assertEquals(expected.size(), line.size());
        }
        while (!line.isEmpty()) {
            assertEquals("job-" + expected.pollFirst(), line.removeFirst());
        }
        assertTrue(expected.isEmpty());
    }

    @Test
    void aCancelledJob_leavesFromTheMiddle_andTheOthersKeepTheirOrderAndTimes() {
        WaitingLine<String> line = new WaitingLine<>();
        for (int i = 0; i < 20; i++) {
            line.addLast("job-" + i, i);
        }
        for (int i = 0; i < 10; i++) {
            line.removeFirst(); // the head is now in the middle of the ring
        }
        for (int i = 20; i < 25; i++) {
            line.addLast("job-" + i, i);
        }
        assertTrue(line.remove("job-13"));
        assertFalse(line.remove("job-13"));
        assertFalse(line.remove("job-3"));
        for (int i = 10; i < 25; i++) {
            if (i == 13) {
                continue;
            }
            assertEquals(i, line.firstSinceNanos());
            assertEquals("job-" + i, line.removeFirst());
        }
        assertTrue(line.isEmpty());
    }
}
