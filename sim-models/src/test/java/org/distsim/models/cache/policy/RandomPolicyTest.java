package org.distsim.models.cache.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.commons.rng.UniformRandomProvider;
import org.distsim.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

class RandomPolicyTest extends EvictionPolicyContract {

    @Override
    EvictionPolicy newPolicy(int capacity) {
        return EvictionPolicy.random(capacity, new RandomStreams(1, 0).stream("cache", "victims"));
    }

    @Test
    void theVictim_isTheSlotTheRandomDrawNames() {
        ScriptedRandom draws = new ScriptedRandom(1, 0);
        EvictionPolicy random = EvictionPolicy.random(3, draws);
        random.access(10, 0);
        random.access(11, 0);
        random.access(12, 0);
        random.access(13, 0);
        assertFalse(random.contains(11, 0), "slot 1 held 11");
        // 12 moved into slot 1 and 13 took slot 2; slot 0 still holds 10.
        random.access(14, 0);
        assertFalse(random.contains(10, 0));
        assertTrue(random.contains(12, 0) && random.contains(13, 0) && random.contains(14, 0));
    }

    @Test
    void victims_areUniformAmongTheHeldKeys_withinBinomialError() {
        UniformRandomProvider rng = new RandomStreams(5, 0).stream("cache", "victims");
        int capacity = 4;
        int trials = 40_000;
        int[] evicted = new int[capacity];
        for (int t = 0; t < trials; t++) {
            EvictionPolicy random = EvictionPolicy.random(capacity, rng);
            for (long key = 0; key < capacity; key++) {
                random.access(key, 0);
            }
            random.access(capacity, 0);
            for (int key = 0; key < capacity; key++) {
                if (!random.contains(key, 0)) {
                    evicted[key]++;
                }
            }
        }
        double p = 1.0 / capacity;
        double sd = Math.sqrt(trials * p * (1 - p));
        for (int key = 0; key < capacity; key++) {
            assertEquals(trials * p, evicted[key], 4 * sd, "evictions of key " + key);
        }
    }

    @Test
    void theSameSeed_givesTheSameHitsAndMisses() {
        UniformRandomProvider trace = new RandomStreams(8, 0).stream("trace", "keys");
        EvictionPolicy a = newPolicy(50);
        EvictionPolicy b = newPolicy(50);
        for (int i = 0; i < 10_000; i++) {
            long key = trace.nextInt(200);
            assertEquals(a.access(key, i), b.access(key, i), "access " + i);
        }
    }

    @Test
    void randomReplacement_needsARandomProvider() {
        assertThrows(NullPointerException.class, () -> EvictionPolicy.of(Replacement.RANDOM, 3, EvictionPolicy.NO_TTL, null));
    }

    /** Answers {@code nextInt(n)} from a script; anything else is a test error. */
    private static final class ScriptedRandom implements UniformRandomProvider {

        private final Deque<Integer> script = new ArrayDeque<>();

        ScriptedRandom(int... draws) {
            for (int draw : draws) {
                script.add(draw);
            }
        }

        @Override
        public int nextInt(int n) {
            int draw = script.remove();
            assertTrue(draw < n, "scripted draw " + draw + " is not below " + n);
            return draw;
        }

        @Override
        public long nextLong() {
            throw new AssertionError("only nextInt(n) is scripted");
        }
    }
}
