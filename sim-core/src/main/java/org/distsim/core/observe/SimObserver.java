package org.distsim.core.observe;

import org.distsim.core.fault.Fault;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;

/**
 * Watches a run without taking part in it: the live view and traces implement this. Every method
 * is called on the simulation thread, in event order, and must not change the simulation.
 *
 * <p>With no observer registered the engine skips every call behind a single null check, so
 * watching costs nothing when nobody watches.
 */
public interface SimObserver {

    /** A message left {@code from}; it will arrive at {@code deliverAtNanos} unless dropped on the way. */
    default void onSend(long nowNanos, ActorRef from, ActorRef to, Message message, long deliverAtNanos) {
    }

    /** A message arrived and is about to be handled. */
    default void onDeliver(long nowNanos, ActorRef from, ActorRef to, Message message) {
    }

    /** A message was lost: {@code reason} is {@code partition}, {@code loss} or {@code node-down}. */
    default void onDrop(long nowNanos, ActorRef from, ActorRef to, Message message, String reason) {
    }

    /** A fault was applied. */
    default void onFault(long nowNanos, Fault fault) {
    }

    /** A time-series interval closed; its figures are in the metrics. */
    default void onInterval(long intervalStartNanos, long intervalEndNanos) {
    }
}
