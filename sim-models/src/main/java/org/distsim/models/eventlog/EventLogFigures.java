package org.distsim.models.eventlog;

import java.util.List;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Unit;
import org.distsim.models.storage.StorageFigures;

/**
 * The figures of an {@code event-log} node: the log's own, then one family per consumer group,
 * qualified by the group's name ({@code lag.projector}).
 */
public final class EventLogFigures {

    public static final FigureSpec PUBLISHED = FigureSpec.count("published", Role.LOAD, "published",
            "Messages appended to the log.");
    public static final FigureSpec EXPIRED = FigureSpec.count("expired", Role.CAPACITY, "expired",
            "Messages removed by retention (time or size), read by every group or not.");
    public static final FigureSpec RETAINED = FigureSpec.gauge("retained", Unit.ONE, Role.CAPACITY, "retained",
            "Messages the log holds, over all partitions, time-weighted.");
    public static final FigureSpec REBALANCES = FigureSpec.count("rebalances", Role.RESILIENCE, "rebalances",
            "Times a group's partitions were reassigned because a member was lost (an acknowledgement timed out)"
            + " or came back.");
    public static final FigureSpec LAG = group(FigureSpec.gauge("lag", Unit.ONE, Role.BACKLOG, "lag",
            "Messages past the group's committed offsets, over all partitions, time-weighted; 0 before it joins."));
    public static final FigureSpec CONSUMED = group(FigureSpec.count("consumed", Role.LOAD, "consumed",
            "Messages the group committed: acknowledged in a batch that all succeeded."));
    public static final FigureSpec BATCHES = group(FigureSpec.count("batches", Role.LOAD, "batches",
            "Batches delivered to the group's members, redeliveries included."));
    public static final FigureSpec REDELIVERED = group(FigureSpec.count("redelivered", Role.RESILIENCE,
            "redelivered", "Messages delivered again because their batch failed or timed out (possible duplicates)."));
    public static final FigureSpec LOST = group(FigureSpec.count("lost", Role.ERRORS, "lost to retention",
            "Messages retention removed before the group had committed them: the group never reads them."));

    /** Every figure of the type, in the order the log registers them (the group families once per group). */
    public static final List<FigureSpec> ALL = List.of(PUBLISHED, EXPIRED, RETAINED, REBALANCES, LAG, CONSUMED,
            BATCHES, REDELIVERED, LOST, StorageFigures.STORED, StorageFigures.GROWTH_PER_DAY);

    private EventLogFigures() {
    }

    private static FigureSpec group(FigureSpec spec) {
        return spec.per(FigureSpec.Per.CONSUMER);
    }
}
