package org.distsim.models.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Reads the sizes of a size distribution ({@code 1MB}, {@code {dist: uniform, min: 10kB, max: 1MB}})
 * into whole bytes, written as the base unit a duration's distribution reads, so that sizes share
 * the families and checks of durations. A bad size is reported here, where it was written, with
 * what a size looks like; anything else (a missing {@code dist:}, an unknown family) is left to the
 * distribution's own checks.
 */
final class SizeValues {

    /** The parameters of the distribution families that are values (not shapes or probabilities). */
    private static final List<String> VALUE_KEYS = List.of("value", "mean", "min", "max", "sd", "median", "p99",
            "scale");

    private SizeValues() {
    }

    /** The node with every size in bytes; null when a size was bad, its problem reported. */
    static JsonNode asBaseUnits(JsonNode node, NodePath path, Problems problems, Locations locations) {
        if (!node.isObject()) {
            return converted(node, path, problems, locations);
        }
        ObjectNode copy = node.deepCopy();
        boolean ok = true;
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = entry.getKey();
            if (VALUE_KEYS.contains(key)) {
                JsonNode value = converted(entry.getValue(), path.key(key), problems, locations);
                ok &= value != null;
                copy.set(key, value);
            } else if (key.equals("points") && entry.getValue().isArray()) {
                ArrayNode points = (ArrayNode) copy.get(key);
                for (int i = 0; i < points.size(); i++) {
                    JsonNode point = points.get(i);
                    if (point.isObject() && point.has("value")) {
                        JsonNode value = converted(point.get("value"), path.key(key).index(i).key("value"), problems,
                                locations);
                        ok &= value != null;
                        ((ObjectNode) point).set("value", value);
                    }
                }
            }
        }
        return ok ? copy : null;
    }

    private static JsonNode converted(JsonNode value, NodePath path, Problems problems, Locations locations) {
        if (!value.isTextual() && !value.isNumber()) {
            // Not a size at all: the distribution's checks say what is wrong with it.
            return value;
        }
        try {
            long bytes = Sizes.bytes(value.isTextual() ? value.textValue() : value.asText());
            return JsonNodeFactory.instance.textNode(bytes + "ns");
        } catch (BadValue e) {
            problems.add(locations.value(path), path, e.getMessage(), e.expected(), e.suggestion());
            return null;
        }
    }
}
