package org.distsim.models.eventlog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.metrics.Counter;
import org.distsim.core.metrics.NodeMetrics;
import org.distsim.core.metrics.TimeWeightedGauge;

/**
 * One consumer group's view of the log: its committed offset per partition (independent of every
 * other group), the batch in flight per partition, which members are alive, and its figures.
 * Partition p is assigned to the (p mod n)-th of the n live members, in the order the group lists
 * them, so losing or regaining a member reassigns partitions (a rebalance) without any hashing.
 */
final class GroupReader {

    /** The messages of one partition delivered together, and what their acknowledgements said so far. */
    static final class Batch {
        final int partition;
        final long fromOffset;
        final long toOffset;
        final int member;
        int outstanding;
        boolean failed;

        Batch(int partition, long fromOffset, long toOffset, int member) {
            this.partition = partition;
            this.fromOffset = fromOffset;
            this.toOffset = toOffset;
            this.member = member;
            this.outstanding = (int) (toOffset - fromOffset);
        }
    }

    final GroupConfig config;
    final Counter consumed;
    final Counter batches;
    final Counter redelivered;
    final Counter lost;
    private final TimeWeightedGauge lag;
    private final long[] next;
    private final Batch[] inFlight;
    private final boolean[] lingering;
    private final boolean[] retrying;
    private final ActorRef[] members;
    private final boolean[] alive;
    private boolean joined;
    private long lagCount;

    GroupReader(GroupConfig config, int partitions, NodeMetrics metrics) {
        this.config = config;
        this.consumed = metrics.counter(EventLogFigures.CONSUMED, config.name());
        this.batches = metrics.counter(EventLogFigures.BATCHES, config.name());
        this.redelivered = metrics.counter(EventLogFigures.REDELIVERED, config.name());
        this.lost = metrics.counter(EventLogFigures.LOST, config.name());
        this.lag = metrics.gauge(EventLogFigures.LAG, config.name());
        this.next = new long[partitions];
        this.inFlight = new Batch[partitions];
        this.lingering = new boolean[partitions];
        this.retrying = new boolean[partitions];
        this.members = new ActorRef[config.consumers().size()];
        this.alive = new boolean[members.length];
        Arrays.fill(alive, true);
    }

    void member(int index, ActorRef ref) {
        members[index] = ref;
    }

    ActorRef member(int index) {
        return members[index];
    }

    int memberCount() {
        return members.length;
    }

    boolean joined() {
        return joined;
    }

    /** The group starts reading: at each partition's oldest retained offset, or at its end. */
    void join(PartitionLog[] log) {
        joined = true;
        for (int p = 0; p < log.length; p++) {
            next[p] = config.startAt() == StartAt.EARLIEST ? log[p].start() : log[p].end();
        }
        recountLag(log);
    }

    long next(int partition) {
        return next[partition];
    }

    /**
     * Retention moved partition {@code p}'s start: what the group had neither committed nor has in
     * a batch in flight below it is lost (a batch in flight was delivered, and counts when it is
     * acknowledged or fails).
     */
    void retained(int partition, long start) {
        if (!joined || next[partition] >= start) {
            return;
        }
        Batch batch = inFlight[partition];
        long covered = batch == null ? next[partition] : Math.max(next[partition], batch.toOffset);
        if (covered < start) {
            lost.add(start - covered);
        }
        lagCount -= start - next[partition];
        next[partition] = start;
        lag.set(lagCount);
    }

    /** The batch failed; those of its messages that retention removed meanwhile will never be delivered again. */
    void failed(Batch batch, long start) {
        long gone = Math.min(batch.toOffset, start) - batch.fromOffset;
        if (gone > 0) {
            lost.add(gone);
        }
    }

    /** A message was appended to some partition. */
    void appended() {
        if (joined) {
            lagCount++;
            lag.set(lagCount);
        }
    }

    /** The batch was acknowledged in full: commit its end. */
    void commit(Batch batch) {
        consumed.add(batch.toOffset - batch.fromOffset);
        long committed = Math.max(next[batch.partition], batch.toOffset);
        lagCount -= committed - next[batch.partition];
        next[batch.partition] = committed;
        lag.set(lagCount);
    }

    Batch inFlight(int partition) {
        return inFlight[partition];
    }

    void inFlight(int partition, Batch batch) {
        inFlight[partition] = batch;
    }

    boolean lingering(int partition) {
        return lingering[partition];
    }

    void lingering(int partition, boolean armed) {
        lingering[partition] = armed;
    }

    /** The live member that reads partition {@code p}, or -1 when none is alive. */
    int assignee(int partition) {
        List<Integer> live = live();
        return live.isEmpty() ? -1 : live.get(partition % live.size());
    }

    boolean alive(int member) {
        return alive[member];
    }

    /** Marks a member gone or back; true when that changed the assignment. */
    boolean alive(int member, boolean isAlive) {
        boolean changed = alive[member] != isAlive;
        alive[member] = isAlive;
        return changed;
    }

    boolean retrying(int partition) {
        return retrying[partition];
    }

    void retrying(int partition, boolean waiting) {
        retrying[partition] = waiting;
    }

    /** The log crashed: batches in flight and timers are gone; the batches' messages will be delivered again. */
    void forgetInFlight(PartitionLog[] log) {
        for (int p = 0; p < inFlight.length; p++) {
            if (inFlight[p] != null) {
                failed(inFlight[p], log[p].start());
                redelivered.add(inFlight[p].toOffset - inFlight[p].fromOffset);
            }
        }
        Arrays.fill(inFlight, null);
        Arrays.fill(lingering, false);
        Arrays.fill(retrying, false);
    }

    private List<Integer> live() {
        List<Integer> live = new ArrayList<>();
        for (int m = 0; m < alive.length; m++) {
            if (alive[m]) {
                live.add(m);
            }
        }
        return live;
    }

    private void recountLag(PartitionLog[] log) {
        lagCount = 0;
        for (int p = 0; p < log.length; p++) {
            lagCount += log[p].end() - next[p];
        }
        lag.set(lagCount);
    }
}
