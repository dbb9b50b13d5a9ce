package org.distsim.core.kernel;

/**
 * Marker for everything an actor can receive: network messages and timers alike.
 *
 * <p>Implementations are immutable records named by intent ({@code GetRequest}, {@code RetryDue}).
 * The engine never inspects a message; it only carries it.
 */
public interface Message {
}
