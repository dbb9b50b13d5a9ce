package org.distsim.models.service;

import static org.distsim.models.service.Runs.figure;
import static org.distsim.models.service.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distsim.core.result.RunResult;
import org.junit.jupiter.api.Test;

/**
 * Saga compensation ({@code compensate:}) on small deterministic systems: every step either always
 * succeeds or always fails (error-rate 0 or 100 %), so every count is exact.
 */
class SagaTest {

    /** order charges pay, then ships; shipping always fails, so every charge must be refunded. */
    private static final String CHECKOUT = """
            name: saga
            seed: 1
            duration: 20s
            warmup: 0s
            network:
              latency: {dist: constant, value: 0ms}
            nodes:
              order:
                type: service
                workers: 10
                service-time: 1ms
                calls:
                  - target: pay
                    timeout: 1s
                    compensate: {target: refunds, timeout: 1s, retries: 2}
                  - {target: ship, timeout: 1s}
              pay: {type: service, workers: 10, service-time: 1ms}
              ship: {type: service, workers: 10, service-time: 1ms, error-rate: 100%}
              refunds: {type: service, workers: 10, service-time: 1ms}
            workloads:
              clients: {type: open-loop, target: order, rate: 10/s, arrivals: constant, timeout: 5s}
            """;

    @Test
    void aStepThatSucceeded_isUndoneWhenALaterStepFails() {
        RunResult result = run(CHECKOUT);
        double failed = figure(result, "order", "failed");
        assertTrue(failed > 190, "failed orders " + failed);
        assertEquals(failed, figure(result, "order", "compensations"), 1, "one refund per failed order");
        assertEquals(figure(result, "order", "compensations"), figure(result, "refunds", "served"), 1,
                "each refund reached the refunds service once");
        assertEquals(0, figure(result, "order", "compensation_failures"));
        assertEquals(0, figure(result, "order", "inconsistent"));
        assertEquals(0, result.workloads().get("clients").ok(), "the order still fails");
    }

    @Test
    void aCompensationThatFailsEveryAttempt_leavesTheRequestInconsistent() {
        RunResult result = run(CHECKOUT, "nodes.refunds.error-rate=100%");
        double compensations = figure(result, "order", "compensations");
        assertTrue(compensations > 190, "compensations " + compensations);
        assertEquals(compensations, figure(result, "order", "compensation_failures"), 0);
        assertEquals(compensations, figure(result, "order", "inconsistent"), 0);
        assertEquals(3 * compensations, figure(result, "refunds", "errored"), 3, "each tried 1 + 2 retries times");
    }

    @Test
    void aStepThatFailedDefinitely_isNotUndone() {
        RunResult result = run(CHECKOUT, "nodes.pay.error-rate=100%");
        assertTrue(figure(result, "order", "failed") > 190, "failed orders");
        assertEquals(0, figure(result, "order", "compensations"), "a charge that was refused needs no refund");
        assertEquals(0, figure(result, "ship", "served") + figure(result, "ship", "errored"),
                "the later step is never made");
    }

    @Test
    void aStepThatTimedOut_isUndone_sinceItMayHaveHappened() {
        RunResult result = run(CHECKOUT, "nodes.pay.service-time=2s");
        assertTrue(figure(result, "order", "failed") > 150, "failed orders");
        assertEquals(figure(result, "order", "failed"), figure(result, "order", "compensations"), 1,
                "a charge whose answer never came is refunded");
    }

    @Test
    void withoutCompensate_noSagaFigureIsRegistered() {
        RunResult result = run(CHECKOUT.replace("compensate: {target: refunds, timeout: 1s, retries: 2}", "retries: 0"));
        assertFalse(result.nodes().get("order").figures().containsKey("compensations"));
        assertFalse(result.nodes().get("order").figures().containsKey("inconsistent"));
    }
}
