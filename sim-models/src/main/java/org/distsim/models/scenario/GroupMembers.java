package org.distsim.models.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The member actors of a scenario's group nodes, each with the node it belongs to. */
public final class GroupMembers {

    private GroupMembers() {
    }

    /** Member name to group node name ({@code db-2 -> db}), in declaration and member order. */
    public static Map<String, String> of(Scenario scenario) {
        Map<String, String> groupOf = new LinkedHashMap<>();
        for (ComponentSpec spec : scenario.nodes().values()) {
            if (spec.type().isGroup()) {
                spec.type().membersOf(spec.name(), spec.config()).members().forEach(m -> groupOf.put(m, spec.name()));
            }
        }
        return Collections.unmodifiableMap(groupOf);
    }
}
