package org.distsim.models.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.distsim.core.result.RunResult;
import org.junit.jupiter.api.Test;

/**
 * A bulkhead (Nygard, <i>Release It!</i>, ch. 5): reports calls a slow dependency that answers in
 * 500 ms, orders a fast one, and both share the front's 20 workers. Reports alone would need 25
 * workers (50/s × 0.5 s), so without a limit they take every worker and orders wait behind them.
 */
class BulkheadTest {

    private static final String YAML = """
            name: bulkhead
            seed: 3
            duration: 20s
            warmup: 2s
            nodes:
              front:
                type: service
                workers: 20
                service-time: 1ms
                calls:
                  - {target: reporting, timeout: 2s, origins: [reports]%s}
                  - {target: orders-db, timeout: 2s, origins: [orders]}
              reporting:
                type: service
                workers: 100
                service-time: 500ms
              orders-db:
                type: service
                workers: 20
                service-time: {dist: exponential, mean: 2ms}
            workloads:
              reports:
                type: open-loop
                target: front
                rate: 50/s
                timeout: 3s
              orders:
                type: open-loop
                target: front
                rate: 200/s
                timeout: 1s
            """;

    @Test
    void withoutABulkhead_theSlowDependencyTakesEveryWorker_andTheFastPathTimesOut() {
        RunResult result = Runs.run(YAML.formatted(""));
        double orders = result.workloads().get("orders").availability();
        // Measured 0.0: the front queue grows without bound and every order times out in it.
        assertTrue(orders < 0.2, () -> "orders availability " + orders);
    }

    @Test
    void aBulkheadOfFive_keepsTheFastPathHealthy_andShedsTheExcessSlowCallsAtOnce() {
        RunResult result = Runs.run(YAML.formatted(", bulkhead: 5"));
        double orders = result.workloads().get("orders").availability();
        assertTrue(orders >= 0.999, () -> "orders availability " + orders);
        double p99 = result.workloads().get("orders").latency().p99();
        assertTrue(p99 < 20, () -> "orders p99 " + p99 + " ms"); // measured 10.7 ms
        // Five calls of 500 ms in flight admit at most 10 reports a second out of 50.
        double rejected = Runs.figure(result, "front", "bulkhead_rejected.reporting");
        double sent = Runs.figure(result, "front", "calls.reporting");
        assertTrue(sent <= 10 * 18 + 5, () -> sent + " calls to reporting in 18 s");
        assertTrue(rejected > 30 * 18, () -> rejected + " calls refused by the bulkhead");
    }
}
