package org.distsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.distsim.models.registry.ComponentRegistry;
import org.distsim.models.scenario.Scenario;
import org.distsim.models.scenario.ScenarioException;
import org.distsim.models.scenario.ScenarioLoader;
import org.distsim.models.scenario.SourceReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The scenario a command works on: the {@code FILE} parameter and its {@code --set} overrides (a
 * picocli mixin, so every command spells, documents and loads them the same way). Commands that
 * also read an experiment over it use {@link ScenarioArgs}, which holds this.
 */
final class ScenarioFile {

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario, a YAML file.")
    private String file;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override one scenario value by its dotted path, e.g."
                    + " --set workloads.clients.rate=950/s. Repeatable.")
    private List<String> overrides = new ArrayList<>();

    /** FILE as given, for messages and reproduce lines. */
    String file() {
        return file;
    }

    /** The {@code --set} arguments in the order given. */
    List<String> overrides() {
        return List.copyOf(overrides);
    }

    /** FILE as a path, checked (see {@link Outcomes#scenarioFile}). */
    Path path() throws UserError {
        return Outcomes.scenarioFile(file);
    }

    /**
     * The scenario read under {@code experiment} (null for none), with its {@code --set} overrides,
     * then {@code more} (a sweep point's).
     */
    Scenario load(Path experiment, List<String> more) throws UserError, ScenarioException {
        return load(experiment, more, SourceReader.FILES);
    }

    /** As {@link #load(Path, List)}, reading the files through {@code reader}. */
    Scenario load(Path experiment, List<String> more, SourceReader reader) throws UserError, ScenarioException {
        List<String> all = new ArrayList<>(overrides);
        all.addAll(more);
        return new ScenarioLoader(ComponentRegistry.standard(), reader).read(path(), experiment, all);
    }
}
