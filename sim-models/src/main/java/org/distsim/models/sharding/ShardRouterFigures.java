package org.distsim.models.sharding;

import java.util.List;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Unit;

/** The figures of a {@code shard-router} node. */
public final class ShardRouterFigures {

    public static final FigureSpec ROUTED = FigureSpec.count("to", Role.LOAD, "routed",
            "Requests routed to one shard.").per(FigureSpec.Per.BACKEND);
    public static final FigureSpec TIMEOUTS = FigureSpec.count("timeouts", Role.ERRORS, "timeouts",
            "Routed requests the shard did not answer in time.");
    public static final FigureSpec HOT_SHARD_SHARE = FigureSpec.quotient("hot_shard_share", Unit.ONE,
            Role.EFFICIENCY, "hot shard share", "The busiest shard's routed requests over the mean per shard:"
            + " 1 when the load is even, n when it all goes to one of n shards.").asHeadline();
    public static final FigureSpec KEYS_SEEN = FigureSpec.amount("keys_seen", Unit.ONE, Role.CAPACITY, "keys seen",
            "Distinct keys routed before the shard was added, compared across the resharding.");
    public static final FigureSpec KEYS_MOVED = FigureSpec.amount("keys_moved", Unit.ONE, Role.CAPACITY, "keys moved",
            "Of the keys seen, those that the added shard took to another shard.");
    public static final FigureSpec KEYS_MOVED_FRACTION = FigureSpec.ratio("keys_moved_fraction", Role.CAPACITY,
            "keys moved fraction", "keys moved / keys seen (1/(n+1) for consistent hashing, about n/(n+1) for mod-n).");

    /** Every figure of the type, in the order the router registers them (the last three only with add-shard). */
    public static final List<FigureSpec> ALL = List.of(ROUTED, TIMEOUTS, HOT_SHARD_SHARE, KEYS_SEEN, KEYS_MOVED,
            KEYS_MOVED_FRACTION);

    private ShardRouterFigures() {
    }
}
