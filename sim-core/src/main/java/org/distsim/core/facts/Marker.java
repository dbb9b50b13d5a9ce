package org.distsim.core.facts;

import java.util.Objects;

/**
 * A point of simulated time worth marking on every plot over time, in the reports and the live view
 * alike: a fault being applied (or undone), or a caption of the scenario.
 *
 * @param atNanos  when
 * @param kind     fault or note
 * @param label    what happened, short ({@code crash db}, {@code heal p1}), or the note's text
 */
public record Marker(long atNanos, MarkerKind kind, String label) {

    public Marker {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        if (atNanos < 0) {
            throw new IllegalArgumentException("a marker cannot be before t = 0, got " + atNanos + " ns");
        }
    }
}
