package org.distsim.models.loadbalancer.balancing;

/**
 * Chooses the backend for one request. Strategies may keep state between calls (a cursor, current
 * weights, a ring), so each load balancer needs its own instance.
 */
public interface BalancingStrategy {

    /**
     * The index of the backend for a request, or {@code -1} when no backend is healthy. The result
     * is always a healthy backend.
     *
     * @param backends the current view of the backends
     * @param requestKey the request's key; only key-aware strategies (consistent hashing) read it
     */
    int choose(Backends backends, long requestKey);

    /** The lower-case name used in scenario files, such as {@code round-robin}. */
    String name();
}
