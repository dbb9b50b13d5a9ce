package org.distsim.cli;

import java.nio.file.Path;
import java.util.List;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.SourceReader;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The scenario of {@code run}, {@code validate} and {@code explain}: {@code FILE} and its
 * {@code --set} overrides ({@link ScenarioFile}), and {@code --experiment EXP}, an experiment file
 * read over it (a picocli mixin, so the three spell, document and load them the same way).
 */
final class ScenarioArgs {

    @Mixin
    private ScenarioFile scenario = new ScenarioFile();

    @Option(names = "--experiment", paramLabel = "EXP",
            description = "An experiment file read over the scenario (workloads, faults, notes, duration...): see"
                    + " docs/scenario-format.md.")
    private String experiment;

    /** FILE and --set, without the experiment. */
    ScenarioFile scenarioFile() {
        return scenario;
    }

    /** FILE as given, for messages and reproduce lines. */
    String file() {
        return scenario.file();
    }

    /** EXP as given, or null when not given. */
    String experiment() {
        return experiment;
    }

    /** The {@code --set} arguments in the order given. */
    List<String> overrides() {
        return scenario.overrides();
    }

    /** FILE as a path, checked. */
    Path path() throws UserError {
        return scenario.path();
    }

    /** The scenario: FILE, then EXP over it when given, then the {@code --set} overrides. */
    Scenario load() throws UserError, ScenarioException {
        return load(List.of());
    }

    /** As {@link #load()}, then {@code more} overrides (a sweep point's). */
    Scenario load(List<String> more) throws UserError, ScenarioException {
        return load(more, SourceReader.FILES);
    }

    /** As {@link #load(List)}, reading the files through {@code reader}. */
    Scenario load(List<String> more, SourceReader reader) throws UserError, ScenarioException {
        scenario.path(); // a missing FILE is reported before a missing EXP
        return scenario.load(experimentPath(), more, reader);
    }

    /** EXP as a path, checked, or null when not given. */
    Path experimentPath() throws UserError {
        return experiment == null ? null : Outcomes.scenarioFile(experiment);
    }

    /** Prints what the loader warned about (valid, but probably not meant), one {@code WARNING:} per problem. */
    static void warn(java.io.PrintWriter stderr, Scenario loaded) {
        for (org.distsim.models.scenario.Problem warning : loaded.warnings()) {
            stderr.println("WARNING: " + warning.format());
        }
    }
}
