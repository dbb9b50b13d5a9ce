package org.distsim.cli;

import org.distsim.core.kernel.SimulationConfig;
import org.distsim.models.run.RunOptions;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioFormat;
import org.distsim.models.scenario.Units;
import picocli.CommandLine.Option;

/**
 * {@code --seed} and {@code --duration}, which replace the scenario's (a picocli mixin shared by
 * the commands that run a scenario), and what they make of a scenario's seed, end and warm-up.
 */
final class SeedDurationArgs {

    @Option(names = "--seed", paramLabel = "N", description = "Master seed, instead of the scenario's.")
    private Long seed;

    @Option(names = "--duration", paramLabel = "D", converter = DurationArg.Converter.class,
            description = "Simulated time to run, instead of the scenario's: 250us, 2ms, 1.5s, 5m, 1h.")
    private DurationArg duration;

    /** {@code --duration} as given, or null. */
    DurationArg duration() {
        return duration;
    }

    /** The run options these make: the overrides given, the scenario's values for the others. */
    RunOptions options() {
        return new RunOptions(seed, duration == null ? null : duration.nanos(), 0, null);
    }

    /**
     * Refuses a run of {@code scenario} that is absurd: a {@code --duration} that the scenario file
     * could not have said (longer than the engine's longest run, or cut into more report intervals
     * than a run may have; without it, {@code --duration 100000h} with the default one-second
     * interval filled the heap), or a run over its budget of events or memory ({@link RunBudget}),
     * whatever set its duration, unless {@code force}.
     */
    void check(Scenario scenario, boolean force) throws UserError {
        if (duration != null) {
            checkDuration(scenario);
        }
        RunBudget.check(scenario, end(scenario), force);
    }

    private void checkDuration(Scenario scenario) throws UserError {
        if (duration.nanos() <= scenario.warmupNanos()) {
            // The file's own duration must outlast its warm-up; so must this one, or nothing is measured.
            throw new UserError("--duration " + duration.text() + " ends before the scenario's warm-up of "
                    + Units.formatNanos(scenario.warmupNanos()) + " does, so nothing would be measured; use a"
                    + " longer --duration, or a shorter warm-up (--set warmup=0s)");
        }
        String problem = ScenarioFormat.durationProblem(duration.nanos(), scenario.intervalNanos());
        if (problem != null) {
            long shortest = ScenarioFormat.shortestInterval(duration.nanos());
            throw new UserError("--duration " + duration.text() + ": " + problem
                    + (duration.nanos() > SimulationConfig.MAX_END_NANOS ? ""
                            : "; use a shorter --duration, or a report-interval of at least "
                                    + Units.formatNanos(shortest) + " (--set report-interval="
                                    + Units.formatNanos(shortest) + ")"));
        }
    }

    /** The master seed a run of {@code scenario} uses. */
    long seed(Scenario scenario) {
        return seed != null ? seed : scenario.seed();
    }

    /** When a run of {@code scenario} ends, in simulated nanoseconds. */
    long end(Scenario scenario) {
        return duration != null ? duration.nanos() : scenario.durationNanos();
    }

    /** The scenario's warm-up ({@link #check} refuses a run that ends before it); cut only as a last guard. */
    long warmup(Scenario scenario) {
        return Math.min(scenario.warmupNanos(), end(scenario) - 1);
    }
}
