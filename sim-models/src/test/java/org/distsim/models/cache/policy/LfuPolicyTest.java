package org.distsim.models.cache.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LfuPolicyTest extends EvictionPolicyContract {

    @Override
    EvictionPolicy newPolicy(int capacity) {
        return EvictionPolicy.lfu(capacity);
    }

    @Test
    void aMiss_evictsTheLeastFrequentlyUsedKey() {
        EvictionPolicy lfu = newPolicy(3);
        accessTimes(lfu, 1, 3);
        accessTimes(lfu, 2, 2);
        accessTimes(lfu, 3, 1);
        lfu.access(4, 0);
        assertFalse(lfu.contains(3, 0), "3 was used once, less than 1 and 2");
        lfu.access(5, 0);
        assertFalse(lfu.contains(4, 0), "the newcomer 4 has the lowest count");
        assertTrue(lfu.contains(1, 0) && lfu.contains(2, 0) && lfu.contains(5, 0));
    }

    @Test
    void amongEqualFrequencies_theLeastRecentlyUsedKeyIsEvicted() {
        EvictionPolicy lfu = newPolicy(3);
        lfu.access(1, 0);
        lfu.access(2, 0);
        lfu.access(3, 0);
        lfu.access(2, 0);
        lfu.access(1, 0);
        lfu.access(4, 0);
        assertFalse(lfu.contains(3, 0), "3 alone had count 1");
        lfu.access(4, 0);
        // Counts are now 2, 1, 4 = 2, 2, 2; 2 reached count 2 first, then 1, then 4.
        lfu.access(5, 0);
        assertFalse(lfu.contains(2, 0), "2 is the least recently used of the keys used twice");
        assertTrue(lfu.contains(1, 0) && lfu.contains(4, 0) && lfu.contains(5, 0));
    }

    @Test
    void anEvictedKey_forgetsItsCount() {
        EvictionPolicy lfu = newPolicy(2);
        accessTimes(lfu, 1, 5);
        lfu.access(2, 0);
        lfu.remove(1);
        lfu.access(1, 0);
        accessTimes(lfu, 2, 1);
        lfu.access(3, 0);
        assertFalse(lfu.contains(1, 0), "1 came back with count 1, below 2's count 2");
        assertTrue(lfu.contains(2, 0));
    }

    private static void accessTimes(EvictionPolicy policy, long key, int times) {
        for (int i = 0; i < times; i++) {
            policy.access(key, 0);
        }
    }
}
