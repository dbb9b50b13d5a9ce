package org.distsim.core.facts;

/** What a {@link Marker} marks. */
public enum MarkerKind {
    /** A fault of the timeline (or one made by hand in the live view), including those that undo one. */
    FAULT,
    /** A caption from the scenario's {@code notes:}. */
    NOTE
}
