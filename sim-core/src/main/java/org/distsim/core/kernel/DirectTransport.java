package org.distsim.core.kernel;

/** Delivers every message instantly and never loses one: the kernel's default, for tests. */
final class DirectTransport implements Transport {

    private final Simulation simulation;

    DirectTransport(Simulation simulation) {
        this.simulation = simulation;
    }

    @Override
    public void send(ActorRef from, ActorRef to, Message message) {
        simulation.deliverAt(simulation.now(), from, to, message);
    }
}
