package org.distsim.models.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.models.format.ComponentCatalog;
import org.distsim.models.format.ComponentType;
import org.distsim.models.format.Group;

/**
 * Expands node templates before binding: a node with {@code count: N} becomes N identical nodes
 * {@code NAME-1 .. NAME-N}, in its place in the declaration order, each an ordinary node that
 * faults, targets, links and partitions name like any other. With {@code zones:} the copies are
 * spread over the zones in turn, as a group node's members are. Every copy points at the
 * template's text for its problems. The template's own name names no node; {@link References}
 * says so when a reference uses it.
 *
 * <p>Expansion works on the tree, after the {@code --set} overrides, so {@code --set
 * nodes.web.count=5} resizes a template, and so every later step sees plain nodes.
 */
final class Templates {

    static final String COUNT = "count";

    private final ComponentCatalog registry;
    private final Locations locations;
    private final Problems problems;

    Templates(ComponentCatalog registry, Locations locations, Problems problems) {
        this.registry = registry;
        this.locations = locations;
        this.problems = problems;
    }

    /**
     * Expands the templates of the {@code nodes:} section in place.
     *
     * @return the templates by name, each with its members in order; empty when there are none
     */
    Map<String, List<String>> expand(JsonNode root) {
        Map<String, List<String>> templates = new LinkedHashMap<>();
        JsonNode section = root.get("nodes");
        if (!(section instanceof ObjectNode nodes) || nodes.properties().stream().noneMatch(e -> e.getValue().has(COUNT))) {
            return templates;
        }
        Map<String, JsonNode> expanded = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : nodes.properties()) {
            String name = entry.getKey();
            JsonNode node = entry.getValue();
            int count = node instanceof ObjectNode ? count(name, (ObjectNode) node) : 0;
            if (count == 0) {
                expanded.put(name, node);
                continue;
            }
            List<String> members = new ArrayList<>();
            JsonNode zones = node.get("zones");
            for (int i = 1; i <= count; i++) {
                String member = Group.memberName(name, i);
                if (nodes.has(member) || expanded.containsKey(member)) {
                    NodePath path = NodePath.ROOT.key("nodes").key(name).key(COUNT);
                    problems.add(locations.value(path), path, "count: " + count + " names the copies " + name + "-1 .. "
                            + name + "-" + count + ", and \"" + member + "\" is already declared",
                            "another name for the template or for that node", null);
                    break;
                }
                ObjectNode copy = ((ObjectNode) node).deepCopy();
                copy.remove(COUNT);
                if (zones != null && zones.isArray() && !zones.isEmpty() && !isGroup(node)) {
                    // Copies are spread over the zones as a group's members are.
                    copy.remove("zones");
                    copy.set("zone", zones.get((i - 1) % zones.size()));
                }
                expanded.put(member, copy);
                locations.copySubtree(NodePath.ROOT.key("nodes").key(name), NodePath.ROOT.key("nodes").key(member));
                if (zones != null && copy.has("zone") && !isGroup(node)) {
                    locations.copySubtree(NodePath.ROOT.key("nodes").key(name).key("zones").index((i - 1) % zones.size()),
                            NodePath.ROOT.key("nodes").key(member).key("zone"));
                }
                members.add(member);
            }
            templates.put(name, members);
        }
        nodes.removeAll();
        expanded.forEach(nodes::set);
        return templates;
    }

    /** The checked count of a template, or 0 when the node is none or the count is reported. */
    private int count(String name, ObjectNode node) {
        JsonNode value = node.get(COUNT);
        if (value == null) {
            return 0;
        }
        NodePath path = NodePath.ROOT.key("nodes").key(name).key(COUNT);
        if (isGroup(node)) {
            problems.add(locations.key(path), path, "a " + node.get("type").textValue() + " is already several"
                    + " machines; count: copies single nodes", "its own size knob, or count: on another node", null);
            return 0;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1
                || value.intValue() > Group.MAX_MEMBERS) {
            problems.add(locations.value(path), path, "must be a whole number from 1 to " + Group.MAX_MEMBERS + ", got "
                    + Values.shown(value), "a count like 3", null);
            return 0;
        }
        return value.intValue();
    }

    private boolean isGroup(JsonNode node) {
        JsonNode type = node.get("type");
        ComponentType found = type == null || !type.isTextual() ? null : registry.find(type.textValue()).orElse(null);
        return found != null && found.isGroup();
    }

    /**
     * Replaces, in every list of names under {@code nodes:}, {@code workloads:}, {@code faults:} and
     * {@code network:}, an item that names a template by the names of its copies ({@code backends:
     * [web]} is {@code [web-1, web-2, web-3]}); each copy points at the item it replaces. Lists of
     * zones are left alone: a zone may share a template's name.
     */
    void expandReferences(JsonNode root, Map<String, List<String>> templates) {
        if (templates.isEmpty()) {
            return;
        }
        for (String section : List.of("nodes", "workloads", "faults", "network")) {
            JsonNode node = root.get(section);
            if (node != null) {
                expandIn(node, NodePath.ROOT.key(section), templates);
            }
        }
    }

    private void expandIn(JsonNode node, NodePath path, Map<String, List<String>> templates) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                if (!entry.getKey().equals("zones")) {
                    expandIn(entry.getValue(), path.key(entry.getKey()), templates);
                }
            }
        } else if (node instanceof ArrayNode array) {
            boolean names = false;
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (item.isTextual() && templates.containsKey(item.textValue())) {
                    names = true;
                } else {
                    expandIn(item, path.index(i), templates);
                }
            }
            if (names) {
                spellOut(array, path, templates);
            }
        }
    }

    private void spellOut(ArrayNode array, NodePath path, Map<String, List<String>> templates) {
        List<JsonNode> items = new ArrayList<>();
        List<Location> where = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            Location location = locations.value(path.index(i));
            List<String> copies = item.isTextual() ? templates.get(item.textValue()) : null;
            if (copies == null) {
                items.add(item);
                where.add(location);
            } else {
                copies.forEach(copy -> {
                    items.add(TextNode.valueOf(copy));
                    where.add(location);
                });
            }
        }
        array.removeAll();
        items.forEach(array::add);
        for (int i = 0; i < where.size(); i++) {
            locations.putValue(path.index(i), where.get(i));
        }
    }
}
