package org.distsim.models.sharding;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.distsim.core.kernel.ModelLimitException;

/**
 * Directory-based sharding: a lookup table maps each key to its shard, as a location service
 * does (Bigtable's METADATA tablets, Vitess's lookup vindexes, a "shard map" database). Because
 * the table may say anything, it can place keys by load, which neither hashing nor ranges can.
 *
 * <p>The table is filled on first sight by greedy least-loaded placement (Graham's list
 * scheduling): a key never seen before goes to the shard that has received the fewest requests so
 * far, then the fewest keys, then the lowest number. The hottest keys are usually the first seen,
 * so after a hot key lands on a shard, the next new keys go elsewhere until the others catch up:
 * under Zipf keys the load evens out unless one key alone carries more than {@code 1/n} of it.
 *
 * <p>Adding a shard moves nothing: the directory keeps every placement, and the new shard, with no
 * requests yet, takes every new key until its load catches up. That is the directory's strength
 * (no data migrates unless an operator decides so) and its weakness (the new shard takes no
 * existing load). The table is kept by a durable lookup service, so a router crash does not lose it.
 */
final class DirectorySharding implements ShardMap {

    /** A limit on the table, so that a workload over billions of keys cannot exhaust the heap. */
    static final int MAX_ENTRIES = 10_000_000;

    // Looked up by key only, never iterated.
    private final Map<Long, Integer> shardByKey = new HashMap<>();
    private long[] requestsPerShard;
    private long[] keysPerShard;

    DirectorySharding(int shards) {
        this.requestsPerShard = new long[shards];
        this.keysPerShard = new long[shards];
    }

    @Override
    public int route(long key) {
        int shard = shardOf(key);
        if (shard < 0) {
            shard = place(key);
        }
        requestsPerShard[shard]++;
        return shard;
    }

    /** The key's shard, or -1 for a key the directory has never seen. */
    @Override
    public int shardOf(long key) {
        Integer known = shardByKey.get(key);
        return known == null ? -1 : known;
    }

    @Override
    public int shardCount() {
        return requestsPerShard.length;
    }

    @Override
    public void addShard(String name) {
        requestsPerShard = Arrays.copyOf(requestsPerShard, requestsPerShard.length + 1);
        keysPerShard = Arrays.copyOf(keysPerShard, keysPerShard.length + 1);
    }

    private int place(long key) {
        if (shardByKey.size() >= MAX_ENTRIES) {
            throw new ModelLimitException("the shard directory holds " + MAX_ENTRIES + " keys, its limit;"
                    + " use fewer keys (keys: {count: ...}) or another strategy");
        }
        int best = 0;
        for (int shard = 1; shard < requestsPerShard.length; shard++) {
            if (requestsPerShard[shard] < requestsPerShard[best]
                    || requestsPerShard[shard] == requestsPerShard[best] && keysPerShard[shard] < keysPerShard[best]) {
                best = shard;
            }
        }
        keysPerShard[best]++;
        shardByKey.put(key, best);
        return best;
    }
}
