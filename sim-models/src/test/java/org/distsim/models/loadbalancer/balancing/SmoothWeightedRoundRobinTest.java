package org.distsim.models.loadbalancer.balancing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmoothWeightedRoundRobinTest extends BalancingStrategyContract {

    @Override
    BalancingStrategy newStrategy() {
        return new SmoothWeightedRoundRobin();
    }

    private static BackendPool weighted(double... weights) {
        BackendPool pool = new BackendPool();
        for (int i = 0; i < weights.length; i++) {
            pool.add("backend-" + i, weights[i]);
        }
        return pool;
    }

    @Test
    void weightsFiveOneOne_giveNginxsInterleaving_aabacaa_everyCycle() {
        BalancingStrategy wrr = newStrategy();
        BackendPool pool = weighted(5, 1, 1);
        int[] aabacaa = {0, 0, 1, 0, 2, 0, 0};
        for (int cycle = 0; cycle < 3; cycle++) {
            int[] picks = new int[7];
            for (int i = 0; i < 7; i++) {
                picks[i] = wrr.choose(pool, 0);
            }
            assertArrayEquals(aabacaa, picks, "cycle " + cycle);
        }
    }

    @Test
    void overEachCycle_everyBackendIsChosenExactlyItsWeightInTimes() {
        BalancingStrategy wrr = newStrategy();
        BackendPool pool = weighted(4, 3, 2, 1);
        for (int cycle = 0; cycle < 5; cycle++) {
            int[] counts = new int[4];
            for (int i = 0; i < 10; i++) {
                counts[wrr.choose(pool, 0)]++;
            }
            assertArrayEquals(new int[] {4, 3, 2, 1}, counts, "cycle " + cycle);
        }
    }

    @ParameterizedTest(name = "weights {0}")
    @ValueSource(strings = {"5 1 1", "4 3 2 1", "10 1", "7 5 3 3 1", "1 1 1 1"})
    void inEveryPrefix_eachBackendsCount_staysWithinOneOfItsWeightedShare(String weightList) {
        // Smoothness: after n picks, backend i has been chosen n·w_i/Σw times, give or take less
        // than one. A plain weighted round robin (a a a a a b c for 5, 1, 1) strays by 1.4 after five picks.
        double[] weights = Arrays.stream(weightList.split(" ")).mapToDouble(Double::parseDouble).toArray();
        double total = Arrays.stream(weights).sum();
        BalancingStrategy wrr = newStrategy();
        BackendPool pool = weighted(weights);
        int[] counts = new int[weights.length];
        for (int n = 1; n <= 1_000; n++) {
            counts[wrr.choose(pool, 0)]++;
            for (int i = 0; i < weights.length; i++) {
                double share = n * weights[i] / total;
                assertTrue(Math.abs(counts[i] - share) < 1,
                        "after " + n + " picks backend " + i + " had " + counts[i] + ", share " + share);
            }
        }
    }

    @Test
    void aBackendOfWeightZero_isNeverChosen_andUnhealthyOnesAreSkipped() {
        BalancingStrategy wrr = newStrategy();
        BackendPool pool = weighted(2, 0, 1, 3);
        pool.setHealthy(3, false);
        int[] counts = new int[4];
        for (int i = 0; i < 300; i++) {
            counts[wrr.choose(pool, 0)]++;
        }
        assertArrayEquals(new int[] {200, 0, 100, 0}, counts);
    }
}
