package org.distsim.reports;

import java.util.Objects;

/**
 * A point of simulated time worth marking on every plot over time: a fault of the scenario's
 * timeline or one of its notes.
 *
 * @param atNanos  when it happened
 * @param kind     {@link #FAULT} or {@link #NOTE}
 * @param label    what happened, short: {@code crash db}, {@code heal p1}, a note's text
 */
public record Marker(long atNanos, String kind, String label) {

    public static final String FAULT = "fault";
    public static final String NOTE = "note";

    public Marker {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
    }
}
