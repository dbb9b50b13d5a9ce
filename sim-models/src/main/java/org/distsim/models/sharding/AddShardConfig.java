package org.distsim.models.sharding;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.distsim.models.format.Knob;

/**
 * Resharding: at simulated time {@code at} the router adds {@code node} as one more shard and
 * from then on routes by the new map. The node must be declared under {@code nodes:}; it receives
 * no traffic from the router before {@code at}. The data of the moved keys is assumed to move
 * with them at once; what the router reports is how many keys moved.
 *
 * @param at         when the shard is added, from the start of the run
 * @param node       the node that becomes the new shard
 * @param boundaries for range sharding with explicit boundaries: the cuts for the shards plus the new one
 *                   (one more than before); null otherwise
 */
public record AddShardConfig(
        @Knob(doc = "When the shard is added, as simulated time from the start of the run.", min = "0s")
        Duration at,
        @Knob(doc = "The node that becomes the new, last shard, such as db-4. It must be declared under nodes"
                + " and not be one of shards.", format = Knob.Format.NODE_REF)
        String node,
        @Knob(doc = "Only for strategy: range with explicit boundaries: the boundaries after the shard is added,"
                + " one more than before, increasing. Without explicit boundaries the key space is re-split"
                + " evenly.", optional = true)
        List<Long> boundaries) {

    public AddShardConfig {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(node, "node");
        if (at.isNegative()) {
            throw new IllegalArgumentException("add-shard.at must not be negative, got " + at);
        }
        boundaries = boundaries == null ? null : List.copyOf(boundaries);
    }
}
