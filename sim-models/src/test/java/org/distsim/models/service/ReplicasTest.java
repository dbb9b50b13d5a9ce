package org.distsim.models.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * A service of several replicas is that many queues, one per replica, not one pooled queue, and
 * how requests are split between them shows in the response time. Three replicas of 2 workers
 * (mean 10 ms) at 420/s: a random split gives each replica Poisson arrivals at 140/s, so each is an
 * M/M/2 queue at load 0.7 (E[T] = 19.6 ms, Erlang C); one pooled queue of 6 workers (M/M/6) is the
 * lower bound (E[T] = 12.0 ms); round-robin gives each replica the smoother Erlang-3 arrivals and
 * sits between; least-loaded (join the shortest queue) comes close to the pooled bound.
 *
 * <p>Each figure is the mean over {@value #REPLICATIONS} independent replications of 100 s (after
 * a 10 s warm-up); the comparison with theory allows 4 standard errors of that mean (a false alarm
 * about once in 10^4 runs under a t distribution with 9 degrees of freedom, after the warm-up bias,
 * which is far smaller at this load).
 */
class ReplicasTest {

    private static final int REPLICATIONS = 10;
    private static final double LAMBDA = 420;
    private static final double MU = 100;
    private static final double MILLIS = 1e3;

    private static SummaryStatistics meanResponseMillis(String balancing) throws Exception {
        String yaml = """
                name: replicas
                duration: 110s
                warmup: 10s
                network:
                  latency: {dist: constant, value: 0ms}
                nodes:
                  api:
                    type: service
                    replicas: 3
                    replica-balancing: %s
                    workers: 2
                    service-time: {dist: exponential, mean: 10ms}
                workloads:
                  clients:
                    type: open-loop
                    target: api
                    rate: 420/s
                """.formatted(balancing);
        SummaryStatistics means = new SummaryStatistics();
        for (int replication = 0; replication < REPLICATIONS; replication++) {
            RunResult result = ScenarioRunner.run(ScenarioLoader.load("replicas.yaml", yaml, List.of()),
                    RunOptions.defaults().withReplication(replication));
            means.addValue(result.workloads().get("clients").latency().mean());
            assertEquals(3.0, result.nodes().get("api").figures().get("replicas_mean").doubleValue(), 1e-9);
        }
        return means;
    }

    /** Erlang C: the probability that an arrival waits in an M/M/c queue of offered load a = λ/μ. */
    static double erlangC(int c, double a) {
        double term = 1;
        double sum = 1;
        for (int k = 1; k < c; k++) {
            term *= a / k;
            sum += term;
        }
        double last = term * a / c * c / (c - a);
        return last / (sum + last);
    }

    /** E[T] of M/M/c, in milliseconds. */
    static double mmcResponseMillis(int c, double lambda, double mu) {
        return MILLIS * (erlangC(c, lambda / mu) / (c * mu - lambda) + 1 / mu);
    }

    private static double standardError(SummaryStatistics s) {
        return s.getStandardDeviation() / Math.sqrt(s.getN());
    }

    @Test
    void randomSplit_makesEachReplicaAnMmcQueueAtAThirdOfTheLoad() throws Exception {
        SummaryStatistics random = meanResponseMillis("random");
        double exact = mmcResponseMillis(2, LAMBDA / 3, MU);
        assertTrue(Math.abs(random.getMean() - exact) < 4 * standardError(random),
                "mean response " + random.getMean() + " ms, M/M/2 at 140/s gives " + exact + " ms (SE "
                        + standardError(random) + ")");
    }

    @Test
    void roundRobin_beatsTheRandomSplit_andLeastLoadedComesCloseToOnePooledQueue() throws Exception {
        double split = mmcResponseMillis(2, LAMBDA / 3, MU);
        double pooled = mmcResponseMillis(6, LAMBDA, MU);
        SummaryStatistics roundRobin = meanResponseMillis("round-robin");
        SummaryStatistics leastLoaded = meanResponseMillis("least-loaded");
        String figures = "pooled M/M/6 " + pooled + " ms, least-loaded " + leastLoaded.getMean() + " ms, round-robin "
                + roundRobin.getMean() + " ms, random split M/M/2 " + split + " ms";
        assertTrue(roundRobin.getMean() + 4 * standardError(roundRobin) < split, figures);
        assertTrue(roundRobin.getMean() - 4 * standardError(roundRobin) > pooled, figures);
        assertTrue(leastLoaded.getMean() + 4 * standardError(leastLoaded) < roundRobin.getMean(), figures);
        assertTrue(leastLoaded.getMean() - 4 * standardError(leastLoaded) > pooled * 0.99, figures);
    }
}
