package org.distsim.models.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.distsim.models.format.ComponentCatalog;
import org.distsim.models.format.Knob;
import org.distsim.models.registry.ComponentRegistry;

/**
 * Reads a scenario: YAML text and {@code --set} overrides in, a validated, immutable
 * {@link Scenario} out, or a {@link ScenarioException} listing every problem found, each with
 * file, line, column, path, what was expected and a suggestion.
 *
 * <p>The stages are: parse the YAML strictly into a tree while recording where each key and value
 * was written ({@code YamlReader}); apply the overrides to the tree ({@code Overrides}); bind the
 * tree to records through the {@link ComponentCatalog} and the {@link Knob} annotations
 * ({@code ScenarioBinder}). A problem in the YAML of the file stops before binding, since the
 * tree would be incomplete; a bad override is reported and skipped; problems found while binding
 * are all collected.
 *
 * <p>Thread-safe: a loader holds only its immutable registry.
 */
public final class ScenarioLoader {

    private final ComponentCatalog registry;
    private final SourceReader reader;

    /**
     * A loader of the given component types. A component type whose knob default or bound does
     * not read as its own kind of value (a mistake in the component's source) is reported with an
     * {@link IllegalArgumentException} when a scenario first uses it; checking every type here
     * cost each start of {@code distsim} more than reading the scenario did.
     */
    public ScenarioLoader(ComponentCatalog registry) {
        this(registry, SourceReader.FILES);
    }

    /**
     * A loader of the given component types that reads files through {@code reader} instead of
     * the file system.
     */
    public ScenarioLoader(ComponentCatalog registry, SourceReader reader) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** Loads a scenario file (and what it {@code extends}) with the standard components. */
    public static Scenario load(Path file, List<String> overrides) throws ScenarioException {
        return new ScenarioLoader(ComponentRegistry.standard()).read(file, null, overrides);
    }

    /**
     * Loads an architecture and an experiment read over it ({@code distsim run arch.yaml
     * --experiment exp.yaml}) with the standard components.
     *
     * @param experiment  the experiment file, or null for the architecture alone
     */
    public static Scenario load(Path file, Path experiment, List<String> overrides) throws ScenarioException {
        return new ScenarioLoader(ComponentRegistry.standard()).read(file, experiment, overrides);
    }

    /** Loads scenario text with the standard components; {@code sourceName} names it in problems. */
    public static Scenario load(String sourceName, String yamlText, List<String> overrides) throws ScenarioException {
        return new ScenarioLoader(ComponentRegistry.standard()).read(sourceName, yamlText, overrides);
    }

    /**
     * Reads a scenario file (UTF-8). A file that cannot be read is reported as a problem too.
     *
     * @param overrides  {@code dotted.path=value} arguments, applied in order
     */
    public Scenario read(Path file, List<String> overrides) throws ScenarioException {
        return read(file, null, overrides);
    }

    /**
     * Reads a scenario file, what it {@code extends}, and an experiment over it (see
     * {@code ScenarioSources} for the merge).
     *
     * @param experiment  the experiment file, or null
     * @param overrides   {@code dotted.path=value} arguments, applied in order, after the merge
     */
    public Scenario read(Path file, Path experiment, List<String> overrides) throws ScenarioException {
        Problems problems = new Problems();
        ScenarioSources.Merged merged = new ScenarioSources(problems, reader).read(file, experiment);
        String source = experiment == null ? file.toString() : file + " + " + experiment;
        return bind(merged, source, overrides, problems);
    }

    /**
     * Reads scenario text; an {@code extends:} in it is relative to the directory of {@code sourceName}.
     *
     * @param sourceName         how problems name the source (a file name as given)
     * @param overrideArguments  {@code dotted.path=value} arguments, applied in order
     */
    public Scenario read(String sourceName, String yamlText, List<String> overrideArguments) throws ScenarioException {
        Problems problems = new Problems();
        ScenarioSources.Merged merged = new ScenarioSources(problems, reader).read(sourceName, yamlText);
        return bind(merged, sourceName, overrideArguments, problems);
    }

    private Scenario bind(ScenarioSources.Merged merged, String sourceName, List<String> overrideArguments,
            Problems problems) throws ScenarioException {
        JsonNode root = merged.root();
        boolean parsed = root != null && problems.isEmpty();
        // A bad override is reported and skipped; the rest of the scenario is still checked.
        Overrides overrides = Overrides.parse(overrideArguments, problems);
        Scenario scenario = null;
        if (parsed) {
            if (root instanceof ObjectNode object) {
                overrides.apply(object, merged.locations());
            }
            scenario = new ScenarioBinder(registry, merged.locations(), problems).bind(root, sourceName);
        }
        if (scenario == null) {
            throw new ScenarioException(problems.sorted());
        }
        return scenario;
    }
}
