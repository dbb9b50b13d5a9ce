package org.distsim.models.loadbalancer;

import java.util.BitSet;
import org.distsim.models.loadbalancer.balancing.Backends;

/**
 * A route's backends without those a request has already been sent to: what a retry chooses from,
 * so that it goes to another backend. One instance per balancer, pointed at the route and the
 * request's tried set just before each choice (the balancer handles one message at a time).
 */
final class TriedBackends implements Backends {

    private Backends backends;
    private BitSet tried;

    /** Views {@code route} without the backends whose route indices are set in {@code triedIndices}. */
    TriedBackends of(Backends route, BitSet triedIndices) {
        this.backends = route;
        this.tried = triedIndices;
        return this;
    }

    @Override
    public int count() {
        return backends.count();
    }

    @Override
    public String name(int index) {
        return backends.name(index);
    }

    @Override
    public boolean healthy(int index) {
        return !tried.get(index) && backends.healthy(index);
    }

    @Override
    public int activeRequests(int index) {
        return backends.activeRequests(index);
    }

    @Override
    public double weight(int index) {
        return backends.weight(index);
    }
}
