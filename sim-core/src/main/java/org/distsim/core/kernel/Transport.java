package org.distsim.core.kernel;

import org.distsim.core.result.NetworkResult;

/**
 * Carries messages between actors. The kernel hands every {@link ActorContext#send} to the
 * transport, which decides when (and whether) the message arrives and calls
 * {@link Simulation#deliverAt}. The real one is {@code org.distsim.core.net.Network}; the kernel
 * alone delivers instantly.
 */
public interface Transport {

    void send(ActorRef from, ActorRef to, Message message);

    /** Message counts for the run result. */
    NetworkResult result();
}
