package org.distsim.models.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.models.format.ValueKind;

/**
 * Binds the optional {@code layout:} section: a mapping from a declared node, workload or group
 * member name to its {@link Placement} in the live view. An unknown name is reported at its key
 * with a suggestion; an entry with neither column nor row is refused, since it would do nothing.
 */
final class LayoutBinder {

    private static final String EXPECTED = "a mapping of names to places like {lb: {column: 1, row: 0}, db: {column: 3}}";

    private final Binder binder;
    private final Locations locations;
    private final Problems problems;
    private final References references;

    LayoutBinder(Binder binder, Locations locations, Problems problems, References references) {
        this.binder = binder;
        this.locations = locations;
        this.problems = problems;
        this.references = references;
    }

    /** @param node the value of {@code layout:}, or null when absent; returns the places in file order */
    Map<String, Placement> bind(JsonNode node) {
        NodePath path = NodePath.ROOT.key("layout");
        Map<String, Placement> layout = new LinkedHashMap<>();
        if (node == null || Values.isEmpty(node)) {
            return layout;
        }
        if (!node.isObject()) {
            problems.add(locations.value(path), path, Values.describe(node) + " is not a mapping", EXPECTED, null);
            return layout;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            NodePath entryPath = path.key(name);
            try {
                references.check(ValueKind.ACTOR_REF, name);
            } catch (BadValue e) {
                problems.add(locations.key(entryPath), entryPath, e.getMessage(), e.expected(), e.suggestion());
                continue;
            }
            if (!field.getValue().isObject()) {
                problems.add(locations.value(entryPath), entryPath, Values.describe(field.getValue())
                        + " is not a mapping", "a place like {column: 1, row: 0}", null);
                continue;
            }
            Placement placement = binder.bindRecord(Placement.class, field.getValue(), entryPath, List.of());
            if (placement == null) {
                continue;
            }
            if (placement.column() == null && placement.row() == null) {
                problems.add(locations.value(entryPath), entryPath, "the place of " + Units.quote(name)
                        + " gives neither column nor row", "column:, row: or both, like {column: 1, row: 0}", null);
                continue;
            }
            layout.put(name, placement);
        }
        return layout;
    }
}
