package org.distsim.models.loadbalancer.balancing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class RoundRobinTest extends BalancingStrategyContract {

    @Override
    BalancingStrategy newStrategy() {
        return new RoundRobin();
    }

    @Test
    void healthyBackends_areTakenInTurn_soTheSpreadIsExactlyEven() {
        BalancingStrategy rr = newStrategy();
        BackendPool pool = pool(3);
        int[] counts = new int[3];
        int[] firstSix = new int[6];
        for (int i = 0; i < 300; i++) {
            int chosen = rr.choose(pool, 0);
            counts[chosen]++;
            if (i < 6) {
                firstSix[i] = chosen;
            }
        }
        assertArrayEquals(new int[] {0, 1, 2, 0, 1, 2}, firstSix);
        assertArrayEquals(new int[] {100, 100, 100}, counts);
    }

    @Test
    void anUnhealthyBackend_isSkipped_andTheOthersStayEven() {
        BalancingStrategy rr = newStrategy();
        BackendPool pool = pool(3);
        pool.setHealthy(1, false);
        int[] sequence = new int[4];
        for (int i = 0; i < 4; i++) {
            sequence[i] = rr.choose(pool, 0);
        }
        assertArrayEquals(new int[] {0, 2, 0, 2}, sequence);
    }
}
