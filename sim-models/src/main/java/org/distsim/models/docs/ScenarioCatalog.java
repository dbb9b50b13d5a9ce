package org.distsim.models.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scenarios in a directory, for {@code distsim list}: every {@code .yaml} file, those at the
 * top first and then those in subdirectories, each sorted by path, with a one-line description
 * (the first sentence of its {@code description:}, or its {@code name:}). Files are only read, not
 * validated: a broken scenario is listed with what is wrong, so the list never hides one.
 */
public final class ScenarioCatalog {

    /** How deep subdirectories are searched ({@code scenarios/validation/mm1.yaml} is depth 2). */
    static final int MAX_DEPTH = 4;

    private static final YAMLMapper YAML = new YAMLMapper();

    /**
     * One scenario file.
     *
     * @param path     the file, relative to the directory listed, with {@code /} between names
     * @param summary  its one-line description
     */
    public record Entry(String path, String summary) {
    }

    private ScenarioCatalog() {
    }

    /** The scenarios under {@code directory}, in listing order. */
    public static List<Entry> list(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory, MAX_DEPTH)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .map(directory::relativize)
                    .sorted(Comparator.comparingInt(Path::getNameCount).thenComparing(Path::toString))
                    .toList();
        }
        List<Entry> entries = new ArrayList<>();
        for (Path file : files) {
            entries.add(new Entry(slashes(file), summary(directory.resolve(file))));
        }
        return entries;
    }

    /** The first sentence of the scenario's description, or its name, or what keeps it from being read. */
    static String summary(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return "(cannot be read; run distsim validate on it)";
        }
        if (root == null || !root.isObject()) {
            return "(not a scenario)";
        }
        String description = root.path("description").asText("").strip();
        if (!description.isEmpty()) {
            return firstSentence(description);
        }
        String name = root.path("name").asText("").strip();
        return name.isEmpty() ? "(no name or description)" : name;
    }

    /** Up to the first full stop followed by a space (or the end), on one line. */
    static String firstSentence(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        int end = oneLine.indexOf(". ");
        return end < 0 ? oneLine : oneLine.substring(0, end + 1);
    }

    private static String slashes(Path relative) {
        List<String> names = new ArrayList<>();
        relative.forEach(name -> names.add(name.toString()));
        return String.join("/", names);
    }
}
