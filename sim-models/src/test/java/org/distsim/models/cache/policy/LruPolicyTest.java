package org.distsim.models.cache.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LruPolicyTest extends EvictionPolicyContract {

    @Override
    EvictionPolicy newPolicy(int capacity) {
        return EvictionPolicy.lru(capacity);
    }

    @Test
    void aMiss_evictsTheLeastRecentlyUsedKey() {
        EvictionPolicy lru = newPolicy(3);
        lru.access(1, 0);
        lru.access(2, 1);
        lru.access(3, 2);
        assertTrue(lru.access(1, 3), "1 becomes the most recent");
        lru.access(4, 4);
        assertFalse(lru.contains(2, 4), "2 was the least recently used");
        assertTrue(lru.access(3, 5));
        lru.access(5, 6);
        assertFalse(lru.contains(1, 6), "after 3 was used, 1 was the least recent");
        assertTrue(lru.contains(3, 6) && lru.contains(4, 6) && lru.contains(5, 6));
        assertEquals(2, lru.evictions());
    }
}
