package org.distsim.models.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.WorkloadResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioLoader;

/**
 * Independent replications of one scenario, and the statistical comparison of a figure with its
 * exact value.
 *
 * <p>Figures of one run are autocorrelated (a long queue now means a long queue a moment later), so
 * the spread of requests within a run says little about the error of its mean. Independent
 * replications do: the replication estimates are i.i.d., and their mean has standard error
 * s / √R. A figure matches theory when the exact value lies within t(0.9995, R − 1) standard errors
 * of the mean of the replications (a two-sided 99.9 % interval), widened by the histogram's
 * 0.1 % value resolution for percentiles.
 */
final class Replications {

    static final Path VALIDATION = Path.of("..", "scenarios", "validation");
    private static final double CONFIDENCE = 0.999;
    private static final double HISTOGRAM_RESOLUTION = 0.001;

    private final String label;
    private final List<RunResult> runs;

    private Replications(String label, List<RunResult> runs) {
        this.label = label;
        this.runs = runs;
    }

    /** Runs {@code count} replications (two at a time) of a validation scenario with overrides. */
    static Replications run(String file, int count, List<String> overrides) throws Exception {
        Scenario scenario = ScenarioLoader.load(VALIDATION.resolve(file), overrides);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                RunOptions options = RunOptions.defaults().withReplication(i);
                futures.add(pool.submit(() -> ScenarioRunner.run(scenario, options)));
            }
            List<RunResult> runs = new ArrayList<>();
            for (Future<RunResult> future : futures) {
                RunResult result = getUnchecked(future);
                assertTrue(result.stop().isCompleted(), result.stop().message());
                runs.add(result);
            }
            return new Replications(file + " " + overrides, runs);
        } finally {
            pool.shutdownNow();
        }
    }

    private static RunResult getUnchecked(Future<RunResult> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    /** Asserts that the replications' mean of a figure of the workload {@code clients} agrees with its exact value. */
    void assertMatches(String figure, double exact, ToDoubleFunction<WorkloadResult> extract, boolean quantised) {
        assertRunsMatch(figure, exact, run -> extract.applyAsDouble(run.workloads().get("clients")), quantised);
    }

    /** Asserts that the replications' mean of the figure {@code key} of node {@code node} agrees with its exact value. */
    void assertNodeMatches(String node, String key, double exact, boolean quantised) {
        assertRunsMatch(node + " " + key, exact, run -> run.nodes().get(node).figures().get(key).doubleValue(),
                quantised);
    }

    private void assertRunsMatch(String figure, double exact, ToDoubleFunction<RunResult> extract, boolean quantised) {
        SummaryStatistics stats = new SummaryStatistics();
        runs.forEach(run -> stats.addValue(extract.applyAsDouble(run)));
        int r = runs.size();
        double standardError = stats.getStandardDeviation() / Math.sqrt(r);
        double t = new TDistribution(null, r - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        double tolerance = t * standardError + (quantised ? HISTOGRAM_RESOLUTION * exact : 0);
        double error = stats.getMean() - exact;
        assertTrue(Math.abs(error) <= tolerance, String.format(java.util.Locale.ROOT,
                "%s: %s = %.5f, exact %.5f, error %.5f exceeds tolerance %.5f (t=%.3f x SE %.5f, R=%d)",
                label, figure, stats.getMean(), exact, error, tolerance, t, standardError, r));
    }
}
