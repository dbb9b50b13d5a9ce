package org.distsim.models.timeline;

import java.util.List;
import java.util.stream.Stream;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Unit;
import org.distsim.models.station.StationFigures;

/** The figures of a {@code timeline} node (besides its station's {@code utilisation} and {@code queue}). */
public final class TimelineFigures {

    public static final FigureSpec POSTS = FigureSpec.count("posts", Role.LOAD, "posts", "Posts written.");
    public static final FigureSpec CELEBRITY_POSTS = FigureSpec.count("celebrity_posts", Role.LOAD, "celebrity posts",
            "Posts by users with at least celebrity-threshold followers.");
    public static final FigureSpec READS = FigureSpec.count("reads", Role.LOAD, "reads", "Home timelines read.");
    public static final FigureSpec REJECTED = FigureSpec.count("rejected", Role.ERRORS, "rejected",
            "Requests refused because the queue was full.");
    public static final FigureSpec FANOUT_UTILISATION = FigureSpec.gauge("fanout_utilisation", Unit.FRACTION,
            Role.LOAD, "fan-out utilisation", "Busy fan-out workers / fan-out workers, time-weighted.");
    public static final FigureSpec FANOUT_BACKLOG = FigureSpec.gauge("fanout_backlog", Unit.ONE, Role.BACKLOG,
            "fan-out backlog", "Timeline inserts queued or in progress, time-weighted.").asHeadline();
    public static final FigureSpec FANOUT_INSERTS = FigureSpec.count("fanout_inserts", Role.LOAD, "fan-out inserts",
            "Posts inserted into followers' timelines.");
    public static final FigureSpec WRITE_AMPLIFICATION = FigureSpec.quotient("write_amplification", Unit.ONE,
            Role.EFFICIENCY, "write amplification", "Timeline inserts per post.");
    public static final FigureSpec MERGED_FOLLOWEES = FigureSpec.count("merged_followees", Role.LOAD,
            "merged followees", "Followees whose posts reads merged (fan-out on read).");
    public static final FigureSpec MERGES_PER_READ = FigureSpec.quotient("merges_per_read", Unit.ONE,
            Role.EFFICIENCY, "merges per read", "Followees merged per timeline read.");
    public static final FigureSpec TIMELINE_REBUILDS = FigureSpec.count("timeline_rebuilds", Role.RESILIENCE,
            "timeline rebuilds", "Reads that rebuilt a timeline lost in a crash by merging every followee.");
    public static final FigureSpec TIMELINE_ENTRIES = FigureSpec.amount("timeline_entries", Unit.ONE, Role.CAPACITY,
            "timeline entries", "Entries held in the cached timelines when the run ended.");
    public static final FigureSpec TIMELINE_CACHE_MB = FigureSpec.amount("timeline_cache_mb", Unit.MEGABYTES,
            Role.CAPACITY, "timeline cache", "Memory of the cached timelines when the run ended.");
    public static final FigureSpec VISIBLE_MEAN = visibility("visible_to_all_mean_ms", "visible to all, mean",
            "Mean time from a post to its last follower's timeline insert.");
    public static final FigureSpec VISIBLE_P99 = visibility("visible_to_all_p99_ms", "visible to all, p99",
            "The 99th percentile of the time from a post to its last follower's timeline insert.");
    public static final FigureSpec CELEBRITY_VISIBLE_MEAN = visibility("celebrity_visible_to_all_mean_ms",
            "celebrity visible to all, mean", "The same mean, of celebrity posts.");
    public static final FigureSpec CELEBRITY_VISIBLE_P99 = visibility("celebrity_visible_to_all_p99_ms",
            "celebrity visible to all, p99", "The same 99th percentile, of celebrity posts.");
    public static final FigureSpec CELEBRITY_VISIBLE_MAX = visibility("celebrity_visible_to_all_max_ms",
            "celebrity visible to all, max", "The longest time a celebrity post took to reach every follower.");
    public static final FigureSpec GRAPH_USERS = graph("graph_users", Unit.ONE, "graph users", "Users in the graph.");
    public static final FigureSpec GRAPH_FOLLOWS = graph("graph_follows", Unit.ONE, "graph follows",
            "Follow edges in the graph.");
    public static final FigureSpec GRAPH_MAX_FOLLOWERS = graph("graph_max_followers", Unit.ONE, "most followers",
            "Followers of the most followed user.");
    public static final FigureSpec GRAPH_CELEBRITIES = graph("graph_celebrities", Unit.ONE, "celebrities",
            "Users with at least celebrity-threshold followers.");
    public static final FigureSpec GRAPH_MB = graph("graph_mb", Unit.MEGABYTES, "graph memory",
            "Memory the graph takes.");

    /** Every figure of the type, in the order the timeline registers them. */
    public static final List<FigureSpec> ALL = Stream.concat(StationFigures.ALL.stream(), Stream.of(POSTS,
            CELEBRITY_POSTS, READS, REJECTED, FANOUT_UTILISATION, FANOUT_BACKLOG, FANOUT_INSERTS, WRITE_AMPLIFICATION,
            MERGED_FOLLOWEES, MERGES_PER_READ, TIMELINE_REBUILDS, TIMELINE_ENTRIES, TIMELINE_CACHE_MB, VISIBLE_MEAN,
            VISIBLE_P99, CELEBRITY_VISIBLE_MEAN, CELEBRITY_VISIBLE_P99, CELEBRITY_VISIBLE_MAX, GRAPH_USERS,
            GRAPH_FOLLOWS, GRAPH_MAX_FOLLOWERS, GRAPH_CELEBRITIES, GRAPH_MB)).toList();

    private TimelineFigures() {
    }

    private static FigureSpec visibility(String name, String label, String doc) {
        return FigureSpec.duration(name, Unit.MILLISECONDS, Role.LATENCY, label, doc);
    }

    private static FigureSpec graph(String name, Unit unit, String label, String doc) {
        return FigureSpec.amount(name, unit, Role.CAPACITY, label, doc);
    }
}
