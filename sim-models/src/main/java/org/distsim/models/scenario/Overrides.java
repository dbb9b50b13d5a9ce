package org.distsim.models.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.models.format.Kind;

/**
 * Command-line overrides, {@code --set dotted.path=value}, applied to the tree before it is bound,
 * so an overridden value is validated exactly like one from the file. The value is YAML
 * ({@code 900/s}, {@code 5}, {@code {dist: constant, value: 1ms}}); list items are addressed by
 * index ({@code faults.0.at}); mapping keys missing on the way are created, unless one resembles
 * a key that exists ({@code nodes.sever.workers} beside {@code server}), which is reported instead.
 *
 * <p>A problem in an override is located in the argument: its file is {@code "--set "} and the
 * argument, its line 0, its column the 1-based position in the argument of the offending part.
 */
final class Overrides {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * The most keys in one override's path. The deepest knob of any component is a few levels down,
     * and the YAML itself may nest at most {@code YamlReader.MAX_DEPTH} levels; the limit keeps a
     * hostile path of 30 000 segments from costing quadratic time in the path operations below.
     */
    static final int MAX_PATH_SEGMENTS = 64;

    /**
     * One parsed argument.
     *
     * @param source     1 + the argument's index, for problem order
     * @param file       {@code "--set "} and the argument
     * @param segments   the path's keys and indices
     * @param columns    1-based position of each segment in the argument
     * @param value      the parsed value
     * @param locations  where each part of the value is, relative to the value
     */
    private record Override(int source, String file, List<String> segments, List<Integer> columns,
            JsonNode value, Locations locations) {

        Location at(int column) {
            return new Location(source, file, 0, column);
        }
    }

    private final List<Override> overrides = new ArrayList<>();
    private final Problems problems;

    private Overrides(Problems problems) {
        this.problems = problems;
    }

    /** Parses the arguments, reporting those that are malformed. */
    static Overrides parse(List<String> arguments, Problems problems) {
        Overrides parsed = new Overrides(problems);
        for (int i = 0; i < arguments.size(); i++) {
            parsed.parse(i + 1, arguments.get(i));
        }
        return parsed;
    }

    private void parse(int source, String argument) {
        String file = "--set " + argument;
        int equals = argument.indexOf('=');
        if (equals < 0) {
            problems.add(new Location(source, file, 0, 1), NodePath.ROOT, "an override needs the form path=value",
                    "an override like workloads.clients.rate=900/s", null);
            return;
        }
        List<String> segments = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        int start = 0;
        boolean valid = true;
        String[] parts = argument.substring(0, equals).split("\\.", -1);
        if (parts.length > MAX_PATH_SEGMENTS) {
            int column = 1;
            for (int i = 0; i < MAX_PATH_SEGMENTS; i++) {
                column += parts[i].length() + 1;
            }
            problems.add(new Location(source, file, 0, column), NodePath.ROOT, "the path has " + parts.length
                    + " keys; at most " + MAX_PATH_SEGMENTS + " are allowed", "a dotted path like nodes.server.workers",
                    null);
            return;
        }
        for (String segment : parts) {
            if (segment.isEmpty()) {
                problems.add(new Location(source, file, 0, start + 1), new NodePath(segments),
                        "an empty key in the path of the override", "a dotted path like nodes.server.workers", null);
                valid = false;
            }
            segments.add(segment);
            columns.add(start + 1);
            start += segment.length() + 1;
        }
        if (valid && segments.get(0).equals("extends")) {
            // The base file is merged in before any override applies, so this one would be ignored
            // silently; the way to change the base from the command line is an experiment.
            problems.add(new Location(source, file, 0, 1), new NodePath(segments), "extends cannot be overridden:"
                    + " the base file is read before any --set applies, so this one would be ignored",
                    "extends: written in the scenario file, or an experiment file given with --experiment", null);
            return;
        }
        String text = argument.substring(equals + 1);
        Location valueStart = new Location(source, file, 0, equals + 2);
        Locations locations = new Locations(valueStart);
        JsonNode value = YamlReader.read(text, (line, column) -> new Location(source, file, 0, equals + 1 + column),
                locations, problems);
        if (value == null || !valid) {
            return;
        }
        if (value.isMissingNode()) {
            value = NODES.nullNode();
            locations.putValue(NodePath.ROOT, valueStart);
        }
        overrides.add(new Override(source, file, List.copyOf(segments), List.copyOf(columns), value, locations));
    }

    /**
     * A node or workload that an override created by setting one of its knobs: an error unless a
     * later override gives it a {@code type} (which builds a component knob by knob).
     */
    private record Created(Kind kind, ObjectNode section, List<String> declared, Location at, String knob) {
    }

    private final Map<NodePath, Created> created = new LinkedHashMap<>();

