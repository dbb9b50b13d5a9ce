package org.distsim.models.sharding;

/**
 * Which shard owns a key. Shards are numbered {@code 0 .. shardCount()-1} in the order they were
 * declared; a shard added by resharding takes the next number.
 */
interface ShardMap {

    /**
     * The shard that owns {@code key}, for one request that names it: called once per request,
     * so a directory may place a key here on first sight and count the request.
     */
    int route(long key);

    /** The shard that owns {@code key}, without counting a request; for keys already routed. */
    int shardOf(long key);

    /** The number of shards keys are spread over now. */
    int shardCount();

    /** Adds one shard, numbered {@code shardCount()} before the call, and moves keys to it by the strategy's rule. */
    void addShard(String name);
}
