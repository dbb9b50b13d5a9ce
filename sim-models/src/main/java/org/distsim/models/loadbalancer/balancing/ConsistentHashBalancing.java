package org.distsim.models.loadbalancer.balancing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Consistent hashing by request key: the request goes to the first healthy backend clockwise from
 * the key on a {@link ConsistentHashRing}, so the same key keeps reaching the same backend while
 * membership and health are stable, and a failed backend's keys spill to their next healthy
 * successors only.
 *
 * <p>The ring follows the backend names of the view: each pick compares the names with those it
 * last saw (a linear scan, cheap next to a network hop) and rebuilds the ring when they differ.
 * Health does not change the ring; unhealthy backends are skipped at lookup.
 */
public final class ConsistentHashBalancing implements BalancingStrategy {

    private final int virtualNodesPerBackend;
    private ConsistentHashRing ring;
    private final List<String> knownNames = new ArrayList<>();
    private final Map<String, Integer> indexByName = new HashMap<>();

    /** With {@link ConsistentHashRing#DEFAULT_VIRTUAL_NODES} virtual nodes per backend. */
    public ConsistentHashBalancing() {
        this(ConsistentHashRing.DEFAULT_VIRTUAL_NODES);
    }

    public ConsistentHashBalancing(int virtualNodesPerBackend) {
        this.virtualNodesPerBackend = virtualNodesPerBackend;
        this.ring = new ConsistentHashRing(virtualNodesPerBackend);
    }

    @Override
    public int choose(Backends backends, long requestKey) {
        synchronise(backends);
        String owner = ring.lookup(requestKey, name -> backends.healthy(indexByName.get(name)));
        return owner == null ? -1 : indexByName.get(owner);
    }

    @Override
    public String name() {
        return "consistent-hash";
    }

    private void synchronise(Backends backends) {
        int count = backends.count();
        boolean same = count == knownNames.size();
        for (int i = 0; same && i < count; i++) {
            same = backends.name(i).equals(knownNames.get(i));
        }
        if (same) {
            return;
        }
        knownNames.clear();
        indexByName.clear();
        ConsistentHashRing fresh = new ConsistentHashRing(virtualNodesPerBackend);
        for (int i = 0; i < count; i++) {
            String name = backends.name(i);
            if (indexByName.put(name, i) != null) {
                throw new IllegalArgumentException("backend names must be unique, \"" + name + "\" appears twice");
            }
            knownNames.add(name);
            fresh.add(name);
        }
        ring = fresh;
    }
}
