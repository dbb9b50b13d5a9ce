package org.distsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.TimeSeries;
import org.distsim.core.result.WorkloadResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.distsim.reports.RunReport;
import org.distsim.reports.SloOutcome;
import org.distsim.reports.TextReport;
import org.junit.jupiter.api.Assumptions;

/**
 * One bundled scenario, loaded from {@code scenarios/NAME.yaml}, run once with its own seed, and
 * the figures its lesson test reads.
 *
 * <p>The text report is rendered with the same reproduce line that {@code ./distsim run
 * scenarios/NAME.yaml} prints from the repository root, so the expected file
 * {@code scenarios/expected/NAME.txt} is exactly what a user sees. It is compared byte for byte;
 * {@code -Dbless=true} rewrites it instead (see scenarios/README.md).
 */
final class Lesson {

    /** The scenarios directory; Maven runs the tests from it, and says so in this property. */
    static final Path DIR = Path.of(System.getProperty("distsim.scenarios.dir", "."));

    /** Rewrite the expected reports instead of comparing them (the {@code -Dbless=true} switch). */
    static final boolean BLESS = Boolean.parseBoolean(System.getProperty("distsim.bless", "false"));

    /**
     * Runs every lesson with this seed instead of the file's ({@code -Dseed=N}), to check that a
     * lesson is not an accident of one seed; the expected reports are then not compared.
     */
    static final String SEED_OVERRIDE = System.getProperty("distsim.lesson.seed", "");

    static final String BLESS_COMMAND = "mvn -B -ntp -pl scenarios -am test -Dtest='*LessonTest'"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dbless=true";

    private final String name;
    private final RunResult result;
    private final String report;
    private final List<SloOutcome> slos;

    private Lesson(String name, RunResult result, String report, List<SloOutcome> slos) {
        this.name = name;
        this.result = result;
        this.report = report;
        this.slos = slos;
    }

    /** The lessons run so far in this JVM, by name: a lesson test and the figure checks share one run. */
    private static final Map<String, Lesson> RUNS = new ConcurrentHashMap<>();

    /** Loads and runs {@code scenarios/<name>.yaml} with the seed the file declares (once per JVM). */
    static Lesson run(String name) {
        return RUNS.computeIfAbsent(name, Lesson::load);
    }

