package org.distsim.models.replication;

import java.util.List;
import java.util.stream.Stream;
import org.distsim.core.figure.CurveSpec;
import org.distsim.core.figure.FigureSpec;
import org.distsim.core.figure.Role;
import org.distsim.core.figure.Unit;
import org.distsim.models.station.StationFigures;
import org.distsim.models.storage.StorageFigures;

/**
 * The figures of a {@code replicated-database}: those of its front ({@link #FRONT}) and those of
 * its members, of type {@code database-replica} ({@link #MEMBER}; which of them a member records
 * depends on the replication mode).
 */
public final class ReplicationFigures {

    // ---- the front ----

    public static final FigureSpec FRONT_UNAVAILABLE = FigureSpec.count("unavailable", Role.ERRORS, "unavailable",
            "Requests failed as unavailable because the member they went to did not answer within request-timeout.");
    public static final FigureSpec LOST_WRITES = FigureSpec.count("lost_writes", Role.CONSISTENCY, "lost writes",
            "Acknowledged writes a failover discarded (leader-follower with cp): the new leader never had them.");
    public static final FigureSpec LEADER_READS_AFTER_WRITE = FigureSpec.count("leader_reads_after_write", Role.LOAD,
            "leader reads after write", "Reads sent to the leader because their client wrote within the"
            + " read-your-writes window.");
    public static final FigureSpec DRIVER_RETRIES = FigureSpec.count("driver_retries", Role.RESILIENCE,
            "driver retries", "Requests the front sent again to another member after one refused it or did not"
            + " answer (driver-retries).");
    public static final FigureSpec LAGGING_SKIPS = FigureSpec.count("lagging_skips", Role.RESILIENCE,
            "lagging skips", "Reads the front routed while it left out at least one live member that was catching"
            + " up, refusing reads, or lagging beyond max-lag.");

    public static final CurveSpec FRESH_READ_AFTER_WRITE = new CurveSpec("fresh_read_after_write",
            "fresh reads after a write", "time since the write was acknowledged",
            "read returns the write or a newer one", "For each read answered with a version after the warm-up: the"
            + " time from the acknowledgement of the newest write of its key the front had acknowledged when the read"
            + " arrived, and whether the read returned that write or a newer one (probabilistically bounded"
            + " staleness, Bailis et al., VLDB 2012).");

    // ---- a member ----

    public static final FigureSpec READS = FigureSpec.count("reads", Role.LOAD, "reads", "Reads the member served.");
    public static final FigureSpec WRITES = FigureSpec.count("writes", Role.LOAD, "writes",
            "Writes the member committed for a client.");
    public static final FigureSpec APPLIED = FigureSpec.count("applied", Role.LOAD, "applied",
            "Writes shipped from other members that this member applied.");
    public static final FigureSpec REJECTED = FigureSpec.count("rejected", Role.ERRORS, "rejected",
            "Requests refused because the queue was full.");
    public static final FigureSpec UNAVAILABLE = FigureSpec.count("unavailable", Role.ERRORS, "unavailable",
            "Requests refused as unavailable: no leader or quorum reachable, or the peers did not answer in time.");
    public static final FigureSpec LEADER_CHANGES = FigureSpec.count("leader_changes", Role.RESILIENCE,
            "leader changes", "Times the member started to follow a new leader, itself included.");
    public static final FigureSpec CONFLICTS = FigureSpec.count("conflicts", Role.CONSISTENCY, "conflicts",
            "The member's own acknowledged writes that lost to a concurrent write under last writer wins.");
    public static final FigureSpec LOST_NEWER_WRITES = FigureSpec.count("lost_newer_writes", Role.CONSISTENCY,
            "lost newer writes", "Writes that lost under last writer wins to a write made earlier in true"
            + " time, because the writers' clocks were skewed (with clock-skew only).");
    public static final FigureSpec REPLICATION_LAG_MEAN = lag("replication_lag_mean_ms", "replication lag, mean",
            "Mean time from a write's commit at its writer to its becoming visible here, of the writes applied"
            + " after the warm-up.");
    public static final FigureSpec REPLICATION_LAG_P99 = lag("replication_lag_p99_ms", "replication lag, p99",
            "The 99th percentile of that time.");
    public static final FigureSpec REPLICATION_LAG_MAX = lag("replication_lag_max_ms", "replication lag, max",
            "The longest such time.");
    public static final FigureSpec LAG = FigureSpec.gauge("lag_ms", Unit.MILLISECONDS, Role.BACKLOG, "lag",
            "The replication lag of the last write applied, held until the next: how far behind the member is,"
            + " time-weighted.").asHeadline();
    public static final FigureSpec COORDINATED_READS = FigureSpec.count("coordinated_reads", Role.LOAD,
            "coordinated reads", "Reads this member coordinated (leaderless).");
    public static final FigureSpec COORDINATED_WRITES = FigureSpec.count("coordinated_writes", Role.LOAD,
            "coordinated writes", "Writes this member coordinated (leaderless).");
    public static final FigureSpec READ_REPAIRS = FigureSpec.count("read_repairs", Role.CONSISTENCY, "read repairs",
            "Replicas that answered a read with an older stamp and got the newest written back.");
    public static final FigureSpec HINTED_HANDOFFS = FigureSpec.count("hinted_handoffs", Role.RESILIENCE,
            "hinted handoffs", "Writes handed to a member that missed them, from a hint kept under a sloppy quorum.");

    /** The front's figures, in the order it registers them. */
    public static final List<FigureSpec> FRONT = List.of(FRONT_UNAVAILABLE, LOST_WRITES, LEADER_READS_AFTER_WRITE,
            DRIVER_RETRIES, LAGGING_SKIPS);

    /** A leader-follower or multi-leader member's figures, in the order it registers them. */
    static final List<FigureSpec> REPLICA = List.of(READS, WRITES, APPLIED, REJECTED, UNAVAILABLE, LEADER_CHANGES,
            CONFLICTS, LOST_NEWER_WRITES, REPLICATION_LAG_MEAN, REPLICATION_LAG_P99, REPLICATION_LAG_MAX, LAG);

    /** Every figure a member of any mode may record. */
    public static final List<FigureSpec> MEMBER = Stream.of(REPLICA, StationFigures.ALL, List.of(COORDINATED_READS,
            COORDINATED_WRITES, READ_REPAIRS, HINTED_HANDOFFS), StorageFigures.ALL).flatMap(List::stream).toList();

    private ReplicationFigures() {
    }

    private static FigureSpec lag(String name, String label, String doc) {
        return FigureSpec.duration(name, Unit.MILLISECONDS, Role.LATENCY, label, doc);
    }
}
