package org.distsim.models.loadbalancer.balancing;

/**
 * The load balancer's view of its backends, indexed {@code 0 .. count()-1}. Strategies only read
 * it; the load balancer keeps it current (health from its health checks, requests in flight from
 * the requests it has forwarded and not yet seen answered).
 */
public interface Backends {

    /** The number of backends, healthy or not. */
    int count();

    /** The name of backend {@code index}; names are unique. */
    String name(int index);

    /** Whether backend {@code index} may receive requests. */
    boolean healthy(int index);

    /** Requests forwarded to backend {@code index} and not yet answered, {@code >= 0}. */
    int activeRequests(int index);

    /** The relative weight of backend {@code index}, finite and {@code >= 0}; read only by weighted strategies. */
    double weight(int index);

    /** The number of backends that may receive requests now. */
    default int healthyCount() {
        int healthy = 0;
        for (int i = 0; i < count(); i++) {
            if (healthy(i)) {
                healthy++;
            }
        }
        return healthy;
    }

    /**
     * The index of the {@code n}-th healthy backend in index order ({@code n} from 0 and below
     * {@link #healthyCount()}): how a strategy that picks among the healthy ones by number finds it.
     */
    default int nthHealthy(long n) {
        long left = n;
        for (int i = 0; i < count(); i++) {
            if (healthy(i) && left-- == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("no healthy backend number " + n + " of " + healthyCount());
    }
}