    /** Applies every override, in order, to the scenario tree; later ones win. */
    void apply(ObjectNode root, Locations locations) {
        for (Override override : overrides) {
            apply(root, override, locations);
        }
        for (Map.Entry<NodePath, Created> entry : created.entrySet()) {
            NodePath path = entry.getKey();
            Created made = entry.getValue();
            JsonNode component = made.section().get(path.last());
            if (component != null && component.isObject() && !component.has("type")) {
                // A knob of a component that does not exist; "missing type" would hide the real mistake.
                List<String> declared = made.declared().stream().filter(name -> !name.equals(path.last())).toList();
                String noun = made.kind().noun();
                problems.add(made.at(), path, "there is no " + noun + " \"" + path.last() + "\" to set " + made.knob()
                        + " on", (declared.isEmpty() ? "" : "a declared " + noun + ", " + Suggestions.oneOf(declared)
                                + "; or ") + "a whole new " + noun + ": " + path.dotted() + "={type: ..., ...}", null);
                made.section().remove(path.last());
            }
        }
    }

    private void apply(ObjectNode root, Override override, Locations locations) {
        JsonNode container = root;
        NodePath path = NodePath.ROOT;
        List<String> segments = override.segments();
        for (int k = 0; k < segments.size(); k++) {
            String segment = segments.get(k);
            Location at = override.at(override.columns().get(k));
            NodePath child = path.key(segment);
            boolean last = k == segments.size() - 1;
            if (container instanceof ObjectNode object) {
                JsonNode next = object.get(segment);
                if (last) {
                    object.set(segment, override.value());
                } else if (next == null || Values.isEmpty(next)) {
                    String closest = next == null ? Suggestions.closest(segment, keys(object)) : null;
                    if (closest != null) {
                        // Almost certainly a typo: creating "sever" beside "server" would only fail later, and worse.
                        problems.add(at, child, "no key \"" + segment + "\" at " + where(path),
                                "an existing key, or set the whole new mapping: " + child.dotted() + "={...}",
                                path.key(closest).dotted());
                        return;
                    }
                    next = NODES.objectNode();
                    object.set(segment, next);
                    Kind section = componentSection(path);
                    if (section != null && !created.containsKey(child)) {
                        created.put(child, new Created(section, object, keys(object), at,
                                String.join(".", segments.subList(k + 1, segments.size()))));
                    }
                    locations.removeValue(child);
                    locations.putKey(child, at);
                    locations.putValue(child, at);
                }
                container = next;
            } else if (container instanceof ArrayNode array) {
                Integer index = index(segment);
                if (index == null || index >= array.size()) {
                    String expected = array.isEmpty() ? "nothing: the list is empty"
                            : "an index from 0 to " + (array.size() - 1);
                    problems.add(at, child, index == null
                            ? path.dotted() + " is a list; \"" + segment + "\" is not an index"
                            : path.dotted() + " has " + array.size() + (array.size() == 1 ? " item" : " items")
                                    + "; there is no item " + segment, expected, null);
                    return;
                }
                if (last) {
                    array.set(index, override.value());
                }
                container = array.get(index);
            } else {
                problems.add(at, child, path.dotted() + " is a single value, so it has no key \"" + segment + "\"",
                        null, suggestSibling(root, path));
                return;
            }
            path = child;
        }
        locations.removeValue(path);
        locations.putKey(path, override.at(override.columns().get(segments.size() - 1)));
        locations.putAll(path, override.locations());
    }

    /**
     * When the path runs into a single value, the author probably misspelt the key before it:
     * suggest a sibling that does hold a mapping or list ("nodes.server.service-time" for a
     * misspelt "nodes.server.service-tim").
     */
    private static String suggestSibling(ObjectNode root, NodePath scalar) {
        if (scalar.isRoot()) {
            return null;
        }
        JsonNode parent = root;
        for (String segment : scalar.parent().segments()) {
            parent = parent.isArray() ? parent.path(index(segment) == null ? -1 : index(segment)) : parent.path(segment);
        }
        JsonNode level = parent;
        List<String> containers = keys(level).stream().filter(name -> level.get(name).isContainerNode()).toList();
        String closest = Suggestions.closest(scalar.last(), containers);
        return closest == null ? null : scalar.parent().key(closest).dotted();
    }

    /** The kind of the components directly under {@code path} ({@code nodes} or {@code workloads}), or null. */
    private static Kind componentSection(NodePath path) {
        for (Kind kind : Kind.values()) {
            if (path.segments().equals(List.of(kind.section()))) {
                return kind;
            }
        }
        return null;
    }

    private static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static String where(NodePath path) {
        return path.isRoot() ? "the top level" : path.dotted();
    }

    private static Integer index(String segment) {
        if (segment.isEmpty() || segment.length() > 9 || !segment.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(segment);
    }
}
