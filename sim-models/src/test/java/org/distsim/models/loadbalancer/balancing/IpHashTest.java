package org.distsim.models.loadbalancer.balancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IpHashTest extends BalancingStrategyContract {

    @Override
    BalancingStrategy newStrategy() {
        return new IpHash();
    }

    /**
     * A backend going down moves exactly its own clients, about 1/n of them, and rehashing spreads
     * them over the others (about 1/(n − 1) of them each), unlike a scan to the next index, which
     * would pile them all on one neighbour. Tolerances: a backend's share of 100 000 clients has a
     * binomial standard error under 0.0016; the failed backend's 20 000 or so clients split four
     * ways have one under 0.004 as a fraction of them; 0.02 is five of these.
     */
    @Test
    void aBackendGoingDown_movesOnlyItsOwnClients_spreadOverTheOthers() {
        int n = 5;
        BackendPool pool = pool(n);
        int[] before = HashModNTest.owners(new IpHash(), pool);
        pool.setHealthy(3, false);
        int[] after = HashModNTest.owners(new IpHash(), pool);
        int[] movedTo = new int[n];
        int moved = 0;
        for (int client = 0; client < before.length; client++) {
            if (before[client] != after[client]) {
                assertEquals(3, before[client], "client " + client + " moved though its backend is up");
                movedTo[after[client]]++;
                moved++;
            }
        }
        assertEquals(1.0 / n, moved / (double) before.length, 0.01);
        for (int backend = 0; backend < n; backend++) {
            if (backend != 3) {
                assertEquals(1.0 / (n - 1), movedTo[backend] / (double) moved, 0.02, "share of backend " + backend);
            }
        }
    }

    /** Adding a backend changes n for everyone: about n/(n + 1) of the clients move, as with hash-mod-n. */
    @Test
    void addingABackend_movesAlmostEveryClient() {
        int[] four = HashModNTest.owners(new IpHash(), pool(4));
        int[] five = HashModNTest.owners(new IpHash(), pool(5));
        assertEquals(4 / 5.0, HashModNTest.movedFraction(four, five), 0.01);
    }

    @Test
    void aClient_alwaysReachesTheSameBackend_whileItIsUp() {
        BackendPool pool = pool(6);
        IpHash strategy = new IpHash();
        int first = strategy.choose(pool, 42);
        for (int i = 0; i < 100; i++) {
            pool.setActiveRequests(i % 6, i);
            assertEquals(first, strategy.choose(pool, 42));
        }
        assertNotEquals(strategy.choose(pool, 42), -1);
        assertTrue(first >= 0 && first < 6);
    }
}
