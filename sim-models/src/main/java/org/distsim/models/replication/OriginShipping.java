package org.distsim.models.replication;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.models.replication.PeerMessage.OriginWrite;
import org.distsim.models.replication.PeerMessage.Ship;
import org.distsim.models.storage.StoredBytes;

/**
 * Writes a member makes on its own authority, shipped to every other member and merged there by
 * last writer wins: all writes in multi-leader replication, and in leader-follower replication
 * with {@code partition: ap} the writes a member accepts while it cannot reach its leader (and the
 * entries a new leader's log lacks, which a member re-ships instead of discarding).
 *
 * <p>A write leaves for each peer {@code replication-delay} after its commit (the shipping
 * delay: batching, a busy replication thread); a crash loses what has not left yet, and the
 * resend below makes up for it. Each member numbers its own writes from 1 and keeps them (durable); every member applies
 * each origin's writes in that order. Heartbeats carry, for every origin, how many of its writes
 * the sender has applied; when a peer's count has not moved for a heartbeat interval and is behind,
 * the origin ships the missing writes again, so members converge once a partition heals or a
 * crashed member returns.
 *
 * <p>A write carries its size: a shipped write weighs it on the links it crosses, and every
 * member stores it once, the origin when it commits it and each peer when it applies it (in the
 * origin's order, so a write shipped twice is stored once), whether or not it wins under last
 * writer wins (a store of new objects: nothing is reclaimed).
 */
final class OriginShipping {

    /** The most writes re-shipped to one peer per heartbeat, so that a long outage is caught up in bounded bursts. */
    static final int RESEND_BATCH = 5_000;

    private final ActorContext context;
    private final int self;
    private final ReplicaStore store;
    private final LwwMerge merge;
    private final ReplicaFigures figures;
    private final StoredBytes stored;
    private ActorRef[] members;
    /** This member's own writes {@code ownBase + 1 ..}; those every peer applied are dropped. */
    private final List<OriginWrite> own = new ArrayList<>();
    private long ownBase;
    /** By origin number: how many of its writes this member applied (durable). */
    private final long[] applied;
    /** By peer number: how many of this member's writes the peer last reported applied. */
    private final long[] reported;
    private final List<OrderedApplier<OriginWrite>> appliers = new ArrayList<>();
    private final ContinuousSampler delay;
    private final MemberClock clock;
    private final boolean independent;

    OriginShipping(ActorContext context, ReplicatedDatabaseConfig config, int self, ReplicaStore store, LwwMerge merge,
            MemberStation station, ReplicaFigures figures, StoredBytes stored, MemberClock clock) {
        this.context = context;
        this.self = self;
        this.store = store;
        this.merge = merge;
        this.figures = figures;
        this.stored = stored;
        int n = config.replicas();
        this.applied = new long[n + 1];
        this.reported = new long[n + 1];
        this.delay = config.replicationDelay().sampler(context.random("own-writes-delay"));
        this.clock = clock;
        this.independent = config.applyOrder() == ApplyOrder.INDEPENDENT;
        for (int origin = 0; origin <= n; origin++) {
            int from = origin;
            appliers.add(new OrderedApplier<>(context, station, () -> applied[from],
                    (sequence, write) -> visible(from, write), independent ? (sequence, write) -> store.version(write.key()) == write.stamp() || show(write) : null));
        }
    }

    /** The peers, by member number (index 0 and this member's own slot unused); set at start. */
    void connect(ActorRef[] members) {
        this.members = members;
    }

    /** Commits a write of {@code key} weighing {@code sizeBytes} made here, now, ships it, and returns its version. */
    long write(long key, long sizeBytes) {
        long previous = store.version(key);
        // A perfect clock's stamp goes above the version this member holds, so that writes it has
        // seen stay ordered. A skewed clock's stamp is its reading, as Cassandra's write timestamps
        // are (above only this member's own last write of the key): it may fall below a write of
        // another member held here, and then loses at once, here too, though it is the newer.
        long floor = clock.perfect() || Stamps.member(previous) == self ? previous : ReplicaStore.NEVER_WRITTEN;
        long stamp = Stamps.next(clock.read(context.now()), self, floor);
        if (store.apply(key, stamp)) {
            merge.wrote(key, context.now());
        } else if (figures.lostNewerWrites != null) {
            figures.lostNewerWrites.increment();
        }
        stored.committed(sizeBytes);
        add(key, stamp, previous, context.now(), sizeBytes);
        return stamp;
    }

    /**
     * Ships a write this member already holds and stored (an entry its new leader lacks) as one of
     * its own.
     */
    void reship(long key, long stamp, long previous, long committedAtNanos, long sizeBytes) {
        add(key, stamp, previous, committedAtNanos, sizeBytes);
    }

    /** A peer shipped one of its writes. */
    void onShip(Ship ship) {
        appliers.get(ship.origin()).offer(ship.write().sequence(), ship.write());
    }

    /** A peer's heartbeat: ship again what it has been missing for a whole interval. */
    void onHeartbeat(int peer, long[] peerApplied) {
        if (peerApplied == null) {
            return;
        }
        long has = peerApplied[self];
        long made = ownBase + own.size();
        if (has < made && has == reported[peer]) {
            long upTo = Math.min(made, has + RESEND_BATCH);
            for (long sequence = Math.max(has + 1, ownBase + 1); sequence <= upTo; sequence++) {
                context.send(members[peer], new Ship(self, own.get((int) (sequence - ownBase - 1))));
            }
        }
        reported[peer] = Math.max(reported[peer], has);
        forgetShipped();
    }

    /** Drops the own writes every peer has applied, in chunks of at least half the list. */
    private void forgetShipped() {
        long everyone = Long.MAX_VALUE;
        for (int peer = 1; peer < reported.length; peer++) {
            if (peer != self) {
                everyone = Math.min(everyone, reported[peer]);
            }
        }
        long drop = everyone == Long.MAX_VALUE ? 0 : everyone - ownBase;
        if (drop >= Math.max(1024, own.size() / 2)) {
            own.subList(0, (int) drop).clear();
            ownBase += drop;
        }
    }

    /** A copy of the per-origin counts, for a heartbeat. */
    long[] appliedCounts() {
        long[] counts = applied.clone();
        counts[self] = ownBase + own.size();
        return counts;
    }

    /** The member crashed: writes waiting to be applied are lost (their origins ship them again). */
    void clear() {
        appliers.forEach(OrderedApplier::clear);
    }

    private void add(long key, long stamp, long previous, long committedAtNanos, long sizeBytes) {
        OriginWrite write = new OriginWrite(ownBase + own.size() + 1, key, stamp, previous, committedAtNanos,
                sizeBytes);
        own.add(write);
        for (int peer = 1; peer < members.length; peer++) {
            if (peer != self) {
                ActorRef to = members[peer];
                Ship ship = new Ship(self, write);
                long delayNanos = context.drawnNanos(delay.sample());
                if (delayNanos > 0) {
                    context.setTimer(delayNanos, new Later(() -> context.send(to, ship)));
                } else {
                    context.send(to, ship);
                }
            }
        }
    }

    private boolean visible(int origin, OriginWrite write) {
        if (!independent) {
            show(write);
        }
        applied[origin] = write.sequence();
        stored.committed(write.sizeBytes());
        return true;
    }

    /** The write becomes visible here: in the origin's order, or (apply-order independent) as soon as it is applied. */
    private boolean show(OriginWrite write) {
        merge.apply(write.key(), write.stamp(), write.previous(), write.committedAtNanos());
        figures.applied(write.committedAtNanos(), context.now());
        return true;
    }
}
