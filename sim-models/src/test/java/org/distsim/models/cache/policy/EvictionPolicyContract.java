package org.distsim.models.cache.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.distsim.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** What every {@link EvictionPolicy} promises; one small subclass per replacement order. */
abstract class EvictionPolicyContract {

    /** A fresh policy of {@code capacity} entries; entries, if they expire, live at least 1000 ns. */
    abstract EvictionPolicy newPolicy(int capacity);

    @Test
    void access_ofAKeyNotHeld_missesAndInsertsIt() {
        EvictionPolicy policy = newPolicy(3);
        assertFalse(policy.access(7, 0));
        assertTrue(policy.contains(7, 0));
        assertEquals(1, policy.size());
        assertEquals(0, policy.hits());
        assertEquals(1, policy.misses());
    }

    @Test
    void access_ofAHeldKey_hits() {
        EvictionPolicy policy = newPolicy(3);
        policy.access(7, 0);
        assertTrue(policy.access(7, 1));
        assertEquals(1, policy.hits());
        assertEquals(1, policy.misses());
    }

    @Test
    void aFullCache_evictsExactlyOneEntryPerMiss_andNeverExceedsItsCapacity() {
        EvictionPolicy policy = newPolicy(4);
        for (long key = 0; key < 10; key++) {
            assertFalse(policy.access(key, key));
            assertEquals(Math.min(key + 1, 4), policy.size());
        }
        assertEquals(6, policy.evictions());
        assertEquals(0, policy.expirations());
    }

    @Test
    void remove_invalidatesTheKey_withoutCountingAnEviction() {
        EvictionPolicy policy = newPolicy(3);
        policy.access(1, 0);
        policy.access(2, 0);
        assertTrue(policy.remove(1));
        assertFalse(policy.remove(1));
        assertFalse(policy.contains(1, 0));
        assertEquals(1, policy.size());
        assertEquals(0, policy.evictions());
        assertFalse(policy.access(1, 1), "a removed key misses");
    }

    @Test
    void clear_emptiesTheCache_butKeepsTheCounters() {
        EvictionPolicy policy = newPolicy(2);
        policy.access(1, 0);
        policy.access(1, 0);
        policy.clear();
        assertEquals(0, policy.size());
        assertFalse(policy.contains(1, 0));
        assertEquals(1, policy.hits());
        assertEquals(1, policy.misses());
        assertFalse(policy.access(1, 1));
        assertFalse(policy.access(2, 1));
        assertFalse(policy.access(3, 1));
        assertEquals(2, policy.size(), "a cleared cache fills and evicts as a new one");
    }

    @Test
    void contains_recordsNoUse() {
        EvictionPolicy policy = newPolicy(2);
        policy.access(1, 0);
        assertTrue(policy.contains(1, 0));
        assertFalse(policy.contains(2, 0));
        assertEquals(0, policy.hits());
        assertEquals(1, policy.misses());
        assertEquals(1, policy.size(), "contains never inserts");
    }

    @Test
    void theCounters_balance_overARandomTrace() {
        UniformRandomProvider rng = new RandomStreams(3, 0).stream("trace", "keys");
        EvictionPolicy policy = newPolicy(16);
        long accesses = 0;
        long removals = 0;
        for (long now = 0; now < 20_000; now++) {
            long key = rng.nextInt(40);
            if (rng.nextInt(10) == 0) {
                removals += policy.remove(key) ? 1 : 0;
            } else {
                policy.access(key, now);
                accesses++;
            }
            assertTrue(policy.size() <= policy.capacity());
        }
        assertEquals(accesses, policy.hits() + policy.misses());
        // Every miss inserted one entry; each one is still held or left in exactly one way.
        assertEquals(policy.misses(), policy.size() + policy.evictions() + policy.expirations() + removals);
    }

    @Test
    void aVersion_isKeptWithItsEntry_andOnlyANewerOneReplacesIt() {
        EvictionPolicy policy = newPolicy(3);
        assertEquals(EvictionPolicy.UNSET, policy.version(1), "a key not held has no version");
        policy.access(1, 0);
        assertEquals(EvictionPolicy.UNSET, policy.version(1), "a fresh entry has none");
        policy.keepNewest(1, -1);
        assertEquals(-1, policy.version(1), "-1 (a node that keeps no versions) is a version");
        policy.keepNewest(1, 5);
        policy.keepNewest(1, 4);
        assertEquals(5, policy.version(1));
        assertTrue(policy.access(1, 1));
        assertEquals(5, policy.version(1), "a hit keeps the version");
        policy.keepNewest(2, 7);
        assertEquals(EvictionPolicy.UNSET, policy.version(2), "a key not held takes no version");
        assertFalse(policy.contains(2, 1));
    }

    @Test
    void aVersion_diesWithItsEntry_whetherEvicted_removedOrCleared() {
        EvictionPolicy policy = newPolicy(1);
        policy.access(1, 0);
        policy.keepNewest(1, 3);
        policy.access(2, 0);
        assertFalse(policy.access(1, 0), "1 was evicted");
        assertEquals(EvictionPolicy.UNSET, policy.version(1), "its new entry does not inherit the evicted one's version");
        policy.keepNewest(1, 4);
        policy.remove(1);
        policy.access(1, 0);
        assertEquals(EvictionPolicy.UNSET, policy.version(1), "nor the removed one's");
        policy.keepNewest(1, 4);
        policy.clear();
        policy.access(1, 0);
        assertEquals(EvictionPolicy.UNSET, policy.version(1), "nor the cleared one's");
    }

    @Test
    void unsetIsNoVersion_andIsRejected() {
        EvictionPolicy policy = newPolicy(1);
        policy.access(1, 0);
        assertThrows(IllegalArgumentException.class, () -> policy.keepNewest(1, EvictionPolicy.UNSET));
    }

    @Test
    void timeThatGoesBackwards_isRejected_namingBothTimes() {
        EvictionPolicy policy = newPolicy(2);
        policy.access(1, 500);
        var e = assertThrows(IllegalArgumentException.class, () -> policy.access(1, 499));
        assertTrue(e.getMessage().contains("499") && e.getMessage().contains("500"), e.getMessage());
    }

    @Test
    void aCapacityBelowOne_isRejected_namingTheCapacity() {
        var e = assertThrows(IllegalArgumentException.class, () -> newPolicy(0));
        assertTrue(e.getMessage().contains("capacity"), e.getMessage());
    }
}
