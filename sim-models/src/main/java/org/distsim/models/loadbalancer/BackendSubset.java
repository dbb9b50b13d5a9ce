package org.distsim.models.loadbalancer;

import org.distsim.models.loadbalancer.balancing.Backends;

/**
 * Some of a pool's backends, seen as a pool of their own: what one L7 route balances over. Health,
 * weights and requests in flight are read through from the pool, so they are shared by every route
 * that includes a backend.
 */
final class BackendSubset implements Backends {

    private final Backends pool;
    private final int[] poolIndices;

    /** @param poolIndices the pool indices of the subset's backends, in the subset's order */
    BackendSubset(Backends pool, int[] poolIndices) {
        this.pool = pool;
        this.poolIndices = poolIndices.clone();
    }

    /** The pool index of the subset's backend {@code index}. */
    int poolIndex(int index) {
        return poolIndices[index];
    }

    @Override
    public int count() {
        return poolIndices.length;
    }

    @Override
    public String name(int index) {
        return pool.name(poolIndices[index]);
    }

    @Override
    public boolean healthy(int index) {
        return pool.healthy(poolIndices[index]);
    }

    @Override
    public int activeRequests(int index) {
        return pool.activeRequests(poolIndices[index]);
    }

    @Override
    public double weight(int index) {
        return pool.weight(poolIndices[index]);
    }
}
