package org.distsim.core.facts;

import java.util.Objects;

/**
 * One arrow of the diagram.
 *
 * @param from  the component that sends (a workload, a caller; a group node for its members)
 * @param to    the component it sends to
 * @param kind  a request path, or a group node's link to one of its members
 * @param via   where the link is written: the knob holding the name ({@code target}, {@code backends},
 *              {@code calls}, {@code backing}), or {@code members}
 */
public record Link(String from, String to, Kind kind, String via) {

    /** What an arrow means. */
    public enum Kind {
        /** {@code from} sends requests to {@code to}, as its configuration says. */
        REQUEST,
        /** {@code to} is a member of the group node {@code from} (which routes to and replicates across it). */
        MEMBER
    }

    public Link {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(via, "via");
    }
}
