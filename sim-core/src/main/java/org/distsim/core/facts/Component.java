package org.distsim.core.facts;

import java.util.List;
import java.util.Objects;
import org.distsim.core.figure.FigureSpec;

/**
 * One box of the diagram: a node, a workload, or a member of a node that is several machines
 * ({@code db-2} of a replicated database {@code db}).
 *
 * @param name         as in the scenario (members: {@code <group>-<i>})
 * @param type         the component type ({@code service}, {@code open-loop}; a member's own type,
 *                     such as {@code database-replica})
 * @param role         node, workload or member
 * @param layer        the diagram column its type declares (a member takes its group's)
 * @param group        the group node of a member, null for every other component
 * @param description  the type's one-line description
 * @param figures      every figure the type may record, in declaration order (a run records a subset:
 *                     some depend on configuration)
 * @param zone         the network zone it runs in ({@code us-east}), null when the scenario gives none
 */
public record Component(String name, String type, ComponentRole role, Layer layer, String group, String description,
        List<FigureSpec> figures, String zone) {

    /** Whether a component is a node, a workload or a member of a group node. */
    public enum ComponentRole {
        NODE, WORKLOAD, MEMBER
    }

    public Component {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(description, "description");
        figures = List.copyOf(figures);
        if ((role == ComponentRole.MEMBER) != (group != null)) {
            throw new IllegalArgumentException("a member, and only a member, belongs to a group: " + name);
        }
    }

    /** A component in no zone. */
    public Component(String name, String type, ComponentRole role, Layer layer, String group, String description,
            List<FigureSpec> figures) {
        this(name, type, role, layer, group, description, figures, null);
    }

    public boolean isWorkload() {
        return role == ComponentRole.WORKLOAD;
    }

    /** The declared figure of the given name, or null. */
    public FigureSpec figure(String figureName) {
        for (FigureSpec spec : figures) {
            if (spec.name().equals(figureName)) {
                return spec;
            }
        }
        return null;
    }
}
