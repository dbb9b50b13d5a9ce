package org.distsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, items 1 and 2: valid configurations whose drawn times reach beyond 2^63 ns used to wrap
 * the clock (figures out of range with exit 0) or die with an internal error (exit 3). Each now
 * ends as a clean run whose figures are possible, with a warning naming what outlasted the run, or
 * as bad input with the knob's location.
 */
class ExtremeTimesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String service(String serviceTime, String extra) {
        return """
                name: extreme
                seed: 1
                duration: 10s
                network:
                  latency: {dist: constant, value: 0ms}
                nodes:
                  server:
                    type: service
                    workers: 4
                    service-time: %s
                %s
                workloads:
                  clients:
                    type: open-loop
                    target: server
                    arrivals: poisson
                    rate: 100/s
                """.formatted(serviceTime, extra);
    }

    @Test
    void paretoServiceTimeOfShapePointOne_runsCleanlyWithPossibleFiguresAndAWarning() throws IOException {
        JsonNode result = runJson(service("{dist: pareto, scale: 1ms, shape: 0.1}", ""));
        assertPossible(result, 10, 1.0);
        assertTrue(result.get("warnings").toString().contains("beyond_horizon"), result.get("warnings").toString());
    }

    @Test
    void lognormalOfSigmaHundred_runsCleanlyWithPossibleFigures() throws IOException {
        assertPossible(runJson(service("{dist: lognormal, mu: 13.8, sigma: 100}", "")), 10, 0);
    }

    @Test
    void speedOfTenToTheMinus300_finishesNoRequestInsteadOfWrappingTheClock() throws IOException {
        JsonNode result = runJson(service("{dist: exponential, mean: 1ms}", "    speed: 1e-300"));
        assertPossible(result, 10, 0);
        assertEquals(0, result.at("/workloads/clients/ok").asLong());
    }

    @Test
    void slowFaultOfFactorTenToThe300_leavesEveryLatencyInsideTheRun() throws IOException {
        JsonNode result = runJson(service("{dist: exponential, mean: 1ms}", "") + """
                faults:
                  - {at: 1s, slow: {node: server, factor: 1e300}}
                """);
        assertPossible(result, 10, 0);
    }

    @Test
    void paretoNetworkLatencyOfShapePointZeroOne_isACleanRunNotAnInternalError() throws IOException {
        JsonNode result = runJson(service("{dist: exponential, mean: 1ms}", "")
                .replace("latency: {dist: constant, value: 0ms}", "latency: {dist: pareto, scale: 1ms, shape: 0.01}"));
        assertPossible(result, 10, 0);
        assertTrue(result.get("warnings").toString().contains("cut_durations.network"), result.toString());
    }

    @Test
    void circuitBreakerInFrontOfAHeavyTail_isACleanRunNotAnInternalError() throws IOException {
        String yaml = """
                name: breaker
                seed: 3
                duration: 20s
                network:
                  latency: {dist: pareto, scale: 100us, shape: 0.05}
                nodes:
                  front:
                    type: service
                    workers: 8
                    service-time: {dist: exponential, mean: 1ms}
                    calls:
                      - target: back
                        timeout: 1s
                        circuit-breaker: {window: 20, minimum-calls: 10, failure-rate: 50%, open-for: 2s, half-open-calls: 3}
                  back:
                    type: service
                    workers: 4
                    service-time: {dist: pareto, scale: 1ms, shape: 0.05}
                workloads:
                  clients:
                    type: open-loop
                    target: front
                    arrivals: poisson
                    rate: 200/s
                    timeout: 2s
                """;
        assertPossible(runJson(yaml), 20, 0);
    }

    @Test
    void slidingWindowCounterOf600PerSecondOverAnHour_isRefusedByValidateWithItsLocation() throws IOException {
        String yaml = """
                name: swc
                seed: 1
                duration: 10s
                network:
                  latency: {dist: constant, value: 0ms}
                nodes:
                  gw:
                    type: rate-limiter
                    target: api
                    algorithm: sliding-window-counter
                    rate: 600/s
                    window: 1h
                  api:
                    type: service
                    workers: 8
                    service-time: {dist: exponential, mean: 1ms}
                workloads:
                  clients:
                    type: open-loop
                    target: gw
                    arrivals: poisson
                    rate: 100/s
                """;
        Path file = Cli.write(dir, "swc.yaml", yaml);
        for (String command : new String[] {"validate", "run"}) {
            Cli.Result r = Cli.run(command, file.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), command + ": " + r.err());
            assertTrue(r.err().contains("swc.yaml:8:5: nodes.gw: sliding-window-counter needs"), r.err());
        }
    }

    @Test
    void infiniteMeanDistribution_isValidButWarnedAboutByValidate() throws IOException {
        Path file = Cli.write(dir, "pareto.yaml", service("{dist: pareto, scale: 1ms, shape: 1}", ""));
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("WARNING: " + file + ":10:19: nodes.server.service-time: this pareto distribution"
                + " has an infinite mean"), r.err());
        Cli.Result finite = Cli.run("validate", Cli.write(dir, "finite.yaml",
                service("{dist: pareto, scale: 1ms, shape: 1.5}", "")).toString());
        assertEquals("", finite.err());
    }

    private JsonNode runJson(String yaml) throws IOException {
        Path file = Cli.write(dir, "s.yaml", yaml);
        Cli.Result r = Cli.run("run", file.toString(), "--format", "json");
        assertTrue(r.exitCode() == ExitCodes.OK || r.exitCode() == ExitCodes.SLO_BROKEN, r.exitCode() + ": " + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        return JSON.readTree(r.out());
    }

    /**
     * No latency longer than the run, every utilisation in [0, 1], and at least {@code minWarnings}
     * warnings (0 when the draws may or may not outlast the run).
     */
    private static void assertPossible(JsonNode result, double durationSeconds, double minWarnings) {
        for (Map.Entry<String, JsonNode> w : result.get("workloads").properties()) {
            JsonNode latency = w.getValue().get("latency_ms");
            double previous = 0;
            for (String p : new String[] {"p50", "p95", "p99", "p999", "max"}) {
                if (!latency.get(p).isNull()) {
                    double value = latency.get(p).asDouble();
                    assertTrue(value >= previous && value <= durationSeconds * 1000 * 1.001, w.getKey() + " " + p
                            + " = " + value);
                    previous = value;
                }
            }
            if (!latency.get("mean").isNull()) {
                assertTrue(latency.get("mean").asDouble() <= durationSeconds * 1000, w.getKey() + " mean");
            }
        }
        for (Map.Entry<String, JsonNode> node : result.get("nodes").properties()) {
            for (String u : new String[] {"utilisation_mean", "utilisation_max"}) {
                JsonNode value = node.getValue().get(u);
                if (value != null && !value.isNull()) {
                    assertTrue(value.asDouble() >= 0 && value.asDouble() <= 1, node.getKey() + " " + u + " = " + value);
                }
            }
        }
        assertTrue(result.get("warnings").size() >= minWarnings, result.get("warnings").toString());
    }
}
