package org.distsim.models.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.distsim.models.format.Knob;
import org.distsim.models.format.ValueKind;

/**
 * The names a scenario declares, which knobs of format {@link Knob.Format#NODE_REF},
 * {@link Knob.Format#ACTOR_REF}, {@link Knob.Format#WORKLOAD_REF} and {@link Knob.Format#PLACE_REF}
 * may name.
 *
 * @param nodes      node names, in declaration order
 * @param workloads  workload names, in declaration order
 * @param zones      the zones that nodes and workloads name, in the order of first use
 * @param templates  the node templates ({@code count:}) by name, each with its copies; a template's
 *                   own name names no node
 */
record References(List<String> nodes, List<String> workloads, List<String> zones, Map<String, List<String>> templates) {

    static final References NONE = new References(List.of(), List.of(), List.of());

    References(List<String> nodes, List<String> workloads, List<String> zones) {
        this(nodes, workloads, zones, Map.of());
    }

    /** These names, with the templates that were expanded into some of the nodes. */
    References withTemplates(Map<String, List<String>> expanded) {
        return new References(nodes, workloads, zones, expanded);
    }

    /** How a place names a whole zone: {@code zone:us-east}. */
    static final String ZONE_PREFIX = "zone:";

    References {
        nodes = List.copyOf(nodes);
        workloads = List.copyOf(workloads);
        zones = List.copyOf(zones);
        templates = Collections.unmodifiableMap(new LinkedHashMap<>(templates));
    }

    List<String> actors() {
        List<String> all = new ArrayList<>(nodes);
        all.addAll(workloads);
        return all;
    }

    /** Checks that {@code name} is declared and may be named by a knob of the given kind. */
    void check(ValueKind kind, String name) throws BadValue {
        if (kind == ValueKind.PLACE_REF && name.startsWith(ZONE_PREFIX)) {
            String zone = name.substring(ZONE_PREFIX.length());
            if (!zones.contains(zone)) {
                throw new BadValue("unknown zone " + Units.quote(zone), zones.isEmpty()
                        ? "a zone that a node or workload names with zone:, and none does"
                        : "a zone, " + Suggestions.oneOf(zones), Suggestions.closest(zone, zones) == null ? null
                        : ZONE_PREFIX + Suggestions.closest(zone, zones));
            }
            return;
        }
        List<String> allowed = switch (kind) {
            case NODE_REF -> nodes;
            case WORKLOAD_REF -> workloads;
            default -> actors();
        };
        if (allowed.contains(name)) {
            return;
        }
        List<String> copies = templates.get(name);
        if (copies != null && kind != ValueKind.WORKLOAD_REF) {
            throw new BadValue("\"" + name + "\" is a template (count: " + copies.size() + "), not one node; a list of"
                    + " names may name it for all its copies", "one of its copies, " + Suggestions.oneOf(copies),
                    copies.get(0));
        }
        String what = switch (kind) {
            case NODE_REF -> "node";
            case WORKLOAD_REF -> "workload";
            default -> "node or workload";
        };
        String expected = allowed.isEmpty() ? null : "a " + what + " name, " + Suggestions.oneOf(allowed)
                + (kind == ValueKind.PLACE_REF && !zones.isEmpty() ? ", or zone:NAME" : "");
        if (kind == ValueKind.NODE_REF && workloads.contains(name)) {
            throw new BadValue("\"" + name + "\" is a workload, not a node", expected);
        }
        if (kind == ValueKind.WORKLOAD_REF && nodes.contains(name)) {
            throw new BadValue("\"" + name + "\" is a node, not a workload", expected);
        }
        throw new BadValue("unknown " + what + " " + Units.quote(name), expected, Suggestions.closest(name, allowed));
    }
}
