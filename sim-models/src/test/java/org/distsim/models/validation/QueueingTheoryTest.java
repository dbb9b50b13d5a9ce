package org.distsim.models.validation;

import java.util.List;
import java.util.Locale;
import org.distsim.core.result.WorkloadResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine reproduces queueing theory: simulated response times of the validation scenarios
 * agree with the exact formulas (see {@link QueueingFormulas}) within the sampling error of
 * independent replications (see {@link Replications} for how the tolerance is derived), at loads
 * from 0.5 to 0.95. Every run uses the scenario's warm-up, so the empty start does not bias the
 * figures; run length grows with load because a queue near saturation forgets its past slowly
 * (relaxation time about 1 / (μ(1 − √ρ)²)).
 */
class QueueingTheoryTest {

    private static final int REPLICATIONS = 20;
    private static final double MILLIS = 1e3;

    private static List<String> overrides(double lambda, double rho) {
        // The variance of a time average grows like 1/(1 - rho)^4 near saturation: run longer there.
        long seconds = rho < 0.85 ? 100 : rho < 0.93 ? 400 : 1200;
        return List.of(
                "workloads.clients.rate=" + Math.round(lambda) + "/s",
                "duration=" + (seconds + 20) + "s",
                "warmup=20s");
    }

    @ParameterizedTest(name = "M/M/1 at load {0}")
    @ValueSource(doubles = {0.5, 0.7, 0.8, 0.9, 0.95})
    void mm1_responseTimeMeanAndPercentiles_matchTheExponentialLaw(double rho) throws Exception {
        double mu = 1000;
        double lambda = rho * mu;
        Replications runs = Replications.run("mm1.yaml", REPLICATIONS, overrides(lambda, rho));
        double rate = mu - lambda;
        runs.assertMatches("mean", MILLIS / rate, w -> w.latency().mean(), false);
        runs.assertMatches("p50", MILLIS * -Math.log(0.5) / rate, w -> w.latency().p50(), true);
        runs.assertMatches("p95", MILLIS * -Math.log(0.05) / rate, w -> w.latency().p95(), true);
        runs.assertMatches("p99", MILLIS * -Math.log(0.01) / rate, w -> w.latency().p99(), true);
    }

    @ParameterizedTest(name = "M/M/4 at load {0}")
    @ValueSource(doubles = {0.5, 0.7, 0.8, 0.9, 0.95})
    void mmc_waitingShareWaitsAndResponseTimes_matchErlangC(double rho) throws Exception {
        int c = 4;
        double mu = 250;
        double lambda = rho * c * mu;
        Replications runs = Replications.run("mmc.yaml", REPLICATIONS, overrides(lambda, rho));
        runs.assertMatches("mean", MILLIS * QueueingFormulas.mmcResponseMean(c, lambda, mu), w -> w.latency().mean(), false);
        for (double p : new double[] {0.5, 0.95, 0.99}) {
            double exact = MILLIS * QueueingFormulas.mmcResponseQuantile(c, lambda, mu, p);
            runs.assertMatches(String.format(Locale.ROOT, "p%.0f", p * 100), exact, w -> percentile(w, p), true);
        }
        // The server's own figures: the share of requests that queued is Erlang C, and the wait is 0
        // with probability 1 - C and Exp(c mu - lambda) otherwise, so W_q = C / (c mu - lambda).
        double waiting = QueueingFormulas.erlangC(c, lambda / mu);
        double theta = c * mu - lambda;
        runs.assertNodeMatches("server", "waited_ratio", waiting, false);
        runs.assertNodeMatches("server", "wait_mean_ms", MILLIS * waiting / theta, false);
        for (double p : new double[] {0.95, 0.99}) {
            String key = String.format(Locale.ROOT, "wait_p%.0f_ms", p * 100);
            runs.assertNodeMatches("server", key, MILLIS * QueueingFormulas.mmcWaitQuantile(c, lambda, mu, p), true);
        }
    }

    @ParameterizedTest(name = "M/D/1 at load {0}")
    @ValueSource(doubles = {0.5, 0.7, 0.8, 0.9, 0.95})
    void md1_meanResponseTime_matchesPollaczekKhinchine(double rho) throws Exception {
        double service = 0.001;
        double lambda = rho / service;
        Replications runs = Replications.run("md1.yaml", REPLICATIONS, overrides(lambda, rho));
        runs.assertMatches("mean", MILLIS * QueueingFormulas.md1ResponseMean(lambda, service), w -> w.latency().mean(), false);
    }

    @ParameterizedTest(name = "M/M/2/5 at load {0}")
    @ValueSource(doubles = {0.5, 0.7, 0.8, 0.9, 0.95})
    void mmck_blockingProbability_matchesTheStationaryDistribution(double rho) throws Exception {
        int c = 2;
        int k = 5;
        double mu = 1000;
        double lambda = rho * c * mu;
        Replications runs = Replications.run("mmck.yaml", REPLICATIONS, overrides(lambda, rho));
        runs.assertMatches("P(block)", QueueingFormulas.mmckBlocking(c, k, lambda, mu), QueueingTheoryTest::blocked, false);
    }

    private static double percentile(WorkloadResult w, double p) {
        if (p == 0.5) {
            return w.latency().p50();
        }
        return p == 0.95 ? w.latency().p95() : w.latency().p99();
    }

    private static double blocked(WorkloadResult w) {
        long finished = w.requests() - w.inFlight();
        return (double) w.failedByReason().getOrDefault("rejected", 0L) / finished;
    }
}
