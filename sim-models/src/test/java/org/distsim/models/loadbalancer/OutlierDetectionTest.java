package org.distsim.models.loadbalancer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.WorkloadResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Passive outlier detection against a backend that fails half of its requests yet answers every
 * health probe: active checks never take it out, so without ejection a quarter of the requests (its
 * round-robin share) fail half the time, 0.125 of all; 400 requests/s for 60 s, about 24 000.
 */
class OutlierDetectionTest {

    private static final String SCENARIO = """
            name: lb-outliers
            seed: 4
            duration: 65s
            warmup: 5s
            nodes:
              lb:
                type: load-balancer
                backends: [web-1, web-2, web-3, web-4]
                health-check: {}
                outlier-detection: {consecutive-errors: 3, base-ejection-time: 10s}
              web-1: {type: service, workers: 8, service-time: {dist: exponential, mean: 1ms}, error-rate: 50%}
              web-2: {type: service, workers: 8, service-time: {dist: exponential, mean: 1ms}}
              web-3: {type: service, workers: 8, service-time: {dist: exponential, mean: 1ms}}
              web-4: {type: service, workers: 8, service-time: {dist: exponential, mean: 1ms}}
            workloads:
              clients: {type: open-loop, target: lb, rate: 400/s, timeout: 1s}
            """;

    private static RunResult run(String... overrides) throws Exception {
        return ScenarioRunner.run(ScenarioLoader.load("outliers.yaml", SCENARIO, List.of(overrides)), RunOptions.defaults());
    }

    private static double failedFraction(RunResult result) {
        WorkloadResult clients = result.workloads().get("clients");
        return clients.failed() / (double) (clients.ok() + clients.failed() + clients.unknown());
    }

    private static Number figure(RunResult result, String name) {
        return result.nodes().get("lb").figures().get(name);
    }

    /**
     * Three failures in a row come after about 14 requests to it at 50 % (the mean wait for a run
     * of three), a fraction of a second, and each ejection lasts 10 s more than the last, as it is
     * back too briefly to work its multiplier down: the bad backend is out almost the whole run and
     * fails only the few requests before each ejection. Without detection the failures are 0.125 ±
     * four binomial standard errors (0.009).
     */
    @Test
    void aBackendThatFailsRequestsButAnswersProbes_isEjected_andFailuresFallTenfold() throws Exception {
        RunResult without = run("nodes.lb.outlier-detection=null");
        assertEquals(0.125, failedFraction(without), 0.009, "only the balancer's own ejection can help");
        assertEquals(null, figure(without, "ejections"), "no ejection figures without detection");

        RunResult with = run();
        assertTrue(failedFraction(with) < 0.0125, "failed " + failedFraction(with));
        assertEquals(0, figure(with, "marked_down").longValue(), "the probes never failed");
        long ejections = figure(with, "ejections").longValue();
        assertTrue(ejections >= 3 && ejections <= 10, "ejections " + ejections);
        double ejectedMean = figure(with, "ejected_backends_mean").doubleValue();
        assertTrue(ejectedMean > 0.8 && ejectedMean <= 1, "ejected backends mean " + ejectedMean);
        assertEquals(3.0, figure(with, "healthy_backends_mean").doubleValue(), 0.2, "in rotation: the other three");
    }

    /** Ten percent of four backends rounds down to none, but one may always be ejected, and only one. */
    @Test
    void maxEjected_capsHowManyBackendsAreOutAtOnce() throws Exception {
        RunResult result = run("nodes.web-2.error-rate=50%");
        assertEquals(1.0, figure(result, "ejected_backends_max").doubleValue());
        RunResult half = run("nodes.web-2.error-rate=50%", "nodes.lb.outlier-detection.max-ejected=50%");
        assertEquals(2.0, figure(half, "ejected_backends_max").doubleValue());
        assertTrue(failedFraction(half) < failedFraction(result) / 2,
                failedFraction(half) + " against " + failedFraction(result));
    }
}
