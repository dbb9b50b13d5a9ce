package org.distsim.models.scenario;

import java.util.ArrayList;
import java.util.List;
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
 */
record References(List<String> nodes, List<String> workloads, List<String> zones) {

    static final References NONE = new References(List.of(), List.of(), List.of());

    /** How a place names a whole zone: {@code zone:us-east}. */
    static final String ZONE_PREFIX = "zone:";

    References {
        nodes = List.copyOf(nodes);
        workloads = List.copyOf(workloads);
        zones = List.copyOf(zones);
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
