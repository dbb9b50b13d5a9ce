package org.distsim.models.analytic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.RejectionInversionZipfSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** Che's approximation against exact cases and a simulated LRU cache; quorums against the binomial tables. */
class CacheAndQuorumTest {

    @Test
    void che_underUniformPopularity_isExactlyCapacityOverKeys() {
        assertEquals(0.25, CheLru.hitRatio(400, 0, 100), 1e-15);
        assertEquals(1, CheLru.hitRatio(400, 0.9, 400), "every key fits");
    }

    /**
     * An LRU cache of 100 keys under Zipf(0.8) over 1000 keys, simulated for two million
     * requests after a warm-up: the hit ratio's sampling error is about 0.0005 (requests are close
     * to independent), and Che's approximation is known to be within a fraction of a per cent at
     * this size (Fricker, Robert and Roberts 2012), so 0.005 is a margin both fit in.
     */
    @Test
    void che_matchesASimulatedLruCache_underZipf() {
        int keys = 1000;
        int capacity = 100;
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {1, 2, 3, 4});
        DiscreteSampler zipf = RejectionInversionZipfSampler.of(rng, keys, 0.8);
        Map<Integer, Boolean> lru = new LinkedHashMap<>(2 * capacity, 0.75f, true);
        long hits = 0;
        int warmup = 200_000;
        int requests = 2_000_000;
        for (int i = 0; i < warmup + requests; i++) {
            int key = zipf.sample();
            boolean hit = lru.get(key) != null;
            if (!hit) {
                lru.put(key, Boolean.TRUE);
                if (lru.size() > capacity) {
                    lru.remove(lru.keySet().iterator().next());
                }
            }
            if (i >= warmup && hit) {
                hits++;
            }
        }
        assertEquals((double) hits / requests, CheLru.hitRatio(keys, 0.8, capacity), 0.005);
    }

    @Test
    void che_theBandedTailAgreesWithTheExactSum() {
        double exact = CheLru.hitRatio(300_000, 0.7, 5_000, 300_000);
        double banded = CheLru.hitRatio(300_000, 0.7, 5_000, 10_000);
        assertEquals(exact, banded, 1e-6);
    }

    @Test
    void che_twoBillionKeys_isComputedQuickly() {
        double h = CheLru.hitRatio(2_000_000_000L, 0.99, 1_000_000);
        // The top million of two billion keys draw about ln(1e6) / ln(2e9) = 64 % of Zipf(0.99) requests;
        // no policy beats holding exactly those, and LRU holds them only part of the time.
        assertTrue(h > 0.5 && h < 0.64, "hit ratio " + h);
    }

    @Test
    void quorum_majorityOfThreeAt99Percent_isUp99point97Percent() {
        assertEquals(0.999702, Quorum.availability(3, 2, 0.99), 1e-12);
        assertEquals(0.99144, Quorum.availability(5, 3, 0.9), 1e-12);
        assertEquals(0.9, Quorum.availability(1, 1, 0.9), 1e-15);
        assertEquals(Math.pow(0.99, 3), Quorum.availability(3, 3, 0.99), 1e-15, "W = N needs every replica");
        assertEquals(1 - Math.pow(0.01, 3), Quorum.availability(3, 1, 0.99), 1e-15, "R = 1 needs any replica");
        assertThrows(IllegalArgumentException.class, () -> Quorum.availability(3, 4, 0.9));
    }
}
