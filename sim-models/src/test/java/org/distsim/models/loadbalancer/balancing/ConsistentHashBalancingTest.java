package org.distsim.models.loadbalancer.balancing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConsistentHashBalancingTest extends BalancingStrategyContract {

    @Override
    BalancingStrategy newStrategy() {
        return new ConsistentHashBalancing();
    }

    @Test
    void aKey_alwaysReachesTheBackendThatOwnsItOnTheRing() {
        BackendPool pool = pool(5);
        BalancingStrategy strategy = newStrategy();
        ConsistentHashRing ring = new ConsistentHashRing();
        for (int i = 0; i < 5; i++) {
            ring.add("backend-" + i);
        }
        for (long key = 0; key < 5_000; key++) {
            assertEquals(ring.lookup(key), pool.name(strategy.choose(pool, key)), "key " + key);
            assertEquals(ring.lookup(key), pool.name(strategy.choose(pool, key)), "again, key " + key);
        }
    }

    @Test
    void whenTheOwnerIsUnhealthy_theKeyGoesToItsNextSuccessor_andComesBackAfterwards() {
        BackendPool pool = pool(5);
        BalancingStrategy strategy = newStrategy();
        ConsistentHashRing ring = new ConsistentHashRing();
        for (int i = 0; i < 5; i++) {
            ring.add("backend-" + i);
        }
        int down = 3;
        pool.setHealthy(down, false);
        int moved = 0;
        for (long key = 0; key < 5_000; key++) {
            String chosen = pool.name(strategy.choose(pool, key));
            if (ring.lookup(key).equals(pool.name(down))) {
                assertEquals(ring.lookup(key, 2).get(1), chosen, "key " + key + " spills to the next backend");
                moved++;
            } else {
                assertEquals(ring.lookup(key), chosen, "key " + key + " stays put");
            }
        }
        assertEquals(true, moved > 0);
        pool.setHealthy(down, true);
        for (long key = 0; key < 5_000; key++) {
            assertEquals(ring.lookup(key), pool.name(strategy.choose(pool, key)));
        }
    }

    @Test
    void aNewBackendInTheView_joinsTheRing() {
        BackendPool pool = pool(3);
        BalancingStrategy strategy = newStrategy();
        strategy.choose(pool, 0);
        int added = pool.add("backend-3");
        int reached = 0;
        for (long key = 0; key < 4_000; key++) {
            reached += strategy.choose(pool, key) == added ? 1 : 0;
        }
        // About a quarter of the keys; the ring's imbalance is bounded in ConsistentHashRingTest.
        assertEquals(1_000, reached, 400);
    }

    @Test
    void withTwoBackendsDown_eachKeyGoesToTheFirstHealthyBackendClockwise_andToNoneWhenAllAreDown() {
        BackendPool pool = pool(6);
        BalancingStrategy strategy = newStrategy();
        ConsistentHashRing ring = new ConsistentHashRing();
        for (int i = 0; i < 6; i++) {
            ring.add("backend-" + i);
        }
        pool.setHealthy(1, false);
        pool.setHealthy(4, false);
        for (long key = 0; key < 5_000; key++) {
            String expected = ring.lookup(key, name -> !name.equals("backend-1") && !name.equals("backend-4"));
            assertEquals(expected, pool.name(strategy.choose(pool, key)), "key " + key);
        }
        for (int i = 0; i < 6; i++) {
            pool.setHealthy(i, false);
        }
        assertEquals(-1, strategy.choose(pool, 42));
    }
}
