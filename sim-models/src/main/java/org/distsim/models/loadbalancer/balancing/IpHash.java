package org.distsim.models.loadbalancer.balancing;

/**
 * nginx's {@code ip_hash}: the request goes to backend {@code hash(client) mod n} over all
 * {@code n} configured backends, healthy or not, so that a client (a source address, not a data
 * key) keeps reaching the same backend: session affinity. When that backend is unhealthy the hash
 * is mixed again and the next candidate tried, up to {@value #REHASHES} times (as nginx does), then
 * the backends after the last candidate are scanned in index order for a healthy one. So a backend
 * going down moves only its own clients, spread over the others, and they come back when it does;
 * but adding or removing a backend from the list changes {@code n} and moves almost every client,
 * which a consistent-hash ring avoids.
 *
 * <p>The value passed as the key is the client's identity; positions are the SplitMix64
 * finaliser of {@link ConsistentHashRing#keyPosition}, applied again for each rehash. It keeps no
 * state and draws nothing.
 */
public final class IpHash implements BalancingStrategy {

    /** How many candidates are tried by rehashing before a scan; nginx tries 20. */
    public static final int REHASHES = 20;

    @Override
    public int choose(Backends backends, long client) {
        int count = backends.count();
        if (count == 0) {
            return -1;
        }
        long hash = ConsistentHashRing.keyPosition(client);
        int candidate = (int) Long.remainderUnsigned(hash, count);
        for (int tries = 1; !backends.healthy(candidate) && tries < REHASHES; tries++) {
            hash = ConsistentHashRing.keyPosition(hash);
            candidate = (int) Long.remainderUnsigned(hash, count);
        }
        for (int step = 0; step < count; step++) {
            int index = (candidate + step) % count;
            if (backends.healthy(index)) {
                return index;
            }
        }
        return -1;
    }

    @Override
    public String name() {
        return "ip-hash";
    }
}
