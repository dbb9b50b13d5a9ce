package org.distsim.models.sharding;

/** How a shard router maps a key to a shard; each constant's rule is documented on its class. */
public enum ShardingStrategy {
    /** {@code mix64(key) mod n}: even for many keys, but adding a shard moves {@code n/(n+1)} of them. */
    HASH,
    /** Contiguous key ranges: cheap range scans, a hot first shard under Zipf keys; re-splitting moves half. */
    RANGE,
    /** A lookup table filled on first sight, each new key on the least-loaded shard; adding a shard moves nothing. */
    DIRECTORY,
    /** A ring with virtual nodes: about {@code 1/n} of the keys each, and adding a shard moves about {@code 1/(n+1)}. */
    CONSISTENT_HASH;

    /** A fresh map for {@code config}'s shards. */
    ShardMap map(ShardRouterConfig config) {
        int shards = config.shards().size();
        return switch (this) {
            case HASH -> new HashSharding(shards);
            case RANGE -> config.boundaries() == null
                    ? RangeSharding.even(config.keySpace(), shards)
                    : RangeSharding.explicit(config.boundaries(),
                            config.addShard() == null ? null : config.addShard().boundaries());
            case DIRECTORY -> new DirectorySharding(shards);
            case CONSISTENT_HASH -> new ConsistentHashSharding(config.shards(), config.virtualNodes());
        };
    }
}
