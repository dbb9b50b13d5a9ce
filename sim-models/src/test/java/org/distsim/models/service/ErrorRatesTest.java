package org.distsim.models.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.WorkloadResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Error rates on services and on call edges, and fallbacks, measured end to end. Each request's
 * fate is an independent Bernoulli trial, so the availability of n requests has the binomial
 * standard error sqrt(p (1 − p) / n); the tolerances are four of those (a false alarm about once
 * in 16,000 runs, and the seeds are fixed).
 */
class ErrorRatesTest {

    /** An M/M/1 station at 50 % load that fails 2 % of its requests. */
    private static final String ONE = """
            name: errors
            seed: 5
            duration: 100s
            warmup: 5s
            network:
              latency: {dist: constant, value: 0ms}
            nodes:
              pay: {type: service, workers: 1, service-time: {dist: exponential, mean: 1ms}, error-rate: 2%}
            workloads:
              clients: {type: open-loop, target: pay, rate: 500/s, timeout: 10s}
            """;

    /** Three such services in series: a → b → c. */
    private static final String CHAIN = """
            name: chain
            seed: 6
            duration: 100s
            warmup: 5s
            network:
              latency: {dist: constant, value: 0ms}
            nodes:
              a:
                type: service
                workers: 4
                service-time: {dist: exponential, mean: 1ms}
                error-rate: 2%
                calls: [{target: b, timeout: 5s}]
              b:
                type: service
                workers: 4
                service-time: {dist: exponential, mean: 1ms}
                error-rate: 2%
                calls: [{target: c, timeout: 5s}]
              c: {type: service, workers: 1, service-time: {dist: exponential, mean: 1ms}, error-rate: 2%}
            workloads:
              clients: {type: open-loop, target: a, rate: 500/s, timeout: 10s}
            """;

    private static RunResult run(String yaml, String... overrides) throws Exception {
        return ScenarioRunner.run(ScenarioLoader.load("errors.yaml", yaml, List.of(overrides)), RunOptions.defaults());
    }

    private static double tolerance(double p, long n) {
        return 4 * Math.sqrt(p * (1 - p) / n);
    }

    @Test
    void aServiceWithATwoPercentErrorRate_answersNinetyEightPercentOfRequests() throws Exception {
        RunResult result = run(ONE);
        WorkloadResult clients = result.workloads().get("clients");
        long n = clients.requests();
        assertTrue(n > 40_000, "enough requests for the tolerance to be tight: " + n);
        assertEquals(0.98, clients.availability(), tolerance(0.98, n), "availability of " + n + " requests");
        assertEquals(0, clients.unknown(), "errors are definite: nothing times out");
        var pay = result.nodes().get("pay").figures();
        long errored = pay.get("errored").longValue();
        long answered = errored + pay.get("served").longValue();
        assertEquals(0.02, (double) errored / answered, tolerance(0.02, answered), "the service's own count");
    }

    @Test
    void threeServicesInSeries_multiplyTheirAvailabilities() throws Exception {
        RunResult result = run(CHAIN);
        WorkloadResult clients = result.workloads().get("clients");
        double expected = 0.98 * 0.98 * 0.98;
        assertEquals(0.941192, expected, 1e-9);
        assertEquals(expected, clients.availability(), tolerance(expected, clients.requests()),
                "availability of " + clients.requests() + " requests through a → b → c");
    }

    @Test
    void anErrorRateOnACallEdge_failsThatShareOfCalls_andRetriesWinThemBack() throws Exception {
        String edge = CHAIN.replace("calls: [{target: b, timeout: 5s}]", "calls: [{target: b, timeout: 5s, error-rate: 10%}]");
        RunResult noRetry = run(edge, "nodes.a.error-rate=0", "nodes.b.error-rate=0", "nodes.c.error-rate=0");
        WorkloadResult clients = noRetry.workloads().get("clients");
        assertEquals(0.9, clients.availability(), tolerance(0.9, clients.requests()));
        assertTrue(noRetry.nodes().get("a").figures().get("call_errors.b").longValue() > 0);

        // Two retries: a call fails only when all three attempts err, 0.1³ = 0.001.
        RunResult retried = run(edge.replace("error-rate: 10%}", "error-rate: 10%, retries: 2}"),
                "nodes.a.error-rate=0", "nodes.b.error-rate=0", "nodes.c.error-rate=0");
        WorkloadResult again = retried.workloads().get("clients");
        assertEquals(0.999, again.availability(), tolerance(0.999, again.requests()));
    }

    @Test
    void aFallback_turnsAFailedCallIntoADegradedAnswer_countedApart() throws Exception {
        String withFallback = CHAIN.replace("calls: [{target: c, timeout: 5s}]", "calls: [{target: c, timeout: 5s, fallback: true}]");
        RunResult result = run(withFallback, "nodes.a.error-rate=0", "nodes.b.error-rate=0");
        WorkloadResult clients = result.workloads().get("clients");
        assertEquals(1.0, clients.availability(), "every failure of c is answered by b's fallback");
        var b = result.nodes().get("b").figures();
        long fallbacks = b.get("fallbacks.c").longValue();
        long served = b.get("served").longValue();
        assertEquals(b.get("failures.c").longValue(), fallbacks, "each failed call fell back once");
        assertEquals(fallbacks, b.get("degraded").longValue(), "one call per request: one degraded answer per fallback");
        assertEquals(0.02, (double) fallbacks / served, tolerance(0.02, served), "the share answered degraded");
        assertNull(result.nodes().get("a").figures().get("degraded"), "a has no fallback, so no degraded figure");
    }

    @Test
    void anErrorRateAboveOne_isRejectedWithItsFileLineAndColumn() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load("errors.yaml", ONE.replace("error-rate: 2%", "error-rate: 120%"), List.of()));
        String message = e.problems().get(0).format();
        assertTrue(message.startsWith("errors.yaml:8:94:"), message);
        assertTrue(message.contains("nodes.pay.error-rate"), message);
    }

    @Test
    void aFallbackThatIsNotABoolean_isRejectedWithItsFileLineAndColumn() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("errors.yaml",
                CHAIN.replace("calls: [{target: c, timeout: 5s}]", "calls: [{target: c, fallback: cached}]"), List.of()));
        String message = e.problems().get(0).format();
        assertTrue(message.startsWith("errors.yaml:19:35:"), message);
        assertTrue(message.contains("fallback"), message);
    }
}
