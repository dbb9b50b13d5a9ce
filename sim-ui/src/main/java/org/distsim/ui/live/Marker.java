package org.distsim.ui.live;

/**
 * A point of the time axis the charts mark: a fault that was applied, or a caption of the scenario.
 *
 * @param atNanos simulated time
 * @param label   "crash db", or the caption's text
 * @param kind    which of the two
 */
public record Marker(long atNanos, String label, Kind kind) {

    public enum Kind {
        FAULT, NOTE
    }
}
