package org.distsim.models.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.distsim.core.result.RunResult;
import org.distsim.models.format.Rate;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Rate schedules produce the arrivals they promise, counted in a simulation: per report interval
 * (the {@code reads} figure of the workload, one per request due) and over whole runs. A count of a
 * Poisson process with mean m has standard deviation √m; per-interval checks allow 5 σ, which
 * with a few dozen intervals per test leaves a false alarm probability below 1e-4.
 */
class OpenLoopScheduleTest {

    private static final double SIGMAS = 5;

    static RunResult run(String workload, String duration, String warmup, int replication) throws Exception {
        String yaml = """
                name: schedule
                duration: %s
                warmup: %s
                nodes:
                  server:
                    type: service
                    workers: 100000
                    service-time: 1us
                workloads:
                  clients:
                    type: open-loop
                    target: server
                %s
                """.formatted(duration, warmup, workload.indent(4));
        return ScenarioRunner.run(ScenarioLoader.load("schedule.yaml", yaml, List.of()),
                RunOptions.defaults().withReplication(replication));
    }

    private static List<Double> perSecond(RunResult result) {
        return result.series().values("workload.clients.reads");
    }

    @Test
    void stepSpike_sendsTheScheduledNumberOfRequestsInEverySecond() throws Exception {
        RunResult result = run("""
                rate: 1000/s
                schedule:
                  - {at: 10s, rate: 4000/s}
                  - {at: 15s, rate: 1000/s}
                """, "25s", "0s", 0);
        List<Double> counts = perSecond(result);
        assertEquals(25, counts.size());
        for (int second = 0; second < 25; second++) {
            double expected = second >= 10 && second < 15 ? 4000 : 1000;
            double count = counts.get(second);
            assertTrue(Math.abs(count - expected) <= SIGMAS * Math.sqrt(expected),
                    "second " + second + ": " + count + " requests, expected " + expected);
        }
    }

    @Test
    void constantArrivals_followTheInstantaneousRateExactly() throws Exception {
        RunResult result = run("""
                arrivals: constant
                rate: 1000/s
                schedule:
                  - {at: 10s, rate: 4000/s}
                  - {from: 15s, to: 20s, ramp-to: 0/s}
                """, "25s", "0s", 0);
        List<Double> counts = perSecond(result);
        for (int second = 0; second < 25; second++) {
            double expected = second < 10 ? 1000 : second < 15 ? 4000 : second < 20 ? 4000 - 800 * (second - 15) - 400 : 0;
            // Evenly spaced arrivals: an interval holds its integrated rate, give or take the one on its edge.
            assertEquals(expected, counts.get(second), 1.0, "second " + second);
        }
    }

    @Test
    void rampAndDiurnalCurve_matchTheIntegratedRate() throws Exception {
        RunResult result = run("""
                rate: 200/s
                schedule:
                  - {from: 5s, to: 25s, ramp-to: 3000/s}
                  - {at: 30s, diurnal: {period: 20s, peak: 3000/s, trough: 200/s, peak-at: 35s}}
                """, "70s", "0s", 0);
        RateSchedule schedule = RateSchedule.of(new Rate(200), List.of(
                new RatePhase(null, null, Duration.ofSeconds(5), Duration.ofSeconds(25), new Rate(3000), null),
                new RatePhase(Duration.ofSeconds(30), null, null, null, null, new Diurnal(Duration.ofSeconds(20),
                        new Rate(3000), new Rate(200), Duration.ofSeconds(35)))));
        List<Double> counts = perSecond(result);
        for (int window = 0; window < 70; window += 2) {
            double count = counts.get(window) + counts.get(window + 1);
            double expected = schedule.integral(window, window + 2);
            assertTrue(Math.abs(count - expected) <= SIGMAS * Math.sqrt(expected), String.format(Locale.ROOT,
                    "[%ds, %ds): %.0f requests, integrated rate %.1f", window, window + 2, count, expected));
        }
        // The curve peaks at 35 s and 55 s (about 2980 requests in the second after) and bottoms out
        // at 45 s and 65 s (about 205).
        assertTrue(counts.get(35) > 2700 && counts.get(45) < 400, counts.subList(30, 70).toString());
    }

    /**
     * The arrivals of a non-homogeneous Poisson process in {@code [a, b]} are Poisson with mean
     * {@code Λ(b) − Λ(a)}: over independent replications the mean count matches it and the
     * variance equals the mean. With R replications, (R − 1) s² / m is χ²(R − 1); the variance
     * test accepts its central 99.9 %, the mean test ±3.3 standard errors √(m / R).
     */
    @Test
    void nonHomogeneousPoissonCounts_havePoissonMeanAndVarianceOverAnyWindow() throws Exception {
        String workload = """
                rate: 100/s
                schedule:
                  - {at: 0s, diurnal: {period: 4s, peak: 1500/s, trough: 0/s, peak-at: 1s}}
                """;
        int replications = 40;
        SummaryStatistics counts = new SummaryStatistics();
        for (int r = 0; r < replications; r++) {
            // Warm-up 1.5 s, end 4.2 s: the count of requests due in [1.5 s, 4.2 s).
            counts.addValue(run(workload, "4.2s", "1.5s", r).workloads().get("clients").requests());
        }
        double mean = 750 * 2.7 + 750 / (2 * Math.PI / 4) * (Math.sin(2 * Math.PI / 4 * 3.2) - Math.sin(2 * Math.PI / 4 * 0.5));
        double standardError = Math.sqrt(mean / replications);
        assertTrue(Math.abs(counts.getMean() - mean) <= 3.3 * standardError,
                "mean count " + counts.getMean() + ", integrated rate " + mean);
        ChiSquaredDistribution chi = new ChiSquaredDistribution(null, replications - 1);
        double dispersion = (replications - 1) * counts.getVariance() / mean;
        assertTrue(dispersion >= chi.inverseCumulativeProbability(0.0005)
                        && dispersion <= chi.inverseCumulativeProbability(0.9995),
                "variance " + counts.getVariance() + " against mean " + mean + ": (R-1)s²/m = " + dispersion);
    }
}
