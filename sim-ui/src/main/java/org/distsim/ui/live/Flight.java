package org.distsim.ui.live;

/**
 * One message between two components, as the view draws it.
 *
 * @param seq       the message's number among all messages sent in the run, from 1
 * @param from      the sender's name
 * @param to        the receiver's name
 * @param sentAt    simulated time it left
 * @param arriveAt  simulated time it arrives (for a drop: the time it was lost)
 * @param kind      what it is, for its colour
 */
public record Flight(long seq, String from, String to, long sentAt, long arriveAt, FlightKind kind) {
}
