package org.distsim.models.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The names a scenario declares, which knobs of format {@link Knob.Format#NODE_REF} and
 * {@link Knob.Format#ACTOR_REF} may name.
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
        boolean anyActor = kind == ValueKind.ACTOR_REF;
        if (nodes.contains(name) || (anyActor && workloads.contains(name))) {
            return;
        }
        List<String> allowed = anyActor ? actors() : nodes;
        String expected = allowed.isEmpty() ? null : "a " + (anyActor ? "node or workload" : "node") + " name, "
                + Suggestions.oneOf(allowed);
        if (workloads.contains(name)) {
            throw new BadValue("\"" + name + "\" is a workload, not a node", expected);
        }
        throw new BadValue("unknown " + (anyActor ? "node or workload" : "node") + " " + Units.quote(name), expected,
                Suggestions.closest(name, allowed));
    }
}
