package org.distsim.models.autoscaler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.distsim.core.result.RunResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The autoscaler, measured in simulations of a load step. One replica has 4 workers of mean 10 ms
 * (capacity 400/s); the load steps from 200/s to 600/s at 60 s and back to 200/s at 240 s. With a
 * utilisation target of 0.6 the HPA rule asks for 2, then 3 replicas, and back to 1 when the load
 * falls. The time series has 5 s intervals; a decision can only act at a scrape (every 15 s) plus
 * the 30 s provisioning delay, so the assertions are on which interval things happen in.
 */
class AutoscalerTest {

    private static final double INTERVAL_SECONDS = 5;

    private static RunResult run(String scaler, String... overrides) {
        String yaml = """
                name: autoscaling
                seed: 7
                duration: 360s
                warmup: 0s
                report-interval: 5s
                nodes:
                  api:
                    type: service
                    workers: 4
                    queue-capacity: 50
                    service-time: {dist: exponential, mean: 10ms}
                  scaler:
                    type: autoscaler
                    target: api
                %s
                workloads:
                  clients:
                    type: open-loop
                    target: api
                    rate: 200/s
                    timeout: 2s
                    schedule:
                      - {at: 60s, rate: 600/s}
                      - {at: 240s, rate: 200/s}
                """.formatted(scaler.indent(4));
        try {
            return ScenarioRunner.run(ScenarioLoader.load("autoscaling.yaml", yaml, List.of(overrides)),
                    RunOptions.defaults());
        } catch (ScenarioException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static List<Double> column(RunResult result, String name) {
        List<Double> values = result.series().values(name);
        if (values == null) {
            throw new AssertionError("no column " + name + " in " + result.series().byKey().keySet());
        }
        return values;
    }

    /** The mean of a column over [fromSeconds, toSeconds). */
    private static double mean(List<Double> values, double fromSeconds, double toSeconds) {
        double sum = 0;
        int n = 0;
        for (int i = (int) (fromSeconds / INTERVAL_SECONDS); i < (int) (toSeconds / INTERVAL_SECONDS); i++) {
            if (values.get(i) != null) {
                sum += values.get(i);
                n++;
            }
        }
        return sum / n;
    }

    /** The start, in seconds, of the first interval at or after {@code fromSeconds} whose value passes the test. */
    private static double firstTime(List<Double> values, double fromSeconds, java.util.function.DoublePredicate test) {
        for (int i = (int) (fromSeconds / INTERVAL_SECONDS); i < values.size(); i++) {
            if (values.get(i) != null && test.test(values.get(i))) {
                return i * INTERVAL_SECONDS;
            }
        }
        return Double.NaN;
    }

    private static final String UTILISATION_TARGET = """
            metric: utilisation
            target-value: 0.6
            min-replicas: 1
            max-replicas: 5
            interval: 15s
            provisioning-delay: 30s
            cooldown: 60s
            """;

    @Test
    void loadStep_addsReadyReplicasOnlyAfterTheProvisioningDelay_andTheP99ComesBackDown() {
        RunResult result = run(UTILISATION_TARGET);
        List<Double> ready = column(result, "node.api.ready_replicas");
        List<Double> p99 = column(result, "workload.clients.p99_ms");

        assertEquals(1.0, mean(ready, 0, 60), 1e-9, "one replica before the step");
        // The first decision that sees the step is at the scrape of 75 s; its replica is ready 30 s later.
        double firstReady = firstTime(ready, 60, r -> r > 1);
        assertTrue(firstReady >= 60 + 30 && firstReady <= 75 + 30, "second replica ready at " + firstReady + " s");
        assertTrue(mean(ready, 200, 240) >= 2.5, "replicas before the load falls: " + mean(ready, 200, 240));

        double before = mean(p99, 10, 60);
        double overloaded = mean(p99, 65, 90);
        double scaledOut = mean(p99, 200, 240);
        // Before, p99 is mostly the exponential service time's own (46 ms); one overloaded replica
        // (rho 1.5) fills its 50-place queue, adding about 50 / (400/s) = 125 ms of waiting.
        assertTrue(overloaded > 3 * before, "p99 " + overloaded + " ms during the step vs " + before + " ms before");
        // Scaled out the load per worker is lower than before the step: p99 back near the baseline.
        assertTrue(scaledOut < 1.5 * before, "p99 " + scaledOut + " ms once scaled out vs " + before + " ms before");
        assertTrue(result.nodes().get("scaler").figures().get("scale_ups").doubleValue() >= 2,
                "scale-ups: " + result.nodes().get("scaler").figures());
    }

    @Test
    void loadFall_removesReplicasOnlyAfterTheCooldown_withoutLosingARequest() {
        RunResult result = run(UTILISATION_TARGET);
        List<Double> replicas = column(result, "node.api.replicas");
        List<Double> failed = column(result, "workload.clients.failed");
        List<Double> unknown = column(result, "workload.clients.unknown");

        // The stabilisation window keeps the count for a cooldown (60 s) after the fall at 240 s.
        double firstFewer = firstTime(replicas, 240, r -> r < mean(replicas, 230, 240) - 1e-9);
        assertTrue(firstFewer >= 240 + 60, "first replica removed at " + firstFewer + " s");
        assertEquals(1.0, mean(replicas, 340, 360), 1e-9, "back to min-replicas at the end");
        // Removed replicas drain: nothing fails or times out while they go.
        assertEquals(0.0, mean(failed, 240, 360) + mean(unknown, 240, 360), 1e-9);
        assertTrue(result.nodes().get("scaler").figures().get("scale_downs").doubleValue() >= 1);
    }

    @Test
    void replicaCount_staysWithinMinAndMax() {
        RunResult capped = run(UTILISATION_TARGET.replace("max-replicas: 5", "max-replicas: 2"));
        assertEquals(2.0, capped.nodes().get("api").figures().get("replicas_max").doubleValue(), 1e-9,
                "the overload asks for 3, max-replicas is 2");

        RunResult floored = run(UTILISATION_TARGET.replace("min-replicas: 1", "min-replicas: 2"));
        List<Double> replicas = column(floored, "node.api.replicas");
        for (int i = (int) (120 / INTERVAL_SECONDS); i < replicas.size(); i++) {
            assertTrue(replicas.get(i) >= 2, "at " + i * INTERVAL_SECONDS + " s: " + replicas.get(i) + " replicas");
        }
        assertEquals(2.0, mean(replicas, 340, 360), 1e-9, "the low load asks for 1, min-replicas is 2");
    }

    @Test
    void queueLengthTarget_scalesOutToMaxInOneDecision_whereUtilisationGrowsByAtMostOneOverTarget() {
        // Utilisation cannot exceed 1, so one decision multiplies the count by at most 1 / 0.6:
        // ceil(1 x 1 / 0.6) = 2. A queue of about 50 per replica against a target of 2 asks for 25,
        // clamped to max-replicas.
        List<Double> byUtilisation = column(run(UTILISATION_TARGET), "node.api.ready_replicas");
        List<Double> byQueue = column(run("""
                metric: queue-length
                target-value: 2
                max-replicas: 5
                """), "node.api.ready_replicas");
        double utilisationFirst = firstTime(byUtilisation, 60, r -> r > 1);
        double queueFirst = firstTime(byQueue, 60, r -> r > 1);
        assertEquals(utilisationFirst, queueFirst, 1e-9, "the same scrape and provisioning delay");
        int index = (int) (queueFirst / INTERVAL_SECONDS) + 1;
        assertEquals(2.0, byUtilisation.get(index), 1e-9);
        assertEquals(5.0, byQueue.get(index), 1e-9);
    }
}
