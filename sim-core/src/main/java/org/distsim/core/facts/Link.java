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
 * @param share the expected fraction of {@code from}'s requests sent along the link, in [0, 1]: below 1
 *              for a call made with a probability or one target of a weighted route
 * @param condition the outcome of another call on which the requests are sent ({@code on miss of cache});
 *              null when there is none
 */
public record Link(String from, String to, Kind kind, String via, double share, String condition) {

    /** A link every request follows. */
    public Link(String from, String to, Kind kind, String via) {
        this(from, to, kind, via, 1, null);
    }

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
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("a link's share must lie in [0, 1], got " + share);
        }
    }

    /** Whether only some requests follow the link: a share below 1, or a condition. */
    public boolean branching() {
        return share < 1 || condition != null;
    }

    /**
     * The branching as a short label, {@code 30%} or {@code on miss of cache} or both; empty for a
     * link every request follows. The share is rounded to a tenth of a percent.
     */
    public String label() {
        String percent = share < 1 ? trimmed(Math.round(share * 1000) / 10.0) + "%" : "";
        if (condition == null) {
            return percent;
        }
        return percent.isEmpty() ? condition : percent + ", " + condition;
    }

    private static String trimmed(double percent) {
        long whole = (long) percent;
        return percent == whole ? Long.toString(whole) : whole + "." + Math.round((percent - whole) * 10);
    }
}