    private static Lesson load(String name) {
        Path file = DIR.resolve(name + ".yaml");
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(file, List.of());
        } catch (ScenarioException e) {
            throw new AssertionError(file + " does not load: " + e.problems(), e);
        }
        assertEquals(name, scenario.name(), "the scenario's name is its file name");
        RunOptions options = SEED_OVERRIDE.isBlank() ? RunOptions.defaults()
                : RunOptions.defaults().withSeed(Long.parseLong(SEED_OVERRIDE.trim()));
        RunResult result = ScenarioRunner.run(scenario, options);
        assertTrue(result.stop().isCompleted(), () -> name + " stopped early: " + result.stop());
        RunReport runReport = RunReport.of(result, reproduceCommand(name, result.seed()));
        String report = TextReport.render(runReport, false);
        return new Lesson(name, result, report, runReport.slos());
    }

    /**
     * Whether every objective of the file about {@code workload} held. A broken objective is not a
     * test failure: the variant a lesson argues against breaks its SLO on purpose (and distsim run
     * then exits 1); the lesson tests assert which workloads hold and which break.
     */
    boolean sloHeld(String workload) {
        List<SloOutcome> mine = slos.stream().filter(o -> o.objective().workload().equals(workload)).toList();
        assertTrue(!mine.isEmpty(), () -> name + " has no objective for workload " + workload);
        return mine.stream().allMatch(SloOutcome::held);
    }

    List<SloOutcome> slos() {
        return slos;
    }

    /** What {@code ./distsim run scenarios/<name>.yaml} prints as its last line, run from the repository root. */
    static String reproduceCommand(String name, long seed) {
        return "./distsim run scenarios/" + name + ".yaml --seed " + seed;
    }

    RunResult result() {
        return result;
    }

    String report() {
        return report;
    }

    /**
     * Compares the report with {@code scenarios/expected/<name>.txt} byte for byte, or (with
     * {@code -Dbless=true}) writes it there.
     */
    void assertMatchesExpected() throws IOException {
        Assumptions.assumeTrue(SEED_OVERRIDE.isBlank(), "the expected report is for the file's own seed");
        Path expected = DIR.resolve("expected").resolve(name + ".txt");
        if (BLESS) {
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, report, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(expected)) {
            fail("no expected report " + expected + "; create it on purpose with: " + BLESS_COMMAND);
        }
        String want = Files.readString(expected, StandardCharsets.UTF_8);
        if (!want.equals(report)) {
            fail("the report of " + name + " differs from " + expected + " " + firstDifference(want, report)
                    + "\nIf the change is intended, re-bless with: " + BLESS_COMMAND);
        }
    }

    private static String firstDifference(String want, String got) {
        String[] a = want.split("\n", -1);
        String[] b = got.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end of file>";
            String y = i < b.length ? b[i] : "<end of report>";
            if (!x.equals(y)) {
                return "at line " + (i + 1) + ":\n  expected: " + x + "\n  actual:   " + y;
            }
        }
        return "(in line endings)";
    }

    WorkloadResult workload(String workload) {
        WorkloadResult w = result.workloads().get(workload);
        assertNotNull(w, () -> name + " has no workload " + workload);
        return w;
    }

    double p50(String workload) {
        return workload(workload).latency().p50();
    }

    double p99(String workload) {
        return workload(workload).latency().p99();
    }

    double availability(String workload) {
        return workload(workload).availability();
    }

    /** A workload's own figure ({@code read_p99_ms}, {@code ryw_violations}, ...). */
    double workloadFigure(String workload, String figure) {
        Number value = workload(workload).figures().get(figure);
        assertNotNull(value, () -> name + ": workload " + workload + " has no figure " + figure);
        return value.doubleValue();
    }

    /** A node's figure ({@code utilisation_mean}, {@code lost_writes}, ...). */
    double node(String node, String figure) {
        var n = result.nodes().get(node);
        assertNotNull(n, () -> name + " has no node " + node);
        Number value = n.figures().get(figure);
        assertNotNull(value, () -> name + ": node " + node + " has no figure " + figure);
        return value.doubleValue();
    }

    /** A time-series column, one value per interval (null where undefined). */
    List<Double> series(String column) {
        List<Double> values = result.series().values(column);
        assertNotNull(values, () -> name + " has no time-series column " + column);
        return values;
    }

    /** The start of each interval, in seconds. */
    double intervalStartSeconds(int index) {
        TimeSeries series = result.series();
        return series.startNanos().get(index) / 1e9;
    }

    /**
     * The start (in seconds) of the first interval at or after {@code fromSeconds} from which
     * {@code column} stays at or above {@code threshold} in every later interval that has a value;
     * empty when it never does.
     */
    OptionalDouble recoveredAt(String column, double threshold, double fromSeconds) {
        List<Double> values = series(column);
        int recovered = -1;
        for (int i = values.size() - 1; i >= 0 && intervalStartSeconds(i) >= fromSeconds; i--) {
            Double v = values.get(i);
            if (v != null && v < threshold) {
                break;
            }
            recovered = i;
        }
        return recovered < 0 ? OptionalDouble.empty() : OptionalDouble.of(intervalStartSeconds(recovered));
    }

    /** The largest value of a column over the run. */
    double max(String column) {
        return series(column).stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
    }

    // Comparisons that print both sides when they fail.

    static void assertBelow(double actual, double bound, String what) {
        assertTrue(actual < bound, () -> what + ": expected below " + bound + ", got " + actual);
    }

    static void assertAbove(double actual, double bound, String what) {
        assertTrue(actual > bound, () -> what + ": expected above " + bound + ", got " + actual);
    }

    static void assertBetween(double actual, double low, double high, String what) {
        assertTrue(actual >= low && actual <= high,
                () -> what + ": expected between " + low + " and " + high + ", got " + actual);
    }
}
