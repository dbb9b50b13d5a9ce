package org.distsim.models.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a scenario that may be spread over several files and merges them into one tree, with every
 * key and value still located in the file that wrote it.
 *
 * <p>A file may name another with {@code extends: PATH} (relative to its own directory): it is
 * then read over that file, which may extend another in turn (at most {@value #MAX_EXTENDS}
 * deep, without cycles). {@code distsim run arch.yaml --experiment exp.yaml} does the same as
 * {@code extends: arch.yaml} at the top of {@code exp.yaml}. The merge, from the first file to
 * the last, is:
 * <ul>
 * <li>a mapping over a mapping merges key by key, recursively (so an experiment can change one
 *     knob of one node, or add a node, a workload or a top-level key);</li>
 * <li>any other value replaces what was there, whole: a list is replaced, not appended to (an
 *     experiment that writes {@code faults:} gives the whole timeline), and an empty value or
 *     {@code null} sets an optional knob back to "not set";</li>
 * <li>{@code extends} itself is not part of the result.</li>
 * </ul>
 * Problems in any of the files are reported with that file's name, line and column. Locations of
 * the files are numbered from the first (most negative) to the last (0), so that problems are
 * listed in that order, before those of {@code --set} arguments (1, 2, ...).
 */
public final class ScenarioSources {

    /** The longest chain of {@code extends}. */
    public static final int MAX_EXTENDS = 8;

    /** Files larger than this are refused unread; the YAML parser's own limit is in characters. */
    static final long MAX_FILE_BYTES = 4L * YamlReader.MAX_CODE_POINTS;

    /** A merged tree and where each of its parts was written; root is null when a file could not be parsed. */
    record Merged(JsonNode root, Locations locations) {
    }

    /** One file of the chain, parsed. */
    private record Layer(String name, JsonNode root, Locations locations) {
    }

    private final Problems problems;
    private final SourceReader reader;

    ScenarioSources(Problems problems, SourceReader reader) {
        this.problems = problems;
        this.reader = reader;
    }

    /**
     * Reads the scenario file, what it extends and, when not null, the experiment over it.
     *
     * @throws ScenarioException when the named file (or the experiment) cannot be read at all
     */
    Merged read(Path file, Path experiment) throws ScenarioException {
        String text = readNamed(file, reader);
        if (experiment == null) {
            return merge(collect(file.toString(), text, null, null));
        }
        String experimentText = readNamed(experiment, reader);
        return merge(collect(experiment.toString(), experimentText, file.toString(), text));
    }

    /** Reads scenario text; an {@code extends} in it is relative to the directory of {@code sourceName}. */
    Merged read(String sourceName, String text) {
        return merge(collect(sourceName, text, null, null));
    }

    /**
     * The chain of layers, first (the root of the chain) to last (the file named, or the
     * experiment), or null when one of them could not be read or parsed (the problems say why).
     *
     * @param baseName  the file the first one is read over (--experiment), or null to follow its {@code extends}
     * @param baseText  that file's text
     */
    private List<Layer> collect(String name, String text, String baseName, String baseText) {
        List<Layer> chain = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        String currentName = name;
        String currentText = text;
        NodePath extendsPath = NodePath.ROOT.key("extends");
        Location extendedAt = null;
        for (int depth = 0; ; depth++) {
            int source = -depth;
            String fileName = currentName;
            Locations locations = new Locations(new Location(source, fileName, 1, 1));
            JsonNode root = YamlReader.read(currentText, (line, column) -> new Location(source, fileName, line, column),
                    locations, problems);
            if (root == null) {
                return null;
            }
            if (depth > 0 && !root.isObject() && !root.isMissingNode() && !Values.isEmpty(root)) {
                // An extended file that is not a mapping would silently be no base at all.
                problems.add(extendedAt, extendedAt.line() == 0 ? NodePath.ROOT : extendsPath, fileName
                        + " is not a scenario: its top level is " + (root.isTextual() ? "plain text" : Values.describe(root))
                        + ", not a mapping", "a YAML scenario file to build on", null);
                return null;
            }
            chain.add(0, new Layer(fileName, root, locations));
            seen.add(absolute(Path.of(fileName)));
            JsonNode extendsNode = root.isObject() ? root.get("extends") : null;
            if (depth == 0 && baseName != null) {
                if (extendsNode != null) {
                    problems.add(locations.key(extendsPath), extendsPath, "an experiment given with --experiment"
                            + " cannot extend another file: it is read over " + baseName,
                            "no extends: key, or the experiment alone, without --experiment", null);
                    return null;
                }
                currentName = baseName;
                currentText = baseText;
                extendedAt = new Location(-1, baseName, 0, 0);
                continue;
            }
            if (extendsNode == null || Values.isEmpty(extendsNode)) {
                return chain;
            }
            if (!extendsNode.isTextual()) {
                problems.add(locations.value(extendsPath), extendsPath, Values.describe(extendsNode)
                        + " is not a file name", "the path of the scenario this one builds on, like arch.yaml", null);
                return null;
            }
            Path resolved;
            try {
                Path directory = Path.of(fileName).getParent();
                resolved = directory == null ? Path.of(extendsNode.textValue()) : directory.resolve(extendsNode.textValue());
            } catch (InvalidPathException e) {
                problems.add(locations.value(extendsPath), extendsPath,
                        Units.quote(extendsNode.textValue()) + " is not a valid file name");
                return null;
            }
            if (seen.contains(absolute(resolved))) {
                List<String> names = new ArrayList<>();
                for (int i = chain.size() - 1; i >= 0; i--) {
                    names.add(chain.get(i).name());
                }
                names.add(resolved.toString());
                problems.add(locations.value(extendsPath), extendsPath, "the files extend one another in a cycle: "
                        + String.join(" -> ", names), "a chain of extends: that ends in a file without one", null);
                return null;
            }
            if (depth + 1 >= MAX_EXTENDS) {
                problems.add(locations.value(extendsPath), extendsPath, "more than " + MAX_EXTENDS
                        + " files extend one another", "a shorter chain of extends:", null);
                return null;
            }
            extendedAt = locations.value(extendsPath);
            String extended = readText(resolved, extendedAt, extendsPath);
            if (extended == null) {
                return null;
            }
            currentName = resolved.toString();
            currentText = extended;
        }
    }

    private Merged merge(List<Layer> layers) {
        if (layers == null) {
            return new Merged(null, null);
        }
        Layer first = layers.get(0);
        JsonNode root = first.root();
        Locations locations = first.locations();
        for (Layer layer : layers.subList(1, layers.size())) {
            if (root instanceof ObjectNode base && layer.root() instanceof ObjectNode over) {
                mergeInto(base, over, NodePath.ROOT, locations, layer.locations());
            } else if (!layer.root().isMissingNode()) {
                root = layer.root();
                locations = layer.locations();
            }
        }
        if (root instanceof ObjectNode object) {
            object.remove("extends");
        }
        return new Merged(root, locations);
    }

    private static void mergeInto(ObjectNode base, ObjectNode over, NodePath path, Locations baseLocations,
            Locations overLocations) {
        for (Map.Entry<String, JsonNode> entry : over.properties()) {
            String key = entry.getKey();
            if (path.isRoot() && key.equals("extends")) {
                continue;
            }
            NodePath child = path.key(key);
            JsonNode existing = base.get(key);
            if (existing instanceof ObjectNode baseChild && entry.getValue() instanceof ObjectNode overChild) {
                baseLocations.take(child, overLocations, false);
                mergeInto(baseChild, overChild, child, baseLocations, overLocations);
            } else {
                base.set(key, entry.getValue());
                baseLocations.take(child, overLocations, true);
            }
        }
    }

    /** The text of a file named on the command line; a failure is the only problem reported. */
    private static String readNamed(Path file, SourceReader reader) throws ScenarioException {
        Problems own = new Problems();
        String text = new ScenarioSources(own, reader).readText(file, new Location(0, file.toString(), 0, 0), NodePath.ROOT);
        if (text == null) {
            throw new ScenarioException(own.sorted());
        }
        return text;
    }

    /**
     * The UTF-8 text of a file, or null with a problem reported at {@code at}: the file itself for
     * a file named on the command line (line 0), else the {@code extends} that names it.
     */
    private String readText(Path file, Location at, NodePath path) {
        String message;
        try {
            long size = reader.size(file);
            if (size > MAX_FILE_BYTES) {
                message = "the file is too large: " + size + " bytes, at most " + MAX_FILE_BYTES;
            } else {
                byte[] bytes = reader.read(file);
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            }
        } catch (BoundedText.Unreadable e) {
            // The file system's reader refuses devices, FIFOs and files that grow past the limit.
            message = e.getMessage();
        } catch (NoSuchFileException e) {
            message = "no such file";
        } catch (CharacterCodingException e) {
            message = "the file is not valid UTF-8 text";
        } catch (IOException e) {
            message = "cannot read the file: " + e.getMessage();
        }
        problems.add(at, path, at.line() == 0 ? message : file + ": " + message);
        return null;
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }
}
