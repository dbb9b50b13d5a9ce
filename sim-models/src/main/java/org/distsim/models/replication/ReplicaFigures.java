package org.distsim.models.replication;

import org.HdrHistogram.Histogram;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.metrics.Counter;
import org.distsim.core.metrics.NodeMetrics;
import org.distsim.core.metrics.TimeWeightedGauge;

/**
 * The figures of one member, registered in the order the report shows them: {@code reads} and
 * {@code writes} it served, {@code applied} (writes shipped from other members that it applied),
 * {@code rejected} (full queue), {@code unavailable} (refused: no leader or majority reachable, or
 * the leader or the followers did not answer in time), {@code leader_changes} (times it started to
 * follow a new leader, itself included), {@code conflicts} (its own acknowledged writes that lost
 * to a concurrent write under last writer wins), with skewed clocks {@code lost_newer_writes} (those
 * conflicts the member lost to a write made earlier in true time), and the replication lag of the writes it applied
 * after the warm-up: {@code replication_lag_mean_ms}, {@code replication_lag_p99_ms},
 * {@code replication_lag_max_ms}, from the writer's commit to the moment the write became visible
 * here. The gauge {@code lag_ms} holds the lag of the last write applied, so the time series shows
 * lag over time (a follower catching up after a partition), and the summary its time-weighted
 * {@code lag_ms_mean} and {@code lag_ms_max}.
 */
final class ReplicaFigures {

    private static final int SIGNIFICANT_DIGITS = 3;

    final Counter reads;
    final Counter writes;
    final Counter applied;
    final Counter rejected;
    final Counter unavailable;
    final Counter leaderChanges;
    final Counter conflicts;
    /** Null unless the clocks are skewed. */
    final Counter lostNewerWrites;
    private final Histogram lagNanos = new Histogram(SIGNIFICANT_DIGITS);
    private final TimeWeightedGauge lagGauge;
    private final long warmupEndNanos;

    ReplicaFigures(ActorContext context, ReplicatedDatabaseConfig config) {
        NodeMetrics metrics = context.nodeMetrics();
        reads = metrics.counter(ReplicationFigures.READS);
        writes = metrics.counter(ReplicationFigures.WRITES);
        applied = metrics.counter(ReplicationFigures.APPLIED);
        rejected = metrics.counter(ReplicationFigures.REJECTED);
        unavailable = metrics.counter(ReplicationFigures.UNAVAILABLE);
        leaderChanges = metrics.counter(ReplicationFigures.LEADER_CHANGES);
        conflicts = metrics.counter(ReplicationFigures.CONFLICTS);
        lostNewerWrites = config.clockSkew() == null ? null : metrics.counter(ReplicationFigures.LOST_NEWER_WRITES);
        metrics.derived(ReplicationFigures.REPLICATION_LAG_MEAN, () -> lagNanos.getTotalCount() == 0 ? Double.NaN : lagNanos.getMean() / 1e6);
        metrics.derived(ReplicationFigures.REPLICATION_LAG_P99, () -> lagNanos.getTotalCount() == 0 ? Double.NaN
                : lagNanos.getValueAtPercentile(99) / 1e6);
        metrics.derived(ReplicationFigures.REPLICATION_LAG_MAX, () -> lagNanos.getTotalCount() == 0 ? Double.NaN
                : lagNanos.getMaxValue() / 1e6);
        lagGauge = metrics.gauge(ReplicationFigures.LAG);
        warmupEndNanos = context.warmupEndNanos();
    }

    /** A shipped write committed at {@code committedAtNanos} became visible here now. */
    void applied(long committedAtNanos, long nowNanos) {
        applied.increment();
        lagGauge.set((nowNanos - committedAtNanos) / 1e6);
        if (nowNanos >= warmupEndNanos) {
            lagNanos.recordValue(Math.max(0, nowNanos - committedAtNanos));
        }
    }
}
