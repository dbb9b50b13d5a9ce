package org.distsim.models.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads a scenario: YAML text and {@code --set} overrides in, a validated, immutable
 * {@link Scenario} out, or a {@link ScenarioException} listing every problem found, each with
 * file, line, column, path, what was expected and a suggestion.
 *
 * <p>The stages are: parse the YAML strictly into a tree while recording where each key and value
 * was written ({@code YamlReader}); apply the overrides to the tree ({@code Overrides}); bind the
 * tree to records through the {@link ComponentRegistry} and the {@link Knob} annotations
 * ({@code ScenarioBinder}). A problem in the YAML of the file stops before binding, since the
 * tree would be incomplete; a bad override is reported and skipped; problems found while binding
 * are all collected.
 *
 * <p>Thread-safe: a loader holds only its immutable registry.
 */
public final class ScenarioLoader {

    /** Files larger than this are refused unread; the YAML parser's own limit is in characters. */
    private static final long MAX_FILE_BYTES = 4L * YamlReader.MAX_CODE_POINTS;

    private final ComponentRegistry registry;

    public ScenarioLoader(ComponentRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Loads a scenario file with the standard components. */
    public static Scenario load(Path file, List<String> overrides) throws ScenarioException {
        return new ScenarioLoader(ComponentRegistry.standard()).read(file, overrides);
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
        String source = file.toString();
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw fail(source, "the file is too large: " + Files.size(file) + " bytes, at most " + MAX_FILE_BYTES);
            }
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (NoSuchFileException e) {
            throw fail(source, "no such file");
        } catch (CharacterCodingException e) {
            throw fail(source, "the file is not valid UTF-8 text");
        } catch (IOException e) {
            throw fail(source, "cannot read the file: " + e.getMessage());
        }
        return read(source, text, overrides);
    }

    /**
     * Reads scenario text.
     *
     * @param sourceName         how problems name the source (a file name as given)
     * @param overrideArguments  {@code dotted.path=value} arguments, applied in order
     */
    public Scenario read(String sourceName, String yamlText, List<String> overrideArguments) throws ScenarioException {
        Problems problems = new Problems();
        Locations locations = new Locations(new Location(0, sourceName, 1, 1));
        JsonNode root = YamlReader.read(yamlText, (line, column) -> new Location(0, sourceName, line, column),
                locations, problems);
        boolean parsed = problems.isEmpty();
        // A bad override is reported and skipped; the rest of the scenario is still checked.
        Overrides overrides = Overrides.parse(overrideArguments, problems);
        Scenario scenario = null;
        if (parsed) {
            if (root instanceof ObjectNode object) {
                overrides.apply(object, locations);
            }
            scenario = new ScenarioBinder(registry, locations, problems).bind(root, sourceName);
        }
        if (scenario == null) {
            throw new ScenarioException(problems.sorted());
        }
        return scenario;
    }

    private static ScenarioException fail(String source, String message) {
        return new ScenarioException(List.of(new Problem(source, 0, 0, "", message, null, null)));
    }
}
