package org.distsim.models.replication;

import org.distsim.core.kernel.ActorContext;
import org.distsim.core.metrics.Counter;
import org.distsim.core.metrics.NodeMetrics;

/**
 * The counters of one leaderless member, registered in the order the report shows them:
 * {@code reads}, {@code writes} (served as a replica; writes include repairs and hand-offs applied
 * here), {@code coordinated_reads}, {@code coordinated_writes}, {@code read_repairs},
 * {@code unavailable}, {@code hinted_handoffs}, {@code rejected}, and with skewed clocks
 * {@code lost_newer_writes}. The worker pool registers {@code utilisation} and {@code queue} after
 * them.
 */
final class LeaderlessFigures {

    final Counter reads;
    final Counter writes;
    final Counter coordinatedReads;
    final Counter coordinatedWrites;
    final Counter readRepairs;
    final Counter unavailable;
    final Counter hintedHandoffs;
    final Counter rejected;
    /** Null with perfect clocks, which never lose a newer write. */
    final Counter lostNewerWrites;

    LeaderlessFigures(ActorContext context, boolean skewed) {
        NodeMetrics metrics = context.nodeMetrics();
        reads = metrics.counter(ReplicationFigures.READS);
        writes = metrics.counter(ReplicationFigures.WRITES);
        coordinatedReads = metrics.counter(ReplicationFigures.COORDINATED_READS);
        coordinatedWrites = metrics.counter(ReplicationFigures.COORDINATED_WRITES);
        readRepairs = metrics.counter(ReplicationFigures.READ_REPAIRS);
        unavailable = metrics.counter(ReplicationFigures.UNAVAILABLE);
        hintedHandoffs = metrics.counter(ReplicationFigures.HINTED_HANDOFFS);
        rejected = metrics.counter(ReplicationFigures.REJECTED);
        lostNewerWrites = skewed ? metrics.counter(ReplicationFigures.LOST_NEWER_WRITES) : null;
    }
}
