package org.distsim.models.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.distsim.models.replication.ReplicationRuns.Run;
import org.junit.jupiter.api.Test;

/**
 * The two {@code apply-order}s against their lag formulas. Writes arrive as a Poisson process of
 * rate λ at the leader and each follower draws each write's replication delay D independently;
 * the network takes no time and an apply 10 µs, with workers to spare, so the lag is the delay
 * part plus 10 µs.
 *
 * <ul>
 *   <li>{@code independent}: a write is visible after its own delay, so E[lag] = E[D].
 *   <li>{@code in-order}: a write is visible once it and every earlier write arrived, so its lag
 *       is L = max over earlier writes j of (D_j − age_j). The earlier writes' ages form a Poisson
 *       process, so P(L ≤ x) = F(x) · exp(−λ ∫_x^∞ (1 − F(u)) du). For exponential D of mean d
 *       that is (1 − e^{−x/d}) exp(−λd e^{−x/d}), whose mean is
 *       d (ln(λd) + γ + E1(λd) + (1 − e^{−λd}) / (λd)): about d (ln(λd) + 0.577) when λd ≫ 1.
 * </ul>
 *
 * <p>Tolerances: successive lags are correlated (one late write holds up those behind it), so the
 * standard error is taken from independent replications (different seeds): the mean of eight
 * runs' lags, within the 99.9 % Student-t interval of its own spread.
 */
class ApplyOrderTest {

    private static final double RATE = 200;
    private static final double DELAY_MS = 20;
    private static final double APPLY_MS = 0.01;
    private static final double EULER_GAMMA = 0.5772156649015329;
    private static final int SEEDS = 8;

    private static Run run(String order, String delay, int seed) {
        return run("leader-follower", "db", order, delay, seed);
    }

    /** Writes through {@code target}: the front, or in multi-leader member db-1, the one writer. */
    private static Run run(String replication, String target, String order, String delay, int seed) {
        return ReplicationRuns.run("""
                name: apply-order
                seed: %d
                duration: 31s
                warmup: 1s
                network:
                  latency: 0s
                nodes:
                  db:
                    type: replicated-database
                    replication: %s
                    replicas: 3
                    workers: 64
                    write-time: 10us
                    replication-delay: %s
                    apply-order: %s
                workloads:
                  writers: {type: open-loop, target: %s, rate: %d/s, read-ratio: 0%%, keys: {count: 100000}}
                """.formatted(seed, replication, delay, order, target, (int) RATE));
    }

    /** The mean lag of the two followers, in ms. */
    private static double followerLag(Run run, String figure) {
        return (run.figure("db-2", figure) + run.figure("db-3", figure)) / 2;
    }

    /** Mean lag over {@link #SEEDS} runs, and the half-width of its 99.9 % interval. */
    private static double[] meanLag(String order) {
        return meanLag("leader-follower", "db", order);
    }

    private static double[] meanLag(String replication, String target, String order) {
        SummaryStatistics lags = new SummaryStatistics();
        for (int seed = 1; seed <= SEEDS; seed++) {
            lags.addValue(followerLag(run(replication, target, order, "{dist: exponential, mean: 20ms}", seed),
                    "replication_lag_mean_ms"));
        }
        double t = new TDistribution(SEEDS - 1).inverseCumulativeProbability(0.9995);
        return new double[] {lags.getMean(), t * lags.getStandardDeviation() / Math.sqrt(SEEDS)};
    }

    /** E1(x), the exponential integral, by its series (fine for the small x used here). */
    private static double e1(double x) {
        double sum = 0;
        double term = 1;
        for (int k = 1; k < 60; k++) {
            term *= -x / k;
            sum -= term / k;
        }
        return -EULER_GAMMA - Math.log(x) + sum;
    }

    @Test
    void inOrder_exponentialDelays_lagIsTheMeanOfTheRunningMaximum() {
        double a = RATE * DELAY_MS / 1000;
        double expected = DELAY_MS * (Math.log(a) + EULER_GAMMA + e1(a) + (1 - Math.exp(-a)) / a) + APPLY_MS;
        assertEquals(44.26, expected, 0.01, "d (ln 4 + γ + E1(4) + (1 − e^-4)/4) + 10 µs");
        double[] measured = meanLag("in-order");
        System.out.println(String.format(Locale.ROOT, "in-order lag %.3f ± %.3f ms, formula %.3f ms", measured[0],
                measured[1], expected));
        assertEquals(expected, measured[0], measured[1], "in-order mean lag");
    }

    @Test
    void independent_exponentialDelays_lagIsTheMeanDelay() {
        double expected = DELAY_MS + APPLY_MS;
        double[] measured = meanLag("independent");
        System.out.println(String.format(Locale.ROOT, "independent lag %.3f ± %.3f ms, formula %.3f ms",
                measured[0], measured[1], expected));
        assertEquals(expected, measured[0], measured[1], "independent mean lag");
        assertTrue(measured[1] < 1, "a tight enough interval to tell the orders apart: " + measured[1]);
    }

    @Test
    void aConstantDelay_givesTheSameLagInBothOrders() {
        for (String order : new String[] {"in-order", "independent"}) {
            Run run = run(order, "20ms", 1);
            assertEquals(DELAY_MS + APPLY_MS, followerLag(run, "replication_lag_mean_ms"), 0.05, order + " mean");
            assertEquals(DELAY_MS + APPLY_MS, followerLag(run, "replication_lag_max_ms"), 0.05, order + " max");
        }
    }

    @Test
    void multiLeader_oneWriter_followsTheSameTwoFormulas() {
        double a = RATE * DELAY_MS / 1000;
        double inOrder = DELAY_MS * (Math.log(a) + EULER_GAMMA + e1(a) + (1 - Math.exp(-a)) / a) + APPLY_MS;
        double[] ordered = meanLag("multi-leader", "db-1", "in-order");
        double[] independent = meanLag("multi-leader", "db-1", "independent");
        assertEquals(inOrder, ordered[0], ordered[1], "multi-leader in-order mean lag");
        assertEquals(DELAY_MS + APPLY_MS, independent[0], independent[1], "multi-leader independent mean lag");
    }
}
