package org.distsim.models.loadbalancer.balancing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.distsim.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * Power of two choices. The property tested: with {@code h >= 2} healthy backends whose loads are
 * all different, the backend of load rank {@code r} (0 the least loaded) is chosen exactly when it
 * is drawn together with one of the {@code h − 1 − r} more loaded ones, which happens with
 * probability {@code 2(h − 1 − r) / (h(h − 1))}; in particular the most loaded is never chosen.
 */
class PowerOfTwoChoicesTest extends BalancingStrategyContract {

    @Override
    BalancingStrategy newStrategy() {
        return new PowerOfTwoChoices(new RandomStreams(3, 0).stream("lb", "balancing"));
    }

    @Test
    void ofThreeBackends_theMostLoadedIsNeverChosen_andTheOthersAsOftenAsTheirPairsPredict() {
        BackendPool pool = pool(3);
        pool.setActiveRequests(0, 0);
        pool.setActiveRequests(1, 1);
        pool.setActiveRequests(2, 5);
        int[] counts = choose(newStrategy(), pool, 90_000);
        assertEquals(0, counts[2], "the most loaded backend wins no pair");
        assertBinomial(90_000, 2.0 / 3, counts[0], "backend 0 wins pairs {0,1} and {0,2}");
        assertBinomial(90_000, 1.0 / 3, counts[1], "backend 1 wins pair {1,2}");
    }

    @Test
    void ofFourHealthyBackendsWithDistinctLoads_rankRIsChosenWithProbabilityTwoTimesHMinusOneMinusROverHTimesHMinusOne() {
        BackendPool pool = pool(6);
        // Loads by rank: backend 5 (0) < backend 0 (2) < backend 3 (4) < backend 1 (7); 2 and 4 are down.
        pool.setActiveRequests(5, 0);
        pool.setActiveRequests(0, 2);
        pool.setActiveRequests(3, 4);
        pool.setActiveRequests(1, 7);
        pool.setActiveRequests(2, 0);
        pool.setActiveRequests(4, 0);
        pool.setHealthy(2, false);
        pool.setHealthy(4, false);
        int picks = 120_000;
        int[] counts = choose(newStrategy(), pool, picks);
        int[] byRank = {5, 0, 3, 1};
        for (int rank = 0; rank < 4; rank++) {
            double p = 2.0 * (4 - 1 - rank) / (4 * 3);
            assertBinomial(picks, p, counts[byRank[rank]], "rank " + rank);
        }
    }

    @Test
    void withEqualLoads_everyHealthyBackendIsEquallyLikely() {
        BackendPool pool = pool(3);
        int[] counts = choose(newStrategy(), pool, 90_000);
        for (int i = 0; i < 3; i++) {
            assertBinomial(90_000, 1.0 / 3, counts[i], "backend " + i);
        }
    }

    private static int[] choose(BalancingStrategy strategy, BackendPool pool, int picks) {
        int[] counts = new int[pool.count()];
        for (int i = 0; i < picks; i++) {
            counts[strategy.choose(pool, 0)]++;
        }
        return counts;
    }

    private static void assertBinomial(int n, double p, int observed, String what) {
        assertEquals(n * p, observed, 4 * Math.sqrt(n * p * (1 - p)) + 1e-9, what);
    }
}
