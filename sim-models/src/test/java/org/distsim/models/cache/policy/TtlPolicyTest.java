package org.distsim.models.cache.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distsim.core.random.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The contract for a pure TTL cache (FIFO order plus a time to live), and expiry combined with every order. */
class TtlPolicyTest extends EvictionPolicyContract {

    private static final long TTL_NANOS = 1_000;

    @Override
    EvictionPolicy newPolicy(int capacity) {
        return EvictionPolicy.ttl(capacity, TTL_NANOS);
    }

    @Test
    void access_afterTtlExpiry_missesAndCountsAnExpiration() {
        EvictionPolicy ttl = newPolicy(4);
        assertFalse(ttl.access(1, 0));
        assertTrue(ttl.access(1, TTL_NANOS - 1), "alive during [insertion, insertion + ttl)");
        assertFalse(ttl.access(1, TTL_NANOS), "expired at insertion + ttl");
        assertEquals(1, ttl.expirations());
        assertEquals(0, ttl.evictions());
        assertEquals(2, ttl.misses());
        assertTrue(ttl.access(1, TTL_NANOS + 10), "the miss inserted a fresh copy");
    }

    @Test
    void aHit_doesNotExtendTheTimeToLive() {
        EvictionPolicy ttl = newPolicy(4);
        ttl.access(1, 0);
        ttl.access(1, 900);
        assertFalse(ttl.contains(1, TTL_NANOS));
    }

    @Test
    void expiredEntries_arePurgedEvenIfNeverAskedFor() {
        EvictionPolicy ttl = newPolicy(4);
        ttl.access(1, 0);
        ttl.access(2, 10);
        ttl.access(3, 2_000);
        assertEquals(1, ttl.size());
        assertEquals(2, ttl.expirations());
    }

    @Test
    void aVersion_outlivesItsTtlOnlyUntilThePurge_andDiesWithTheEntry() {
        EvictionPolicy ttl = newPolicy(4);
        ttl.access(1, 0);
        ttl.keepNewest(1, 6);
        ttl.access(2, TTL_NANOS - 1);
        assertEquals(6, ttl.version(1), "version() purges nothing, as size() does not: the entry is still there");
        assertFalse(ttl.contains(1, TTL_NANOS), "the next call that carries a time purges it");
        assertEquals(EvictionPolicy.UNSET, ttl.version(1));
        assertFalse(ttl.access(1, TTL_NANOS + 1));
        assertEquals(EvictionPolicy.UNSET, ttl.version(1), "the new entry does not inherit the expired one's version");
    }

    @Test
    void aFullTtlCache_evictsTheOldestInsertion() {
        EvictionPolicy ttl = newPolicy(2);
        ttl.access(1, 0);
        ttl.access(2, 1);
        ttl.access(1, 2);
        ttl.access(3, 3);
        assertFalse(ttl.contains(1, 3));
        assertEquals(1, ttl.evictions());
    }

    @Test
    void expiredEntries_makeRoom_beforeAnyLiveEntryIsEvicted() {
        EvictionPolicy lru = EvictionPolicy.of(Replacement.LRU, 2, 100, null);
        lru.access(1, 0);
        lru.access(2, 50);
        lru.access(1, 60);
        // Without expiry LRU would now evict 2; but 1 has expired by 120 and goes first.
        lru.access(3, 120);
        assertTrue(lru.contains(2, 120));
        assertEquals(0, lru.evictions());
        assertEquals(1, lru.expirations());
    }

    @ParameterizedTest
    @EnumSource(Replacement.class)
    void everyReplacementOrder_combinesWithATimeToLive(Replacement replacement) {
        EvictionPolicy policy = EvictionPolicy.of(replacement, 8, 100,
                new RandomStreams(1, 0).stream("cache", "victims"));
        for (long key = 0; key < 8; key++) {
            policy.access(key, key);
        }
        for (long key = 0; key < 8; key++) {
            assertTrue(policy.access(key, 99), "key " + key + " is alive at 99");
        }
        assertFalse(policy.access(0, 100));
        assertFalse(policy.access(7, 107));
        assertEquals(8, policy.expirations());
        assertEquals(0, policy.evictions());
        assertEquals(100, policy.ttlNanos());
        assertEquals(replacement, policy.replacement());
    }

    @Test
    void aTimeToLiveThatIsNotPositive_isRejected_namingIt() {
        var e = assertThrows(IllegalArgumentException.class, () -> EvictionPolicy.ttl(4, 0));
        assertTrue(e.getMessage().contains("ttlNanos"), e.getMessage());
    }
}
