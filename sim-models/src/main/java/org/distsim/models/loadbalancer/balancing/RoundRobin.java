package org.distsim.models.loadbalancer.balancing;

/**
 * Healthy backends in index order, cycling: the search for the next pick starts one past the last
 * pick and skips unhealthy backends. With a fixed healthy set of size {@code h}, any {@code h}
 * consecutive picks choose each healthy backend exactly once.
 */
public final class RoundRobin implements BalancingStrategy {

    private int last = -1;

    @Override
    public int choose(Backends backends, long requestKey) {
        int count = backends.count();
        for (int step = 1; step <= count; step++) {
            int candidate = Math.floorMod(last + step, count);
            if (backends.healthy(candidate)) {
                last = candidate;
                return candidate;
            }
        }
        return -1;
    }

    @Override
    public String name() {
        return "round-robin";
    }
}
