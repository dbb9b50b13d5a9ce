package org.distsim.models.loadbalancer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.TimeSeries;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * A backend crashes at 10 s and restarts at 20 s behind a round-robin balancer. With active
 * health checks the balancer stops sending it traffic within the detection window and
 * availability recovers; without them a third of the requests keep timing out until the restart.
 * Everything is read from the run's time series, interval by interval.
 */
class HealthCheckFailoverTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long CRASH = 10 * SECOND;
    private static final long RESTART = 20 * SECOND;
    /** The longest gap between two probes of a backend: the 1 s interval with the default 10 % jitter. */
    private static final long LONGEST_GAP = SECOND + SECOND / 10;
    private static final long PROBE_TIMEOUT = SECOND / 2;
    private static final int UNHEALTHY = 2;
    private static final int HEALTHY = 2;
    private static final long CLIENT_TIMEOUT = SECOND / 2;
    /** The longest a crashed backend can stay in rotation: see {@link HealthCheckConfig#detectionWindowNanos}. */
    private static final long WINDOW = LONGEST_GAP * UNHEALTHY + PROBE_TIMEOUT;

    private static final String SCENARIO = """
            name: failover
            seed: 11
            duration: 30s
            report-interval: 500ms
            network:
              latency: {dist: exponential, mean: 200us}
            nodes:
              lb:
                type: load-balancer
                backends: [web-1, web-2, web-3]
                timeout: 1s
                health-check: {interval: 1s, timeout: 500ms, unhealthy-threshold: 2, healthy-threshold: 2}
              web-1: {type: service, workers: 4, service-time: {dist: exponential, mean: 2ms}}
              web-2: {type: service, workers: 4, service-time: {dist: exponential, mean: 2ms}}
              web-3: {type: service, workers: 4, service-time: {dist: exponential, mean: 2ms}}
            workloads:
              clients:
                type: open-loop
                target: lb
                rate: 300/s
                timeout: 500ms
            faults:
              - {at: 10s, crash: web-2, duration: 10s}
            """;

    private static RunResult run(String... overrides) throws Exception {
        return ScenarioRunner.run(ScenarioLoader.load("failover.yaml", SCENARIO, List.of(overrides)), RunOptions.defaults());
    }

    @Test
    void crashedBackend_isTakenOutWithinTheHealthCheckWindow_andAvailabilityRecovers() throws Exception {
        assertEquals(WINDOW, new HealthCheckConfig(java.time.Duration.ofSeconds(1), java.time.Duration.ofMillis(500), 2, 2)
                .detectionWindowNanos());
        RunResult result = run();
        TimeSeries series = result.series();
        List<Double> availability = series.values("workload.clients.availability");
        List<Double> toCrashed = series.values("node.lb.to.web-2");
        List<Double> toOther = series.values("node.lb.to.web-1");
        long step = series.intervalNanos();
        double worst = 1;
        for (int i = 0; i < series.startNanos().size(); i++) {
            long start = series.startNanos().get(i);
            Double ok = availability.get(i);
            assertNotNull(ok, "every interval completes requests");
            if (start + step <= CRASH) {
                assertEquals(1.0, ok, 1e-9, "before the crash, at " + seconds(start));
            } else if (start < CRASH + WINDOW + CLIENT_TIMEOUT) {
                worst = Math.min(worst, ok);
            } else {
                // The last request sent to the crashed backend left before CRASH + WINDOW and
                // times out at the client CLIENT_TIMEOUT later; after that every request succeeds.
                assertTrue(ok >= 0.999, "availability " + ok + " at " + seconds(start) + " after the window");
            }
            if (start >= CRASH + WINDOW && start + step <= RESTART) {
                assertEquals(0.0, toCrashed.get(i), "requests to the crashed backend at " + seconds(start));
            }
            if (start >= RESTART + HEALTHY * LONGEST_GAP + step) {
                // Back in round robin: each interval gives it as many requests as a peer, within a cycle or so.
                assertTrue(toCrashed.get(i) > 0, "the restarted backend is used again at " + seconds(start));
                assertTrue(Math.abs(toCrashed.get(i) - toOther.get(i)) <= 2,
                        "even again at " + seconds(start) + ": " + toCrashed.get(i) + " vs " + toOther.get(i));
            }
        }
        assertTrue(worst < 0.9, "the crash is visible before the balancer reacts, worst interval " + worst);
        var lb = result.nodes().get("lb").figures();
        assertEquals(1L, lb.get("marked_down"));
        assertEquals(1L, lb.get("marked_up"));
        System.out.println(String.format(Locale.ROOT, "with health checks: availability %.4f, worst interval %.3f",
                result.workloads().get("clients").availability(), worst));
    }

    /**
     * Round robin keeps giving the crashed backend exactly every third request, so two thirds of
     * the requests succeed until the restart; the split is deterministic, so the only slack is
     * the cycle boundary and the attribution of time-outs to intervals (well under 0.03).
     */
    @Test
    void withoutHealthChecks_aCrashedBackendKeepsItsShare_andAThirdOfRequestsTimeOut() throws Exception {
        RunResult result = run("nodes.lb.health-check=");
        TimeSeries series = result.series();
        List<Double> ok = series.values("workload.clients.ok");
        List<Double> unknown = series.values("workload.clients.unknown");
        List<Double> toCrashed = series.values("node.lb.to.web-2");
        long step = series.intervalNanos();
        double succeeded = 0;
        double timedOut = 0;
        for (int i = 0; i < series.startNanos().size(); i++) {
            long start = series.startNanos().get(i);
            if (start >= CRASH + CLIENT_TIMEOUT && start + step <= RESTART) {
                succeeded += ok.get(i);
                timedOut += unknown.get(i);
                assertTrue(toCrashed.get(i) > 0, "still sent to the crashed backend at " + seconds(start));
            }
        }
        double availability = succeeded / (succeeded + timedOut);
        System.out.println(String.format(Locale.ROOT, "without health checks: availability while crashed %.4f", availability));
        assertEquals(2.0 / 3, availability, 0.03);
        assertEquals(null, result.nodes().get("lb").figures().get("marked_down"), "no health-check figures without checks");
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1fs", nanos / 1e9);
    }
}
