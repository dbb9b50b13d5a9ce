package org.distsim.models.scenario;

import java.util.ArrayList;
import java.util.List;
import org.distsim.models.format.Knob;
import org.distsim.models.format.ValueKind;

/**
 * The names a scenario declares, which knobs of format {@link Knob.Format#NODE_REF},
 * {@link Knob.Format#ACTOR_REF} and {@link Knob.Format#WORKLOAD_REF} may name.
 *
 * @param nodes      node names, in declaration order
 * @param workloads  workload names, in declaration order
 */
record References(List<String> nodes, List<String> workloads) {

    static final References NONE = new References(List.of(), List.of());

    References {
        nodes = List.copyOf(nodes);
        workloads = List.copyOf(workloads);
    }

    List<String> actors() {
        List<String> all = new ArrayList<>(nodes);
        all.addAll(workloads);
        return all;
    }

    /** Checks that {@code name} is declared and may be named by a knob of the given kind. */
    void check(ValueKind kind, String name) throws BadValue {
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
        String expected = allowed.isEmpty() ? null : "a " + what + " name, " + Suggestions.oneOf(allowed);
        if (kind == ValueKind.NODE_REF && workloads.contains(name)) {
            throw new BadValue("\"" + name + "\" is a workload, not a node", expected);
        }
        if (kind == ValueKind.WORKLOAD_REF && nodes.contains(name)) {
            throw new BadValue("\"" + name + "\" is a node, not a workload", expected);
        }
        throw new BadValue("unknown " + what + " " + Units.quote(name), expected, Suggestions.closest(name, allowed));
    }
}
