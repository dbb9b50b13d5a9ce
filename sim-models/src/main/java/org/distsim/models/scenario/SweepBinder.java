package org.distsim.models.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Binds the optional {@code sweep:} section: a list of {@code {param, values}} or
 * {@code {param, from, to, steps}} entries, or the same with {@code {name, params}} for a
 * parameter that sets several paths together. Names and paths are each swept once. The path of each parameter is checked against the
 * file itself (every key before the last must exist, a near-miss gets a suggestion), so a typo is
 * reported at its line rather than when the sweep runs; each value is later applied as a
 * {@code --set} override and validated like one.
 */
final class SweepBinder {

    private static final String EXPECTED =
            "a list like [{param: workloads.clients.rate, values: [500/s, 800/s]}],"
                    + " [{param: workloads.clients.rate, from: 500/s, to: 950/s, steps: 10}]"
                    + " or [{name: cache-size, params: [nodes.c1.capacity, nodes.c2.capacity], values: [1000, 5000]}]";

    private final Binder binder;
    private final Locations locations;
    private final Problems problems;

    SweepBinder(Binder binder, Locations locations, Problems problems) {
        this.binder = binder;
        this.locations = locations;
        this.problems = problems;
    }

    /** The swept parameters in file order; empty when there is no sweep or it has problems. */
    List<SweepParameter> bind(JsonNode root) {
        JsonNode node = root.get("sweep");
        NodePath path = NodePath.ROOT.key("sweep");
        List<SweepParameter> parameters = new ArrayList<>();
        if (node == null || Values.isEmpty(node)) {
            return parameters;
        }
        if (!node.isArray()) {
            problems.add(locations.value(path), path, Values.describe(node) + " is not a list", EXPECTED, null);
            return parameters;
        }
        Set<String> names = new LinkedHashSet<>();
        Set<String> swept = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            NodePath itemPath = path.index(i);
            ScenarioFormat.SweepEntry entry =
                    binder.bindRecord(ScenarioFormat.SweepEntry.class, node.get(i), itemPath, List.of());
            if (entry == null) {
                continue;
            }
            List<String> paths = paths(root, entry, itemPath, swept);
            if (paths == null) {
                continue;
            }
            String name = entry.name() != null ? entry.name() : entry.param();
            NodePath namePath = itemPath.key(entry.name() != null ? "name" : "param");
            if (name.isBlank()) {
                problems.add(locations.value(namePath), namePath, "an empty name", "a name like cache-size", null);
                continue;
            }
            if (!names.add(name)) {
                problems.add(locations.value(namePath), namePath, "the name \"" + name + "\" is used twice",
                        "each parameter under a name of its own", null);
                continue;
            }
            List<String> values = values(entry, itemPath);
            if (values != null) {
                parameters.add(new SweepParameter(name, paths, values));
            }
        }
        return parameters;
    }

    /**
     * The entry's paths, each checked against the file and against the paths swept before it
     * (in this entry or an earlier one), which {@code swept} collects; null after a problem.
     */
    private List<String> paths(JsonNode root, ScenarioFormat.SweepEntry entry, NodePath itemPath, Set<String> swept) {
        if (entry.param() != null && entry.params() != null) {
            problems.add(locations.key(itemPath.key("params")), itemPath,
                    "param and params are two ways to give the paths; use one", EXPECTED, null);
            return null;
        }
        if (entry.param() == null && entry.params() == null) {
            problems.add(locations.value(itemPath), itemPath, "a sweep entry needs param: (one path)"
                    + " or params: (several, with a name:)", EXPECTED, null);
            return null;
        }
        if (entry.params() != null && (entry.params().isEmpty() || entry.name() == null)) {
            NodePath where = itemPath.key("params");
            problems.add(locations.value(where), where, entry.params().isEmpty() ? "at least one path is needed"
                    : "params: needs a name: for reports to show", EXPECTED, null);
            return null;
        }
        List<String> paths = entry.params() != null ? entry.params() : List.of(entry.param());
        boolean ok = true;
        for (int k = 0; k < paths.size(); k++) {
            NodePath pathPath = entry.params() != null ? itemPath.key("params").index(k) : itemPath.key("param");
            if (!swept.add(paths.get(k))) {
                problems.add(locations.value(pathPath), pathPath, "\"" + paths.get(k) + "\" is swept twice",
                        "each path once, in one parameter with all its values", null);
                ok = false;
            } else if (!checkPath(root, paths.get(k), pathPath)) {
                ok = false;
            }
        }
        return ok ? paths : null;
    }

    private List<String> values(ScenarioFormat.SweepEntry entry, NodePath itemPath) {
        boolean range = entry.from() != null || entry.to() != null || entry.steps() != null;
        if (entry.values() != null && range) {
            problems.add(locations.key(itemPath.key("values")), itemPath,
                    "values and from/to/steps are two ways to give the values; use one", EXPECTED, null);
            return null;
        }
        if (entry.values() != null) {
            if (entry.values().isEmpty()) {
                NodePath valuesPath = itemPath.key("values");
                problems.add(locations.value(valuesPath), valuesPath, "at least one value is needed", EXPECTED, null);
                return null;
            }
            return entry.values();
        }
        if (entry.from() == null || entry.to() == null || entry.steps() == null) {
            problems.add(locations.value(itemPath), itemPath, "a sweep entry needs values:, or all of from:, to: and steps:",
                    EXPECTED, null);
            return null;
        }
        try {
            return SweepValues.range(entry.from(), entry.to(), entry.steps());
        } catch (IllegalArgumentException e) {
            problems.add(locations.value(itemPath.key("from")), itemPath, e.getMessage(),
                    "from: and to: as numbers in one unit, like from: 500/s, to: 950/s", null);
            return null;
        }
    }

    /** Every key of the path but the last exists in the file (the last may be a knob left at its default). */
    private boolean checkPath(JsonNode root, String dotted, NodePath paramPath) {
        String[] segments = dotted.split("\\.", -1);
        JsonNode container = root;
        List<String> walked = new ArrayList<>();
        for (int k = 0; k < segments.length; k++) {
            String segment = segments[k];
            if (segment.isEmpty()) {
                problems.add(locations.value(paramPath), paramPath, "an empty key in the path \"" + dotted + "\"",
                        "a dotted path like workloads.clients.rate", null);
                return false;
            }
            boolean last = k == segments.length - 1;
            JsonNode next = container.isArray() && segment.chars().allMatch(Character::isDigit) && segment.length() < 9
                    ? container.get(Integer.parseInt(segment)) : container.isObject() ? container.get(segment) : null;
            if (next == null && !(last && container.isObject())) {
                String where = walked.isEmpty() ? "the top level" : String.join(".", walked);
                String closest = Suggestions.closest(segment, keysOf(container));
                String prefix = walked.isEmpty() ? "" : String.join(".", walked) + ".";
                problems.add(locations.value(paramPath), paramPath, "no \"" + segment + "\" at " + where
                                + " of the scenario", "a path to a value of the scenario, as --set takes it",
                        closest == null ? null : prefix + closest + (last ? "" : "." + String.join(".",
                                java.util.Arrays.asList(segments).subList(k + 1, segments.length))));
                return false;
            }
            if (next == null) {
                // The last key, absent from its mapping: a knob left at its default, which --set can still set.
                String closest = Suggestions.closest(segment, keysOf(container));
                if (closest != null && !closest.equals(segment)) {
                    String prefix = walked.isEmpty() ? "" : String.join(".", walked) + ".";
                    problems.add(locations.value(paramPath), paramPath, "no \"" + segment + "\" at "
                                    + (walked.isEmpty() ? "the top level" : String.join(".", walked)),
                            "a path to a value of the scenario, as --set takes it", prefix + closest);
                    return false;
                }
                return true;
            }
            walked.add(segment);
            container = next;
        }
        return true;
    }

    private static List<String> keysOf(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
