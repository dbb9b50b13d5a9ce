package org.distsim.models.loadbalancer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Health checks must not be phase-locked to the clock: where a crash falls between two probes
 * decides how long the balancer keeps sending to the dead backend, so probes at exactly k ×
 * interval for every backend make the result depend on the fault's phase, and no seed reveals it.
 * With random phases and jitter the detection delay is a random variable whose law does not depend
 * on the fault time, so the mean availability over replications moves by no more than sampling
 * error when the fault moves by a fraction of the interval. The tolerance is four standard errors
 * of the difference of two means, sqrt(s₁²/n + s₂²/n), from the replications' own spread.
 */
class HealthCheckPhaseTest {

    private static final int REPLICATIONS = 40;

    private static final String SCENARIO = """
            name: phase
            seed: 17
            duration: 16s
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
              clients: {type: open-loop, target: lb, rate: 300/s, timeout: 500ms}
            faults:
              - {at: %s, crash: web-2, duration: 6s}
            """;

    /** The clients' availability in each replication, with the crash at {@code crashAt}. */
    private static SummaryStatistics availability(String crashAt, String... overrides) throws Exception {
        Scenario scenario = ScenarioLoader.load("phase.yaml", SCENARIO.formatted(crashAt), List.of(overrides));
        SummaryStatistics stats = new SummaryStatistics();
        for (int r = 0; r < REPLICATIONS; r++) {
            stats.addValue(ScenarioRunner.run(scenario, RunOptions.defaults().withReplication(r))
                    .workloads().get("clients").availability());
        }
        return stats;
    }

    private static double tolerance(SummaryStatistics a, SummaryStatistics b) {
        return 4 * Math.sqrt(a.getVariance() / a.getN() + b.getVariance() / b.getN());
    }

    @Test
    void shiftingTheCrashByHalfAProbeInterval_changesAvailabilityByNoMoreThanSamplingError() throws Exception {
        SummaryStatistics onTheSecond = availability("5s");
        for (String shifted : new String[] {"5250ms", "5500ms", "5750ms"}) {
            SummaryStatistics other = availability(shifted);
            double tolerance = tolerance(onTheSecond, other);
            System.out.println(String.format(Locale.ROOT, "random phases: crash at 5s %.5f, at %s %.5f (± %.5f)",
                    onTheSecond.getMean(), shifted, other.getMean(), tolerance));
            assertEquals(onTheSecond.getMean(), other.getMean(), tolerance, "crash at " + shifted);
        }
    }

    /** The same comparison finds the phase lock of probes that all fire at k × interval. */
    @Test
    void phaseLockedProbes_makeAvailabilityDependOnWhereTheCrashFalls() throws Exception {
        String[] locked = {"nodes.lb.health-check.jitter=0", "nodes.lb.health-check.random-phase=false"};
        SummaryStatistics justAfterAProbe = availability("5001ms", locked);
        SummaryStatistics justBeforeAProbe = availability("5999ms", locked);
        double tolerance = tolerance(justAfterAProbe, justBeforeAProbe);
        System.out.println(String.format(Locale.ROOT, "phase-locked: crash just after a probe %.5f, just before %.5f (± %.5f)",
                justAfterAProbe.getMean(), justBeforeAProbe.getMean(), tolerance));
        assertTrue(Math.abs(justAfterAProbe.getMean() - justBeforeAProbe.getMean()) > tolerance,
                "a crash just after a probe stays undetected for almost a whole interval longer");
    }
}
