package org.distsim.models.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.distsim.models.format.Names;

/**
 * The {@code vars:} section: named values that the rest of the scenario uses as {@code ${name}}.
 * A value that is exactly {@code ${name}} becomes the variable's value whatever it is (a number, a
 * rate, a whole distribution mapping); {@code ${name}} inside a longer text is replaced by the
 * variable's text, which must then be a scalar. Substitution happens once, on the tree, after the
 * {@code --set} overrides (so {@code --set vars.rate=900/s} changes every use) and before anything
 * is bound; a variable's own value is not searched for further variables. An unknown name is a
 * problem at the use, with the closest name.
 */
final class Vars {

    static final String SECTION = "vars";

    private static final Pattern USE = Pattern.compile("\\$\\{([^}]*)}");

    private final Locations locations;
    private final Problems problems;

    Vars(Locations locations, Problems problems) {
        this.locations = locations;
        this.problems = problems;
    }

    /** Replaces every use of a variable in the tree outside {@code vars:}. */
    void substitute(JsonNode root) {
        if (!(root instanceof ObjectNode object)) {
            return;
        }
        JsonNode section = object.get(SECTION);
        NodePath sectionPath = NodePath.ROOT.key(SECTION);
        ObjectNode vars = null;
        if (section != null && !Values.isEmpty(section)) {
            if (!(section instanceof ObjectNode mapping)) {
                problems.add(locations.value(sectionPath), sectionPath, Values.describe(section) + " is not a mapping",
                        "a mapping of names to values, like {rate: 800/s, cache-size: 1000}", null);
                return;
            }
            vars = mapping;
            for (Map.Entry<String, JsonNode> entry : vars.properties()) {
                if (!Names.isValidName(entry.getKey())) {
                    NodePath path = sectionPath.key(entry.getKey());
                    problems.add(locations.key(path), path, "invalid variable name " + Units.quote(entry.getKey()),
                            Names.NAME_RULE, Names.repairName(entry.getKey()));
                }
            }
        }
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (!entry.getKey().equals(SECTION)) {
                JsonNode replaced = walk(entry.getValue(), NodePath.ROOT.key(entry.getKey()), vars);
                if (replaced != null) {
                    entry.setValue(replaced);
                }
            }
        }
    }

    /** Substitutes below {@code node}; returns the node to put in its place, or null to keep it. */
    private JsonNode walk(JsonNode node, NodePath path, ObjectNode vars) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                JsonNode replaced = walk(entry.getValue(), path.key(entry.getKey()), vars);
                if (replaced != null) {
                    entry.setValue(replaced);
                }
            }
            return null;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode replaced = walk(array.get(i), path.index(i), vars);
                if (replaced != null) {
                    array.set(i, replaced);
                }
            }
            return null;
        }
        if (!node.isTextual() || !node.textValue().contains("${")) {
            return null;
        }
        return replace(node.textValue(), path, vars);
    }

    private JsonNode replace(String text, NodePath path, ObjectNode vars) {
        Matcher use = USE.matcher(text);
        if (use.matches()) {
            JsonNode value = lookup(use.group(1), path, vars);
            if (value == null) {
                return null;
            }
            if (value.isContainerNode()) {
                locations.copySubtree(NodePath.ROOT.key(SECTION).key(use.group(1)), path);
            }
            return value.deepCopy();
        }
        StringBuilder out = new StringBuilder();
        int end = 0;
        use.reset();
        while (use.find()) {
            out.append(text, end, use.start());
            JsonNode value = lookup(use.group(1), path, vars);
            if (value == null) {
                return null;
            }
            if (value.isContainerNode()) {
                problems.add(locations.value(path), path, "${" + use.group(1) + "} is a " + (value.isArray() ? "list"
                        : "mapping") + " and cannot stand inside a text", "the variable alone as the whole value", null);
                return null;
            }
            out.append(value.isTextual() ? value.textValue() : value.asText());
            end = use.end();
        }
        out.append(text.substring(end));
        return TextNode.valueOf(out.toString());
    }

    /** The value of a variable, or null when the use was reported. */
    private JsonNode lookup(String name, NodePath path, ObjectNode vars) {
        JsonNode value = vars == null ? null : vars.get(name);
        if (value != null) {
            return value;
        }
        List<String> names = new ArrayList<>();
        if (vars != null) {
            vars.fieldNames().forEachRemaining(names::add);
        }
        problems.add(locations.value(path), path, "unknown variable " + Units.quote(name),
                names.isEmpty() ? "a variable declared under vars:, and there is none"
                        : "a variable, " + Suggestions.oneOf(names),
                Suggestions.closest(name, names));
        return null;
    }
}
