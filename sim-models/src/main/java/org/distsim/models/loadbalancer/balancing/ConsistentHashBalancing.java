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
    /**
     * The view's index of each ring point's owner, in ring order: a pick walks integers instead of
     * hashing a backend name per point it looks at (a string-keyed map lookup per pick was 4 % of
     * url-shortener's time).
     */
    private int[] backendAtPoint = new int[0];

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
        int points = backendAtPoint.length;
        if (points == 0) {
            return -1;
        }
        int start = ring.pointOf(requestKey);
        int rejected = -1;
        for (int step = 0; step < points; step++) {
            int backend = backendAtPoint[(start + step) % points];
            // Consecutive points often share an owner; do not ask twice in a row.
            if (backend != rejected) {
                if (backends.healthy(backend)) {
                    return backend;
                }
                rejected = backend;
            }
        }
        return -1;
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
        // Only while rebuilding: a name's index, to label the ring's points.
        Map<String, Integer> indexByName = new HashMap<>();
        ConsistentHashRing fresh = new ConsistentHashRing(virtualNodesPerBackend);
        for (int i = 0; i < count; i++) {
            String name = backends.name(i);
            if (indexByName.put(name, i) != null) {
                throw new IllegalArgumentException("backend names must be unique, \"" + name + "\" appears twice");
            }
            knownNames.add(name);
            fresh.add(name);
        }
        int[] labels = new int[fresh.points()];
        for (int point = 0; point < labels.length; point++) {
            labels[point] = indexByName.get(fresh.ownerAt(point));
        }
        ring = fresh;
        backendAtPoint = labels;
    }
}
