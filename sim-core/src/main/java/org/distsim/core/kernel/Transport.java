package org.distsim.core.kernel;

/**
 * Carries messages between actors. The kernel counts each {@link ActorContext#send} as sent and
 * hands it to the transport, which decides when (and whether) the message arrives: it calls
 * {@link Simulation#deliverAt} once, or {@link Simulation#drop} once, for every message it is given.
 * The real one is {@code org.distsim.core.net.Network}; the kernel alone delivers instantly.
 */
public interface Transport {

    void send(ActorRef from, ActorRef to, Message message);
}
