package org.distsim.models.service;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.distsim.core.kernel.ActorContext;

/**
 * The in-cluster routing of a service of several replicas: picks the ready replica an arriving
 * request goes to, by the {@link ReplicaBalancing} policy. Only the random policy draws, from the
 * node's stream {@code replica-balancing}; with one ready replica nothing is drawn and the turn does
 * not move.
 */
final class ReplicaRouter {

    private final ReplicaBalancing balancing;
    private final UniformRandomProvider random;
    /** Whose turn it is, for round-robin and for breaking least-loaded ties. */
    private int next;

    ReplicaRouter(ActorContext context, ReplicaBalancing balancing) {
        this.balancing = balancing;
        this.random = balancing == ReplicaBalancing.RANDOM ? context.random("replica-balancing") : null;
    }

    /** The replica for the next request, out of {@code ready} (in the order they became ready; not empty). */
    Replica choose(List<Replica> ready) {
        int n = ready.size();
        if (n == 1) {
            return ready.get(0);
        }
        if (next >= n) {
            next = 0; // replicas were removed since the last turn
        }
        switch (balancing) {
            case RANDOM:
                return ready.get(random.nextInt(n));
            case LEAST_LOADED:
                Replica best = null;
                for (int i = 0; i < n; i++) {
                    Replica candidate = ready.get((next + i) % n);
                    if (best == null || candidate.station.load() < best.station.load()) {
                        best = candidate;
                    }
                }
                next = (next + 1) % n;
                return best;
            case ROUND_ROBIN:
            default:
                Replica chosen = ready.get(next);
                next = (next + 1) % n;
                return chosen;
        }
    }
}
