package org.distsim.models.sharding;

import java.util.HashMap;
import java.util.Map;
import org.distsim.models.loadbalancer.balancing.ConsistentHashRing;

/**
 * Consistent-hash sharding on the load balancer's {@link ConsistentHashRing}: a key lives on the
 * owner of the first virtual node clockwise from it. Adding a shard moves only the keys its
 * virtual nodes take over, about {@code 1/(n+1)} of them (Karger et al., STOC 1997), give or take
 * the ring's own unevenness of about {@code 1/√V} relative for {@code V} virtual nodes per shard.
 */
final class ConsistentHashSharding implements ShardMap {

    private final ConsistentHashRing ring;
    // Looked up by name only, never iterated.
    private final Map<String, Integer> indexByName = new HashMap<>();

    ConsistentHashSharding(Iterable<String> shards, int virtualNodes) {
        this.ring = new ConsistentHashRing(virtualNodes);
        for (String shard : shards) {
            addShard(shard);
        }
    }

    @Override
    public int route(long key) {
        return shardOf(key);
    }

    @Override
    public int shardOf(long key) {
        return indexByName.get(ring.lookup(key));
    }

    @Override
    public int shardCount() {
        return ring.size();
    }

    @Override
    public void addShard(String name) {
        indexByName.put(name, ring.size());
        ring.add(name);
    }
}
