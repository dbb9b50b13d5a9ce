package org.distsim.core.kernel;

import org.distsim.core.fault.Fault;
import org.distsim.core.result.DropReason;

/**
 * Watches a run without taking part in it: the live view and traces implement this. Every method
 * is called on the simulation thread, in event order, and must not change the simulation.
 *
 * <p>The kernel reports sends, deliveries and drops; the layers above it report through
 * {@link Simulation#observer()} what they do: the fault injector each fault it applies, the run
 * layer each time-series interval it closes.
 *
 * <p>With no observer registered the engine skips every call behind a single null check, so
 * watching costs nothing when nobody watches.
 */
public interface SimObserver {

    /**
     * A message left {@code from} and will arrive at {@code deliverAtNanos} (unless its target is down
     * then). A message dropped on sending is reported by {@link #onDrop} alone.
     */
    default void onSend(long nowNanos, ActorRef from, ActorRef to, Message message, long deliverAtNanos) {
    }

    /** A message arrived and is about to be handled. */
    default void onDeliver(long nowNanos, ActorRef from, ActorRef to, Message message) {
    }

    /** A message was lost, on sending or on arrival, for the given reason. */
    default void onDrop(long nowNanos, ActorRef from, ActorRef to, Message message, DropReason reason) {
    }

    /** A fault was applied. */
    default void onFault(long nowNanos, Fault fault) {
    }

    /** A time-series interval closed; its figures are in the metrics. */
    default void onInterval(long intervalStartNanos, long intervalEndNanos) {
    }
}
