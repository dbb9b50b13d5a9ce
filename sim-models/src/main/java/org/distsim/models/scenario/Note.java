package org.distsim.models.scenario;

/**
 * A caption for the live view, shown from a point of simulated time on ("watch the queue grow").
 *
 * @param atNanos  simulated time at which the caption appears, in [0, duration)
 * @param text     the caption
 */
public record Note(long atNanos, String text) {
}
