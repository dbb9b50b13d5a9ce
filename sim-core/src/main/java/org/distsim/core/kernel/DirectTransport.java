package org.distsim.core.kernel;

import java.util.Map;
import org.distsim.core.result.NetworkResult;

/** Delivers every message instantly and never loses one: the kernel's default, for tests. */
final class DirectTransport implements Transport {

    private final Simulation simulation;
    private long sent;

    DirectTransport(Simulation simulation) {
        this.simulation = simulation;
    }

    @Override
    public void send(ActorRef from, ActorRef to, Message message) {
        sent++;
        simulation.deliverAt(simulation.now(), from, to, message);
    }

    @Override
    public NetworkResult result() {
        long dropped = simulation.droppedAtDeliveryCount();
        long delivered = simulation.deliveredCount();
        return new NetworkResult(sent, delivered, dropped,
                dropped == 0 ? Map.of() : Map.of("node-down", dropped), sent - delivered - dropped);
    }
}
