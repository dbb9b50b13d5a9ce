package org.distsim.models.cache.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LfuGlobalPolicyTest extends EvictionPolicyContract {

    @Override
    EvictionPolicy newPolicy(int capacity) {
        return EvictionPolicy.lfuGlobal(capacity);
    }

    @Test
    void aMiss_evictsTheHeldKeyWithTheLowestCount() {
        EvictionPolicy lfu = newPolicy(3);
        accessTimes(lfu, 1, 3);
        accessTimes(lfu, 2, 2);
        accessTimes(lfu, 3, 1);
        lfu.access(4, 0);
        assertFalse(lfu.contains(3, 0), "3 was requested once, less than 1 and 2");
        assertTrue(lfu.contains(1, 0) && lfu.contains(2, 0) && lfu.contains(4, 0));
    }

    @Test
    void aKeyThatLeftTheCache_comesBackWithItsCount_unlikeInCacheLfu() {
        EvictionPolicy global = newPolicy(2);
        EvictionPolicy inCache = EvictionPolicy.lfu(2);
        for (EvictionPolicy lfu : new EvictionPolicy[] {global, inCache}) {
            accessTimes(lfu, 1, 3);
            lfu.remove(1);
            accessTimes(lfu, 2, 2);
            lfu.access(1, 0);
            lfu.access(3, 0);
        }
        // Global counts: 1 came back with 4 requests, so 2 (2 requests) made room for 3.
        assertTrue(global.contains(1, 0) && global.contains(3, 0) && !global.contains(2, 0));
        // In-cache counts: 1 came back with a count of 1, below 2's count of 2, and made room itself.
        assertTrue(inCache.contains(2, 0) && inCache.contains(3, 0) && !inCache.contains(1, 0));
    }

    @Test
    void anEvictedKey_keepsItsCount() {
        EvictionPolicy lfu = newPolicy(2);
        accessTimes(lfu, 1, 3);
        accessTimes(lfu, 2, 4);
        lfu.access(3, 0);
        assertFalse(lfu.contains(1, 0), "1 (3 requests) made room for 3");
        lfu.access(1, 0);
        // 1 returns with 4 requests and displaces 3 (1 request), not 2 (4 requests, counted earlier).
        assertTrue(lfu.contains(1, 0) && lfu.contains(2, 0) && !lfu.contains(3, 0));
        lfu.access(4, 0);
        assertFalse(lfu.contains(2, 0), "1 and 2 tie at 4 requests, and 2 was counted less recently");
    }

    @Test
    void amongEqualCounts_theLeastRecentlyCountedKeyIsEvicted() {
        EvictionPolicy lfu = newPolicy(2);
        lfu.access(1, 0);
        lfu.access(2, 0);
        lfu.access(3, 0);
        assertFalse(lfu.contains(1, 0), "1 and 2 both had one request; 1's came first");
        assertEquals(1, lfu.evictions());
    }

    @Test
    void aCrash_forgetsTheCounts() {
        EvictionPolicy lfu = newPolicy(2);
        accessTimes(lfu, 1, 5);
        lfu.clear();
        accessTimes(lfu, 2, 2);
        lfu.access(1, 0);
        lfu.access(3, 0);
        assertFalse(lfu.contains(1, 0), "after the restart 1 counts 1 request, not 6");
        assertTrue(lfu.contains(2, 0) && lfu.contains(3, 0));
    }

    private static void accessTimes(EvictionPolicy policy, long key, int times) {
        for (int i = 0; i < times; i++) {
            policy.access(key, 0);
        }
    }
}
