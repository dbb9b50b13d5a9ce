package org.distsim.models.loadbalancer.balancing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.distsim.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

class RandomChoiceTest extends BalancingStrategyContract {

    @Override
    BalancingStrategy newStrategy() {
        return new RandomChoice(new RandomStreams(3, 0).stream("lb", "balancing"));
    }

    @Test
    void healthyBackends_areChosenEquallyOften_withinBinomialError() {
        BalancingStrategy random = newStrategy();
        BackendPool pool = pool(5);
        pool.setHealthy(2, false);
        int picks = 100_000;
        int[] counts = new int[5];
        for (int i = 0; i < picks; i++) {
            counts[random.choose(pool, 0)]++;
        }
        double p = 0.25;
        double sd = Math.sqrt(picks * p * (1 - p));
        for (int i : new int[] {0, 1, 3, 4}) {
            assertEquals(picks * p, counts[i], 4 * sd, "backend " + i);
        }
        assertEquals(0, counts[2]);
    }
}
