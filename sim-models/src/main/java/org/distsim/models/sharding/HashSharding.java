package org.distsim.models.sharding;

import org.distsim.models.loadbalancer.balancing.ConsistentHashRing;

/**
 * Hash-mod-n sharding: key {@code k} lives on shard {@code mix64(k) mod n}, where {@code mix64} is
 * the SplitMix64 finaliser ({@link ConsistentHashRing#keyPosition}) read as an unsigned 64-bit
 * number. The mix spreads neighbouring keys over the shards, so every shard holds about {@code
 * 1/n} of the keys; but changing {@code n} re-deals almost everything: a key stays only when
 * {@code h mod n = h mod (n+1)}, which by the Chinese remainder theorem holds for {@code n} of
 * every {@code n(n+1)} hash values, so {@code n/(n+1)} of the keys move.
 */
final class HashSharding implements ShardMap {

    private int shards;

    HashSharding(int shards) {
        this.shards = shards;
    }

    @Override
    public int route(long key) {
        return shardOf(key);
    }

    @Override
    public int shardOf(long key) {
        return (int) Long.remainderUnsigned(ConsistentHashRing.keyPosition(key), shards);
    }

    @Override
    public int shardCount() {
        return shards;
    }

    @Override
    public void addShard(String name) {
        shards++;
    }
}
