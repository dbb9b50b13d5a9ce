package org.distsim.models.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.carrotsearch.hppc.LongObjectHashMap;
import com.carrotsearch.hppc.cursors.LongObjectCursor;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.distsim.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

class IdWindowTest {

    @Test
    void theWindow_holdsWhatAHashMapHolds_underPutsInIdOrderRemovesInAnyOrderAndClears() {
        for (long seed = 1; seed <= 4; seed++) {
            compareUnder(seed, 300_000);
        }
    }

    @Test
    void aValueLeftBehind_whileAMillionIdsComeAndGo_keepsTheRingSmall_andIsStillFound() {
        IdWindow<String> window = new IdWindow<>();
        window.put(0, "lost answer");
        for (long id = 1; id <= 1_000_000; id++) {
            window.put(id, "call " + id);
            if (id >= 10) {
                assertEquals("call " + (id - 9), window.remove(id - 9));
            }
        }
        assertEquals("lost answer", window.get(0));
        assertEquals(10, window.size());
        assertTrue(window.ringLength() <= 64, "ring length " + window.ringLength());
        assertEquals("lost answer", window.remove(0));
        assertNull(window.get(0));
    }

    @Test
    void idsThatDoNotIncrease_areRefused() {
        IdWindow<String> window = new IdWindow<>();
        window.put(5, "five");
        assertThrows(IllegalArgumentException.class, () -> window.put(5, "again"));
        assertThrows(IllegalArgumentException.class, () -> window.put(4, "older"));
        window.clear();
        assertThrows(IllegalArgumentException.class, () -> window.put(5, "after a clear"));
        window.put(6, "six");
        assertEquals("six", window.get(6));
    }

    private static void compareUnder(long seed, int steps) {
        IdWindow<Long> window = new IdWindow<>();
        LongObjectHashMap<Long> map = new LongObjectHashMap<>();
        List<Long> held = new ArrayList<>();
        UniformRandomProvider rng = new RandomStreams(seed, 0).stream("test", "ids");
        long next = 0;
        for (int step = 0; step < steps; step++) {
            int what = rng.nextInt(100);
            String where = "seed " + seed + ", step " + step;
            if (what < 45) {
                // Mostly consecutive ids, now and then a jump, as a node's calls and a crash's gap.
                next += rng.nextInt(20) == 0 ? 1 + rng.nextInt(5_000) : 1;
                window.put(next, next);
                map.put(next, next);
                held.add(next);
            } else if (what < 88 && !held.isEmpty()) {
                // Usually one of the most recent, sometimes any: most calls end soon, some very late.
                int index = rng.nextInt(4) == 0 ? rng.nextInt(held.size())
                        : Math.max(0, held.size() - 1 - rng.nextInt(Math.min(held.size(), 50)));
                long id = held.remove(index);
                assertEquals(map.remove(id), window.remove(id), where);
            } else if (what < 99) {
                long id = next - rng.nextInt(10_000) + 5;
                assertEquals(map.get(id), window.get(id), where + ", id " + id);
                assertEquals(map.remove(id), window.remove(id), where + ", id " + id);
                held.remove(Long.valueOf(id));
            } else if (rng.nextInt(50) == 0) {
                window.clear();
                map.clear();
                held.clear();
            }
            assertEquals(map.size(), window.size(), where);
        }
        long[] sum = {0};
        window.forEach(value -> sum[0] += value);
        long expected = 0;
        for (LongObjectCursor<Long> cursor : map) {
            expected += cursor.value;
            assertEquals(cursor.value, window.get(cursor.key));
        }
        assertEquals(expected, sum[0]);
    }
}
