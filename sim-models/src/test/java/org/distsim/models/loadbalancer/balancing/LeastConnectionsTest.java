package org.distsim.models.loadbalancer.balancing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.distsim.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** Least connections with random tie-breaking (the contract), and with lowest-index tie-breaking. */
class LeastConnectionsTest extends BalancingStrategyContract {

    @Override
    BalancingStrategy newStrategy() {
        return new LeastConnections(new RandomStreams(3, 0).stream("lb", "ties"));
    }

    @Test
    void theBackendWithTheFewestRequestsInFlight_isChosen() {
        BackendPool pool = pool(4);
        pool.setActiveRequests(0, 3);
        pool.setActiveRequests(1, 2);
        pool.setActiveRequests(2, 0);
        pool.setActiveRequests(3, 1);
        assertEquals(2, newStrategy().choose(pool, 0));
        assertEquals(2, new LeastConnections().choose(pool, 0));
        pool.setHealthy(2, false);
        assertEquals(3, newStrategy().choose(pool, 0), "the least loaded healthy backend");
    }

    @Test
    void withoutARandomProvider_tiesGoToTheLowestIndex() {
        BackendPool pool = pool(4);
        pool.setActiveRequests(0, 5);
        pool.setActiveRequests(1, 1);
        pool.setActiveRequests(2, 2);
        pool.setActiveRequests(3, 1);
        LeastConnections lowestIndex = new LeastConnections();
        for (int i = 0; i < 10; i++) {
            assertEquals(1, lowestIndex.choose(pool, 0));
        }
    }

    @Test
    void withARandomProvider_tiesAreBrokenUniformly_withinBinomialError() {
        BackendPool pool = pool(4);
        pool.setActiveRequests(0, 1);
        pool.setActiveRequests(2, 1);
        BalancingStrategy strategy = newStrategy();
        int picks = 60_000;
        int[] counts = new int[4];
        for (int i = 0; i < picks; i++) {
            counts[strategy.choose(pool, 0)]++;
        }
        double sd = Math.sqrt(picks * 0.25);
        assertEquals(picks / 2.0, counts[1], 4 * sd);
        assertEquals(picks / 2.0, counts[3], 4 * sd);
        assertEquals(0, counts[0] + counts[2]);
    }

    @Test
    void requestsInFlight_spreadEvenly_whenEachPickAddsOne() {
        BackendPool pool = pool(3);
        BalancingStrategy strategy = new LeastConnections();
        for (int i = 0; i < 30; i++) {
            pool.requestStarted(strategy.choose(pool, 0));
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(10, pool.activeRequests(i));
        }
    }
}
