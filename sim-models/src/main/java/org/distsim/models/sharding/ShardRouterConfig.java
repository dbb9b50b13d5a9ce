package org.distsim.models.sharding;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.distsim.core.random.Distribution;
import org.distsim.models.format.Knob;

/**
 * A shard router: sends each request to the one shard that owns its key, by {@code strategy}, and
 * answers the caller with the shard's response.
 *
 * @param shards              the nodes that hold the shards, in shard order, at least one, no repeats
 * @param strategy            how a key is mapped to a shard
 * @param keySpace            for range sharding without boundaries: the number of keys split evenly; null otherwise
 * @param boundaries          for range sharding: the {@code n - 1} increasing cuts between the shards; null for an even split
 * @param virtualNodes        points per shard on the consistent-hash ring
 * @param directoryLookupTime for directory sharding: the time one lookup in the directory takes, in nanoseconds
 * @param timeout             how long a forwarded request is waited for
 * @param addShard            a shard added during the run; null for none
 */
public record ShardRouterConfig(
        @Knob(doc = "The nodes that hold the shards, in shard order, such as [db-1, db-2, db-3]; each at most once.",
                format = Knob.Format.NODE_REF)
        List<String> shards,
        @Knob(doc = "How a request's key picks its shard: hash (mix64(key) mod n: even, but adding a shard moves"
                + " n/(n+1) of the keys), range (contiguous key ranges: shard 1 holds the lowest keys, so under"
                + " Zipf keys it is hot), directory (a lookup table filled on first sight, each new key on the shard"
                + " that has received the fewest requests, so hot keys end up apart; adding a shard moves none) or consistent-hash (a ring with virtual"
                + " nodes: adding a shard moves about 1/(n+1) of the keys).", defaultValue = "hash")
        ShardingStrategy strategy,
        @Knob(doc = "Only for strategy: range without boundaries: the number of keys, 0 to key-space - 1, split"
                + " into equal contiguous ranges (match the workload's keys: {count}). Keys beyond it go to the"
                + " last shard.", optional = true, min = "1", max = "1000000000000")
        Long keySpace,
        @Knob(doc = "Only for strategy: range: the n - 1 increasing keys where each shard after the first begins,"
                + " such as [100, 1000] for 3 shards: [0, 100), [100, 1000) and [1000, ...).", optional = true)
        List<Long> boundaries,
        @Knob(doc = "Points per shard on the consistent-hash ring: more spread the keys more evenly (about 1/sqrt"
                + " of it as relative spread). Only read by consistent-hash.",
                defaultValue = "100", min = "1", max = "100000")
        int virtualNodes,
        @Knob(doc = "Only for strategy: directory: how long one lookup in the directory takes before the request"
                + " is forwarded (a call to the lookup service): a distribution, or a duration for a constant.",
                defaultValue = "0s")
        Distribution directoryLookupTime,
        @Knob(doc = "How long the router waits for a shard's response. When it runs out the router stops"
                + " waiting and counts a timeout, but answers nothing: whether the shard acted is unknown, so"
                + " the caller's own timeout decides.", defaultValue = "10s", min = "0s", minExclusive = true)
        Duration timeout,
        @Knob(doc = "Resharding: {at: 60s, node: db-4} adds the declared node db-4 as a new last shard at 60 s"
                + " of simulated time; the router then reports which fraction of the keys it had seen changed"
                + " shard. Leave it out for none.", optional = true)
        AddShardConfig addShard) {

    /** A limit on the shards, which also keeps an even range split free of overflow. */
    public static final int MAX_SHARDS = 10_000;

    public ShardRouterConfig {
        shards = List.copyOf(shards);
        boundaries = boundaries == null ? null : List.copyOf(boundaries);
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(directoryLookupTime, "directoryLookupTime");
        Objects.requireNonNull(timeout, "timeout");
        if (shards.isEmpty()) {
            throw new IllegalArgumentException("a shard router needs at least one shard");
        }
        if (shards.size() + 1 > MAX_SHARDS) {
            throw new IllegalArgumentException("at most " + (MAX_SHARDS - 1) + " shards, got " + shards.size());
        }
        Set<String> seen = new HashSet<>();
        for (String shard : shards) {
            if (!seen.add(shard)) {
                throw new IllegalArgumentException("shard \"" + shard + "\" is listed twice in shards");
            }
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        if (virtualNodes < 1) {
            throw new IllegalArgumentException("virtual-nodes must be at least 1, got " + virtualNodes);
        }
        if (strategy == ShardingStrategy.RANGE) {
            checkRange(shards.size(), keySpace, boundaries, addShard);
        } else {
            if (keySpace != null || boundaries != null) {
                throw new IllegalArgumentException((keySpace != null ? "key-space" : "boundaries")
                        + " is read only by strategy range, not " + name(strategy)
                        + "; set strategy: range or remove it");
            }
            if (addShard != null && addShard.boundaries() != null) {
                throw new IllegalArgumentException("add-shard.boundaries is read only by strategy range with"
                        + " explicit boundaries; remove it");
            }
        }
        if (addShard != null && seen.contains(addShard.node())) {
            throw new IllegalArgumentException("add-shard.node \"" + addShard.node() + "\" is already one of the"
                    + " shards " + shards + "; name a node that is not a shard yet");
        }
    }

    private static void checkRange(int shards, Long keySpace, List<Long> boundaries, AddShardConfig addShard) {
        if (keySpace == null && boundaries == null) {
            throw new IllegalArgumentException("strategy range needs key-space (the number of keys, split evenly)"
                    + " or boundaries (where each shard begins)");
        }
        if (keySpace != null && boundaries != null) {
            throw new IllegalArgumentException("give key-space (an even split) or boundaries, not both");
        }
        if (boundaries == null) {
            if (addShard != null && addShard.boundaries() != null) {
                throw new IllegalArgumentException("add-shard.boundaries needs explicit boundaries; without them"
                        + " the key space is re-split evenly, so remove add-shard.boundaries");
            }
            return;
        }
        checkCuts("boundaries", boundaries, shards - 1);
        if (addShard != null) {
            if (addShard.boundaries() == null) {
                throw new IllegalArgumentException("with explicit boundaries, add-shard needs boundaries too: the "
                        + shards + " cuts for the " + (shards + 1) + " shards after it is added");
            }
            checkCuts("add-shard.boundaries", addShard.boundaries(), shards);
        }
    }

    private static void checkCuts(String knob, List<Long> cuts, int expected) {
        if (cuts.size() != expected) {
            throw new IllegalArgumentException(knob + " needs " + expected + " keys for " + (expected + 1)
                    + " shards (where each shard after the first begins), got " + cuts.size());
        }
        for (int i = 1; i < cuts.size(); i++) {
            if (cuts.get(i) <= cuts.get(i - 1)) {
                throw new IllegalArgumentException(knob + " must increase strictly, but " + cuts.get(i)
                        + " follows " + cuts.get(i - 1));
            }
        }
    }

    private static String name(ShardingStrategy strategy) {
        return strategy.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
