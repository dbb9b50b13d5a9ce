package org.distsim.models.cache.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.apache.commons.rng.UniformRandomProvider;
import org.distsim.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * {@link LruSlots} must decide exactly as the general {@link KeyStore} with an {@link LruOrder}
 * does, since the bundled scenarios' reports must not change by a single byte when LRU caches move
 * from one to the other, and both must keep the same version with each entry. Both are driven by
 * the same long random sequence of reads, versions kept and looked up, invalidations, look-ups and
 * clears, and compared after every step.
 */
class LruSlotsTest {

    @Test
    void anLruCacheWithoutTtl_isKeptInSlots() {
        assertInstanceOf(LruSlots.class, EvictionPolicy.lru(10));
        assertInstanceOf(KeyStore.class, EvictionPolicy.ttlAfterAccess(10, 1_000));
    }

    @Test
    void slots_decideEveryAccessAsTheEntryList_does_underSkewedReadsRemovesAndClears() {
        for (int capacity : new int[] {1, 2, 7, 100, 1_000}) {
            compareUnder(capacity, 200_000, 3L * capacity + 5, 91 + capacity);
        }
    }

    @Test
    void slots_growPastThePresizedLength_andStillDecideAsTheEntryList_does() {
        // 100 000 entries is the url-shortener's cache; the arrays start at 65 536 and must grow.
        compareUnder(100_000, 600_000, 250_000, 7);
    }

    private static void compareUnder(int capacity, int steps, long keySpace, long seed) {
        EvictionPolicy slots = new LruSlots(capacity, ExpireAfter.WRITE);
        EvictionPolicy entries = new KeyStore(Replacement.LRU, capacity, EvictionPolicy.NO_TTL, ExpireAfter.WRITE,
                new LruOrder());
        UniformRandomProvider rng = new RandomStreams(seed, 0).stream("trace", "keys");
        for (int step = 0; step < steps; step++) {
            // A skewed key (the square of a uniform draw favours small keys), so that hits are common.
            double u = rng.nextDouble();
            long key = (long) (u * u * keySpace);
            int what = rng.nextInt(1_000);
            String where = "capacity " + capacity + ", step " + step + ", key " + key;
            if (what < 700) {
                assertEquals(entries.access(key, step), slots.access(key, step), where);
            } else if (what < 800) {
                assertEquals(entries.version(key), slots.version(key), where);
            } else if (what < 900) {
                // Versions from -1 (a node that keeps none) up, out of order, as answers arrive.
                long version = rng.nextInt(50) - 1;
                entries.keepNewest(key, version);
                slots.keepNewest(key, version);
            } else if (what < 980) {
                assertEquals(entries.remove(key), slots.remove(key), where);
            } else if (what < 999) {
                assertEquals(entries.contains(key, step), slots.contains(key, step), where);
            } else {
                entries.clear();
                slots.clear();
            }
            assertEquals(entries.size(), slots.size(), where);
        }
        for (long key = 0; key < keySpace; key++) {
            assertEquals(entries.contains(key, steps), slots.contains(key, steps), "at the end, key " + key);
            assertEquals(entries.version(key), slots.version(key), "at the end, key " + key);
        }
        assertEquals(entries.hits(), slots.hits());
        assertEquals(entries.misses(), slots.misses());
        assertEquals(entries.evictions(), slots.evictions());
    }
}
