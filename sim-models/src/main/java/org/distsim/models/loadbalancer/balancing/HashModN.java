package org.distsim.models.loadbalancer.balancing;

/**
 * Plain modulo hashing by request key: of the {@code h} backends now healthy, in index order, the
 * request goes to number {@code hash(key) mod h} (the key's position as
 * {@link ConsistentHashRing#keyPosition} gives it, read as an unsigned number). A key sticks to one
 * backend while the healthy set is stable, like consistent hashing, but when a backend goes or
 * comes back {@code h} changes and almost every key moves: about {@code (h − 1)/h} of them,
 * against the {@code 1/h} that consistent hashing moves. It is here to show that remapping, the
 * reason caches and sharded stores use a ring instead (Karger et al., STOC 1997). It keeps no
 * state and draws nothing.
 */
public final class HashModN implements BalancingStrategy {

    @Override
    public int choose(Backends backends, long requestKey) {
        int healthy = backends.healthyCount();
        if (healthy == 0) {
            return -1;
        }
        return backends.nthHealthy(Long.remainderUnsigned(ConsistentHashRing.keyPosition(requestKey), healthy));
    }

    @Override
    public String name() {
        return "hash-mod-n";
    }
}
