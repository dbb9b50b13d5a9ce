package org.distsim.models.loadbalancer.balancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.distsim.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** What every {@link BalancingStrategy} promises; one small subclass per strategy. */
abstract class BalancingStrategyContract {

    abstract BalancingStrategy newStrategy();

    static BackendPool pool(int count) {
        BackendPool pool = new BackendPool();
        for (int i = 0; i < count; i++) {
            pool.add("backend-" + i);
        }
        return pool;
    }

    @Test
    void withNoHealthyBackend_theChoiceIsMinusOne() {
        BalancingStrategy strategy = newStrategy();
        assertEquals(-1, strategy.choose(new BackendPool(), 1), "no backends at all");
        BackendPool pool = pool(3);
        for (int i = 0; i < 3; i++) {
            pool.setHealthy(i, false);
        }
        for (long key = 0; key < 10; key++) {
            assertEquals(-1, strategy.choose(pool, key));
        }
    }

    @Test
    void unhealthyBackends_areNeverChosen_whateverTheLoadAndKeys() {
        UniformRandomProvider rng = new RandomStreams(17, 0).stream("test", "load");
        BalancingStrategy strategy = newStrategy();
        BackendPool pool = pool(6);
        pool.setHealthy(1, false);
        pool.setHealthy(4, false);
        for (int i = 0; i < 20_000; i++) {
            pool.setActiveRequests(rng.nextInt(6), rng.nextInt(5));
            int chosen = strategy.choose(pool, rng.nextLong());
            assertTrue(chosen >= 0 && chosen < 6, "index out of range: " + chosen);
            assertTrue(pool.healthy(chosen), "chose unhealthy backend " + chosen);
        }
    }

    @Test
    void aSingleHealthyBackend_getsEveryRequest() {
        BalancingStrategy strategy = newStrategy();
        BackendPool pool = pool(4);
        pool.setHealthy(0, false);
        pool.setHealthy(1, false);
        pool.setHealthy(3, false);
        pool.setActiveRequests(2, 50);
        for (long key = 0; key < 100; key++) {
            assertEquals(2, strategy.choose(pool, key));
        }
    }

    @Test
    void everyHealthyBackend_getsSomeRequests_whenLoadIsEven() {
        BalancingStrategy strategy = newStrategy();
        BackendPool pool = pool(4);
        int[] chosen = new int[4];
        for (long key = 0; key < 4_000; key++) {
            int i = strategy.choose(pool, key);
            chosen[i]++;
            // Requests are answered at once, so every backend stays at zero in flight.
        }
        for (int i = 0; i < 4; i++) {
            assertTrue(chosen[i] > 0, "backend " + i + " got nothing: " + Arrays.toString(chosen));
        }
    }
}
