package org.distsim.reports;

/**
 * Something the reader must know before trusting the figures of a run, found by {@link Stability}.
 *
 * @param kind     {@link #UNSTABLE} or {@link #NOT_STATIONARY}
 * @param subject  what it is about: {@code node.<name>.<gauge>} or {@code workload.<name>.<figure>}
 * @param message  one line for people, starting with {@code UNSTABLE:} or {@code not stationary}
 */
public record Finding(String kind, String subject, String message) {

    /** Arrivals exceed capacity: a backlog grows without bound, so its means depend on the run length. */
    public static final String UNSTABLE = "unstable";
    /** After the warm-up the series still drifts: the warm-up (or the run) is too short. */
    public static final String NOT_STATIONARY = "not_stationary";

    public boolean isUnstable() {
        return UNSTABLE.equals(kind);
    }
}
