package org.distsim.core.kernel;

/**
 * A node of the simulated system: a message handler with a fixed lifecycle.
 *
 * <p>An actor is created by an {@link ActorFactory} that hands it its {@link ActorContext}; all it
 * can do (send, set timers, draw random numbers, record metrics) goes through that context. An
 * actor never blocks, never reads a clock and never shares mutable state with another actor.
 *
 * <p>Lifecycle: {@link #onStart()} once at t = 0, then {@link #onMessage} for each delivery or
 * timer, {@link #onCrash()} / {@link #onRestart()} around a crash, and {@link #onFinish()} once
 * when the run ends. All calls happen on the simulation thread, one at a time.
 */
public interface Actor {

    /** Called once at simulated time zero, after every actor exists, so peers can be looked up. */
    default void onStart() {
    }

    /**
     * Handles one message.
     *
     * @param from the sender, or this actor itself for a timer
     */
    void onMessage(ActorRef from, Message message);

    /**
     * Called when the node crashes. Volatile state (queues, caches, in-flight work) is lost here;
     * the engine has already cancelled this actor's timers and will drop messages sent to it until
     * it restarts.
     */
    default void onCrash() {
    }

    /** Called when a crashed node comes back: a fresh process on the same durable state. */
    default void onRestart() {
    }

    /** Called once when the run ends, to close time-weighted figures. */
    default void onFinish() {
    }
}
