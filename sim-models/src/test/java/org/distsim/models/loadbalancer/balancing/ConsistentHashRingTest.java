package org.distsim.models.loadbalancer.balancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ring's balance and stability. Keys are 0 .. 999 999, which the SplitMix64 finaliser spreads
 * like uniform random positions.
 *
 * <p>How the balance bounds are derived: a backend with {@code V} of the {@code nV} points owns the
 * arcs ending at them, and its share of the ring is then about Beta(V, (n−1)V), with mean {@code
 * 1/n} and relative standard deviation {@code √((n−1)/(nV + 1)) ≈ 1/√V}: 9.5 % for 10 backends
 * of 100 virtual nodes, 3 % with 1000. The bounds allow 4 of those standard deviations (the layout
 * is fixed by the names, so this is a statement about the hash behaving like a random one) plus 4
 * binomial standard deviations for counting a million keys.
 */
class ConsistentHashRingTest {

    private static final int KEYS = 1_000_000;

    private static ConsistentHashRing ring(int backends, int virtualNodes) {
        ConsistentHashRing ring = new ConsistentHashRing(virtualNodes);
        for (int i = 0; i < backends; i++) {
            ring.add("backend-" + i);
        }
        return ring;
    }

    private static double allowedRelativeDeviation(int backends, int virtualNodes) {
        double p = 1.0 / backends;
        double layout = Math.sqrt((backends - 1.0) / (backends * virtualNodes + 1.0));
        double counting = Math.sqrt((1 - p) / (p * KEYS));
        return 4 * (layout + counting);
    }

    @ParameterizedTest(name = "{0} virtual nodes")
    @ValueSource(ints = {100, 1000})
    void eachOfTenBackends_ownsAboutATenthOfTheKeys(int virtualNodes) {
        ConsistentHashRing ring = ring(10, virtualNodes);
        int[] owned = new int[10];
        for (long key = 0; key < KEYS; key++) {
            owned[Integer.parseInt(ring.lookup(key).substring("backend-".length()))]++;
        }
        double expected = KEYS / 10.0;
        double worst = 0;
        for (int count : owned) {
            worst = Math.max(worst, Math.abs(count - expected) / expected);
        }
        double allowed = allowedRelativeDeviation(10, virtualNodes);
        assertTrue(worst <= allowed, String.format(Locale.ROOT, "largest relative deviation %.3f, allowed %.3f", worst, allowed));
    }

    @Test
    void addingAnEleventhBackend_movesAboutOneEleventhOfTheKeys_allToTheNewBackend() {
        ConsistentHashRing ring = ring(10, ConsistentHashRing.DEFAULT_VIRTUAL_NODES);
        String[] before = owners(ring);
        ring.add("backend-10");
        int moved = 0;
        for (int key = 0; key < KEYS; key++) {
            String now = ring.lookup(key);
            if (!now.equals(before[key])) {
                assertEquals("backend-10", now, "key " + key + " moved between old backends");
                moved++;
            }
        }
        double expected = KEYS / 11.0;
        double allowed = allowedRelativeDeviation(11, ConsistentHashRing.DEFAULT_VIRTUAL_NODES);
        assertEquals(expected, moved, allowed * expected, "keys moved");
    }

    @Test
    void removingABackend_movesExactlyTheKeysItOwned() {
        ConsistentHashRing ring = ring(10, ConsistentHashRing.DEFAULT_VIRTUAL_NODES);
        String[] before = owners(ring);
        assertTrue(ring.remove("backend-4"));
        for (int key = 0; key < KEYS; key++) {
            String now = ring.lookup(key);
            if (before[key].equals("backend-4")) {
                assertFalse(now.equals("backend-4"));
            } else {
                assertEquals(before[key], now, "key " + key + " of a remaining backend moved");
            }
        }
    }

    @Test
    void lookupOfN_givesDistinctSuccessors_startingWithTheOwner_andTheSecondTakesOverIfTheOwnerLeaves() {
        ConsistentHashRing ring = ring(5, 50);
        ConsistentHashRing without = ring(5, 50);
        for (long key = 0; key < 2_000; key++) {
            List<String> replicas = ring.lookup(key, 3);
            assertEquals(3, replicas.size());
            assertEquals(3, new HashSet<>(replicas).size(), "distinct: " + replicas);
            assertEquals(ring.lookup(key), replicas.get(0));
            without.remove(replicas.get(0));
            assertEquals(replicas.get(1), without.lookup(key), "key " + key);
            without.add(replicas.get(0));
        }
        assertEquals(5, ring.lookup(42, 9).size(), "never more than the backends on the ring");
        assertEquals(List.of(), ring.lookup(42, 0));
    }

    @Test
    void theLayout_dependsOnlyOnTheSetOfBackends_notOnTheOrderTheyWereAdded() {
        ConsistentHashRing forwards = ring(6, 100);
        ConsistentHashRing backwards = new ConsistentHashRing(100);
        for (int i = 5; i >= 0; i--) {
            backwards.add("backend-" + i);
        }
        backwards.add("extra");
        backwards.remove("extra");
        for (long key = 0; key < 50_000; key++) {
            assertEquals(forwards.lookup(key), backwards.lookup(key));
        }
        assertEquals(forwards.backends(), backwards.backends());
    }

    @Test
    void thePlacementHashes_areTheSpecifiedOnes() {
        // SplitMix64 seeded with 0 starts with 0xE220A8397B1DCDAF (Steele, Lea and Flood's reference).
        assertEquals(0xE220A8397B1DCDAFL, ConsistentHashRing.keyPosition(0));
        assertEquals(0x22118258A9D111A0L, ConsistentHashRing.keyPosition(12345));
        // Computed independently: sha256(b"backend-0" + b"\0" + (0).to_bytes(4, "big"))[:8].
        assertEquals(0x6EE5F05444C7AEDAL, ConsistentHashRing.virtualNodePosition("backend-0", 0));
        assertEquals(0xB94ECFE6D8C28443L, ConsistentHashRing.virtualNodePosition("cache-é", 7));
    }

    @Test
    void aPredicate_findsTheFirstAcceptableBackendClockwise_orNone() {
        ConsistentHashRing ring = ring(4, 20);
        for (long key = 0; key < 1_000; key++) {
            List<String> order = ring.lookup(key, 4);
            assertEquals(order.get(2), ring.lookup(key, b -> b.equals(order.get(2)) || b.equals(order.get(3))));
        }
        assertNull(ring.lookup(7, b -> false));
        assertNull(new ConsistentHashRing().lookup(7, b -> true));
    }

    @Test
    void misuse_isRejected_withTheRuleNamed() {
        ConsistentHashRing ring = ring(2, 10);
        var duplicate = assertThrows(IllegalArgumentException.class, () -> ring.add("backend-1"));
        assertTrue(duplicate.getMessage().contains("backend-1"), duplicate.getMessage());
        var virtualNodes = assertThrows(IllegalArgumentException.class, () -> new ConsistentHashRing(0));
        assertTrue(virtualNodes.getMessage().contains("virtual nodes"), virtualNodes.getMessage());
        assertThrows(IllegalStateException.class, () -> new ConsistentHashRing().lookup(1));
        assertFalse(ring.remove("nobody"));
        assertThrows(IllegalArgumentException.class, () -> ring.add(""));
    }

    private static String[] owners(ConsistentHashRing ring) {
        String[] owners = new String[KEYS];
        for (int key = 0; key < KEYS; key++) {
            owners[key] = ring.lookup(key);
        }
        return owners;
    }
}
