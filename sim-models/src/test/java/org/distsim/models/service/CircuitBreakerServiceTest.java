package org.distsim.models.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.result.RunResult;
import org.junit.jupiter.api.Test;

/**
 * A service calling a dependency through a circuit breaker, the dependency crashed from 10 s to
 * 20 s: the breaker opens, fails fast, probes after its cool-down and closes after the restart.
 */
class CircuitBreakerServiceTest {

    private static final String YAML = """
            name: breaker
            seed: 7
            duration: 30s
            nodes:
              front:
                type: service
                workers: 64
                service-time: 1ms
                calls:
                  - target: db
                    timeout: 100ms
                    circuit-breaker: {window: 20, minimum-calls: 10, failure-rate: 50%, open-for: 2s, half-open-calls: 3}
              db:
                type: service
                workers: 16
                service-time: {dist: exponential, mean: 2ms}
            workloads:
              clients:
                type: open-loop
                target: front
                rate: 200/s
                timeout: 1s
            faults:
              - {at: 10s, crash: db, duration: 10s}
            """;

    @Test
    void breaker_opensOnTheCrash_failsFast_probesAfterCoolDown_andClosesAfterRestart() {
        RunResult result = Runs.run(YAML);
        // Counters per 1 s interval of the time series: interval i covers [i s, i+1 s).
        List<Double> opened = Runs.column(result, "node.front.breaker_opened.db");
        List<Double> halfOpened = Runs.column(result, "node.front.breaker_half_opened.db");
        List<Double> closed = Runs.column(result, "node.front.breaker_closed.db");
        int firstOpen = Runs.firstPositive(opened, 0);
        int firstHalfOpen = Runs.firstPositive(halfOpened, 0);
        int close = Runs.firstPositive(closed, 0);
        assertEquals(10, firstOpen, "opens within a second of the crash at 10 s");
        // open-for is 2 s: the first trial comes two intervals after the opening.
        assertEquals(firstOpen + 2, firstHalfOpen);
        // Trials fail while db is down (each reopens it); the first trial after the restart at 20 s closes it.
        assertEquals(20, close);
        assertEquals(-1, Runs.firstPositive(opened, close + 1), "stays closed once db is back");
        assertEquals(Runs.figure(result, "front", "breaker_opened.db"), Runs.figure(result, "front", "breaker_half_opened.db"));
        assertEquals(1, Runs.figure(result, "front", "breaker_closed.db"));

        // Failing fast: while open, a failed request holds its worker for its own 1 ms of service
        // time, not for the 100 ms timeout that the failures before the opening took.
        List<Double> failed = Runs.column(result, "node.front.failed");
        List<Double> failedBusyMicros = Runs.column(result, "node.front.failed_busy_us");
        double busy = 0;
        double count = 0;
        for (int i = firstOpen + 1; i < close; i++) {
            busy += failedBusyMicros.get(i);
            count += failed.get(i);
        }
        double meanFailedMillis = busy / count / 1000;
        // Measured 1.67 ms: 1 ms each, plus the three trial calls per probe that time out.
        assertTrue(meanFailedMillis >= 1 && meanFailedMillis < 3, () -> "failed requests took " + meanFailedMillis + " ms");
        long timedOut = result.workloads().get("clients").failedByReason().get("dependency-timeout: db");
        long failedFast = result.workloads().get("clients").failedByReason().get("circuit-open");
        assertTrue(failedFast > 10 * timedOut, () -> failedFast + " failed fast, " + timedOut + " timed out");

        // Availability is back to 100 % from the first whole interval after the close.
        List<Double> availability = Runs.column(result, "workload.clients.availability");
        for (int i = close + 1; i < availability.size(); i++) {
            assertEquals(1.0, availability.get(i), "availability in second " + i);
        }
    }
}
