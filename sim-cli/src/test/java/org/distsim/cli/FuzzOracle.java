package org.distsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.distsim.core.figure.Figure;
import org.distsim.core.result.LatencySummary;
import org.distsim.core.result.NodeResult;
import org.distsim.core.result.RunResult;
import org.distsim.core.result.WorkloadResult;
import org.distsim.models.run.RunOptions;
import org.distsim.models.run.ScenarioRunner;
import org.distsim.models.scenario.Problem;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.distsim.reports.JsonReport;
import org.distsim.reports.RunReport;
import org.distsim.reports.TextReport;

/**
 * What must hold for any scenario file, however hostile: it is refused as bad input with every
 * problem located at a line and column and no internals in the message, or it runs within its
 * event budget to a result whose figures are possible (the engine's own invariants, checked at the
 * end of every run, come on top) and which every report renders. Anything else is what the command
 * line would turn into exit 3: a bug.
 */
final class FuzzOracle {

    /** Simulated time of a fuzzed run: long enough for faults and timeouts, short enough for thousands of cases. */
    static final long MAX_RUN_NANOS = 1_000_000_000L;
    /** The event budget of a fuzzed run. */
    static final long MAX_EVENTS = 30_000;

    /** How a case ended: loaded or refused, and the run's stop kind. */
    record Outcome(boolean refused, String stop) {
    }

    private FuzzOracle() {
    }

    /**
     * Loads and runs the scenario file, and returns how it ended.
     *
     * @throws AssertionError naming what broke, when anything above does not hold
     */
    static Outcome check(Path file) {
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(file, List.of());
        } catch (ScenarioException e) {
            for (Problem problem : e.problems()) {
                boolean summary = problem.line() == 0 && problem.message().endsWith("fix these first");
                require(summary || (problem.line() >= 1 && problem.column() >= 1), "a problem without line:column: "
                        + problem.format());
                requireClean(problem.format());
            }
            return new Outcome(true, "refused");
        }
        long end = Math.min(scenario.durationNanos(), MAX_RUN_NANOS);
        RunOptions options = RunOptions.defaults().withDuration(end).withMaxEvents(MAX_EVENTS);
        RunResult result = ScenarioRunner.run(scenario, options);
        require(result.events() <= MAX_EVENTS, "ran " + result.events() + " events, over the budget of " + MAX_EVENTS);
        require(result.durationNanos() <= end, "covered " + result.durationNanos() + " ns of a " + end + " ns run");
        double endMs = end / 1e6;
        result.workloads().forEach((name, w) -> workload(name, w, endMs));
        result.nodes().forEach(FuzzOracle::node);
        RunReport report = RunReport.of(result, "distsim run fuzz.yaml");
        requireClean(TextReport.render(report, false));
        JsonReport.render(report);
        return new Outcome(false, result.stop().kind().name());
    }

    private static void workload(String name, WorkloadResult w, double endMs) {
        require(w.requests() >= 0 && w.ok() >= 0 && w.failed() >= 0 && w.unknown() >= 0 && w.inFlight() >= 0,
                name + ": a negative count");
        if (w.availability() != null) {
            require(w.availability() >= 0 && w.availability() <= 1, name + ": availability " + w.availability());
        }
        require(Double.isFinite(w.throughputRps()) && w.throughputRps() >= 0, name + ": throughput " + w.throughputRps());
        LatencySummary l = w.latency();
        if (l.count() == 0) {
            return;
        }
        List<Double> ordered = new ArrayList<>(List.of(l.p50(), l.p95(), l.p99(), l.p999(), l.max()));
        double previous = 0;
        for (Double value : ordered) {
            require(value != null && value >= previous, name + ": percentiles out of order: " + ordered);
            previous = value;
        }
        // A latency is measured inside the run; HdrHistogram reports values to 3 significant digits.
        require(l.max() <= endMs * 1.001 + 1e-6, name + ": max latency " + l.max() + " ms in a " + endMs + " ms run");
        require(l.mean() != null && l.mean() >= 0 && l.mean() <= l.max() * 1.001 + 1e-6, name + ": mean " + l.mean());
    }

    /** Every figure within its declared unit's range (the engine checks the same; this is the fuzzer's own look). */
    private static void node(String name, NodeResult node) {
        for (Figure figure : node.figures()) {
            Double x = figure.doubleValue();
            if (x == null || Double.isNaN(x)) {
                continue;
            }
            require(figure.spec().unit().admits(x), name + "." + figure.key() + " = " + x + ", outside "
                    + figure.spec().unit() + "'s range");
        }
    }

    /** Text a user reads: no Java or Jackson internals. */
    private static void requireClean(String text) {
        for (String internal : new String[] {"Exception", "com.fasterxml", "java.lang", "\tat org.", "StreamReadConstraints"}) {
            require(!text.contains(internal), "internals in a message: " + text);
        }
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
