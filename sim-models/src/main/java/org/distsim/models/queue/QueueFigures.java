package org.distsim.models.queue;

import java.util.List;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Unit;

/**
 * The figures of a {@code queue} node. Conservation: published = acked + backlog_at_end (times
 * the subscribers for pub-sub) when no warm-up is set.
 */
public final class QueueFigures {

    public static final FigureSpec PUBLISHED = FigureSpec.count("published", Role.LOAD, "published",
            "Messages accepted from producers.");
    public static final FigureSpec REJECTED = FigureSpec.count("rejected", Role.ERRORS, "rejected",
            "Publishes refused with reason queue-full (the queue was at capacity).");
    public static final FigureSpec DELIVERED = FigureSpec.count("delivered", Role.LOAD, "delivered",
            "Deliveries to consumers, redeliveries included.");
    public static final FigureSpec ACKED = FigureSpec.count("acked", Role.LOAD, "acked",
            "Messages a consumer acknowledged.");
    public static final FigureSpec REDELIVERIES = FigureSpec.count("redeliveries", Role.RESILIENCE, "redeliveries",
            "Messages sent back to their lane after a failed answer or a timeout, to be delivered again.");
    public static final FigureSpec DUPLICATES = FigureSpec.count("duplicates", Role.CONSISTENCY, "duplicates",
            "Deliveries of a message a consumer may already have processed: an upper bound on double processing.");
    public static final FigureSpec BACKLOG = FigureSpec.gauge("backlog", Unit.ONE, Role.BACKLOG, "backlog",
            "Messages published and not yet acknowledged, over all lanes, time-weighted.").asHeadline();
    public static final FigureSpec LAG = FigureSpec.gauge("lag", Unit.ONE, Role.BACKLOG, "consumer lag",
            "Messages of the log past the consumer group's committed offsets, over all partitions, time-weighted.")
            .asHeadline();
    public static final FigureSpec SUBSCRIPTION_BACKLOG = FigureSpec.gauge("backlog", Unit.ONE, Role.BACKLOG,
            "backlog", "A pub-sub subscription's messages not yet acknowledged, time-weighted.")
            .per(FigureSpec.Per.CONSUMER);
    public static final FigureSpec PARTITION_LAG = FigureSpec.gauge("lag", Unit.ONE, Role.BACKLOG, "consumer lag",
            "One partition's messages past the group's committed offset, time-weighted (qualifier p<i>).")
            .per(FigureSpec.Per.PARTITION);
    public static final FigureSpec BACKLOG_AT_END = FigureSpec.amount("backlog_at_end", Unit.ONE, Role.BACKLOG,
            "backlog at end", "Messages published and not yet acknowledged when the run ended.");
    public static final FigureSpec DELAY_MEAN = FigureSpec.duration("delay_mean_ms", Unit.MILLISECONDS, Role.LATENCY,
            "delay mean", "Mean time from publish to acknowledgement.");
    public static final FigureSpec DELAY_P99 = FigureSpec.duration("delay_p99_ms", Unit.MILLISECONDS, Role.LATENCY,
            "delay p99", "The 99th percentile of the time from publish to acknowledgement.");

    /** Every figure of the type, in the order the queue registers them (some only in one mode). */
    public static final List<FigureSpec> ALL = List.of(PUBLISHED, REJECTED, DELIVERED, ACKED, REDELIVERIES, DUPLICATES,
            BACKLOG, LAG, SUBSCRIPTION_BACKLOG, PARTITION_LAG, BACKLOG_AT_END, DELAY_MEAN, DELAY_P99);

    /** The qualifier of partition {@code index}'s lag: {@code p0}, {@code p1}, ... */
    static String partition(int index) {
        return "p" + index;
    }

    private QueueFigures() {
    }
}
