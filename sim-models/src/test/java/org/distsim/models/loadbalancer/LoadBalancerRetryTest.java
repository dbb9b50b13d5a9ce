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
 * Retries on another backend, against closed forms. Four backends behind a random balancer, some
 * failing every request definitely ({@code error-rate: 100%}), the others never; 200 requests/s
 * for 60 s after a 5 s warm-up, about 12 000 requests. The budget is wide open unless a test says
 * otherwise, so that the attempts alone decide.
 */
class LoadBalancerRetryTest {

    private static final String SCENARIO = """
            name: lb-retries
            seed: 11
            duration: 65s
            warmup: 5s
            nodes:
              lb:
                type: load-balancer
                algorithm: random
                backends: [web-1, web-2, web-3, web-4]
                retries: 1
                retry-budget: {ratio: 1, min-per-second: 100000}
              web-1: {type: service, workers: 8, service-time: {dist: exponential, mean: 1ms}, error-rate: 100%}
              web-2: {type: service, workers: 8, service-time: {dist: exponential, mean: 1ms}}
              web-3: {type: service, workers: 8, service-time: {dist: exponential, mean: 1ms}}
              web-4: {type: service, workers: 8, service-time: {dist: exponential, mean: 1ms}}
            workloads:
              clients: {type: open-loop, target: lb, rate: 200/s, timeout: 1s}
            """;

    private static RunResult run(String... overrides) throws Exception {
        return ScenarioRunner.run(ScenarioLoader.load("retries.yaml", SCENARIO, List.of(overrides)), RunOptions.defaults());
    }

    private static double availability(RunResult result) {
        WorkloadResult clients = result.workloads().get("clients");
        assertEquals(0, clients.unknown(), "nothing times out here");
        return clients.ok() / (double) (clients.ok() + clients.failed());
    }

    private static long figure(RunResult result, String name) {
        return result.nodes().get("lb").figures().get(name).longValue();
    }

    /** Four binomial standard errors of a fraction p over the run's requests. */
    private static double tolerance(RunResult result, double p) {
        return 4 * Math.sqrt(p * (1 - p) / result.workloads().get("clients").requests());
    }

    @Test
    void oneBackendOfFourFailing_withOneRetry_failsNoRequest_becauseTheRetryGoesElsewhere() throws Exception {
        RunResult result = run();
        WorkloadResult clients = result.workloads().get("clients");
        assertEquals(0, clients.failed(), "a retry never returns to the backend that failed");
        assertTrue(clients.ok() > 11_000, "ran: " + clients.ok());

        RunResult without = run("nodes.lb.retries=0", "nodes.lb.retry-budget=null");
        assertEquals(0.75, availability(without), tolerance(without, 0.75), "without retries a quarter fails");
        assertEquals(null, without.nodes().get("lb").figures().get("retries"), "no retry figures without retries");
    }

    /**
     * With m of n backends failing and one retry to a backend not tried yet, a request fails only
     * when both draws, without replacement, are failing ones: availability 1 − (m/n)·((m−1)/(n−1)),
     * 5/6 for m = 2, n = 4. A retry that could return to the same backend would give 1 − (m/n)² =
     * 3/4, 17 standard errors away.
     */
    @Test
    void twoBackendsOfFourFailing_withOneRetry_giveTheClosedFormOfDrawingWithoutReplacement() throws Exception {
        RunResult result = run("nodes.web-2.error-rate=100%");
        double expected = 1 - (2 / 4.0) * (1 / 3.0);
        assertEquals(expected, availability(result), tolerance(result, expected));
        WorkloadResult clients = result.workloads().get("clients");
        // Every first attempt to a failing backend is retried once: half of the finished requests.
        assertEquals(0.5, figure(result, "retries") / (double) (clients.ok() + clients.failed()), 0.03);
        assertEquals(0, figure(result, "retries_refused"));
    }

    /**
     * A budget of 10 % of the requests plus 5 retries per second at 200 requests/s allows retries
     * for 0.1 + 5/200 = 0.125 of the requests, while half of them (the first draws of the failing
     * backend of two) would want one: availability 0.5 + 0.125 = 0.625, and the other 0.375 are
     * failures the budget refused to retry. The window slides by tenths, so the bound holds over
     * every window up to one slice's worth of requests (1 % of the window's); the tolerance adds
     * that to four binomial standard errors.
     */
    @Test
    void aRetryBudget_capsRetriesAtTheRatioOfRequestsPlusTheMinimumRate() throws Exception {
        RunResult result = run("nodes.lb.backends=[web-1, web-2]",
                "nodes.lb.retry-budget={ratio: 0.1, min-per-second: 5, window: 10s}");
        double expected = 0.5 + 0.1 + 5 / 200.0;
        assertEquals(expected, availability(result), tolerance(result, expected) + 0.01);
        WorkloadResult clients = result.workloads().get("clients");
        long finished = clients.ok() + clients.failed();
        assertEquals(0.125, figure(result, "retries") / (double) finished, 0.01);
        assertEquals(0.375, figure(result, "retries_refused") / (double) finished, 0.02);
    }
}
