package org.distsim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --experiment EXP}, an experiment file read over the scenario (a picocli mixin for the
 * commands that take one, so they all document it the same way).
 */
final class ExperimentOption {

    @Option(names = "--experiment", paramLabel = "EXP",
            description = "An experiment file read over the scenario (workloads, faults, notes, duration...): see"
                    + " docs/scenario-format.md.")
    private String experiment;

    /** EXP as given, or null when not given. */
    String name() {
        return experiment;
    }

    /** EXP as a path, checked like the scenario file; null when not given. */
    Path path() throws UserError {
        return experiment == null ? null : Outcomes.scenarioFile(experiment);
    }
}
