package org.distsim.models.replication;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.models.replication.PeerMessage.Replicate;
import org.distsim.models.replication.PeerMessage.Rewind;
import org.distsim.models.rpc.FailureReason;
import org.distsim.models.rpc.Response;

/**
 * What a member does while it leads (leader-follower): ships each committed entry to every
 * follower, tracks how far each follower got, catches up followers that fell behind or diverged,
 * and acknowledges writes to clients when the commit mode allows.
 *
 * <p><b>Commit modes.</b> async acknowledges at commit; semi-sync when one follower has applied
 * the entry (MySQL's semi-synchronous replication), or at once when the commit set is empty
 * (MySQL falls back to async); sync when every follower in the commit set has. The commit set holds the followers heard from within twice the failure timeout: a follower
 * cut off longer is written off (as MySQL falls back, or Kafka shrinks its in-sync replicas) so
 * that one partitioned replica does not stop all writes. The margin is a lease: a follower stops
 * serving reads once it has not heard the leader for one failure timeout, before the leader stops
 * waiting for it (when the failure timeout exceeds a heartbeat interval and two network delays, as
 * it should), so a sync write never leaves a serving follower behind. A write not
 * acknowledged within {@code request-timeout} fails with {@code unavailable} (it stays committed:
 * like a client timeout, the failure is indefinite).
 *
 * <p><b>Catch-up.</b> Each follower reports its position (its last entry) after every entry it
 * applies and in its heartbeats. A position this log does not hold means the follower has entries
 * this leader lacks (an old leader's unreplicated writes): the leader tells it how far to rewind.
 * A position behind this log that did not move for a heartbeat interval means entries were lost
 * on the way (a partition, a crash): the leader ships them again.
 */
final class LeaderDuties {

    /** The most entries shipped again to one follower at once. */
    static final int RESEND_BATCH = 5_000;

    private final ActorContext context;
    private final ReplicatedDatabaseConfig config;
    private final int self;
    private final Leadership claim;
    private final ReplicationLog log;
    private final ActorRef[] members;
    private final PeerMonitor monitor;
    private final ReplicationLedger ledger;
    private final ReplicaFigures figures;
    private final ContinuousSampler shippingDelay;
    /** By member: the last index known to agree with this log; -1 when unknown. */
    private final long[] matched;
    /** By member: the position in its previous heartbeat. */
    private final long[] heartbeatPosition;
    private final TreeMap<Long, Waiting> waiting = new TreeMap<>();
    /** The index up to which every member is known to hold this log. */
    private long settled;

    LeaderDuties(ActorContext context, ReplicatedDatabaseConfig config, int self, Leadership claim, ReplicationLog log,
            ActorRef[] members, PeerMonitor monitor, ReplicationLedger ledger, ReplicaFigures figures,
            ContinuousSampler shippingDelay) {
        this.context = context;
        this.config = config;
        this.self = self;
        this.claim = claim;
        this.log = log;
        this.members = members;
        this.monitor = monitor;
        this.ledger = ledger;
        this.figures = figures;
        this.shippingDelay = shippingDelay;
        this.matched = new long[members.length];
        this.heartbeatPosition = new long[members.length];
        Arrays.fill(matched, -1);
        Arrays.fill(heartbeatPosition, -1);
    }

    /**
     * Ships a newly committed entry to every follower, each after its own draw of the replication
     * delay (the shipping delay: binlog batching, a busy dump thread). A crash before then loses
     * the shipment, which is how an asynchronous leader's crash loses acknowledged writes.
     */
    void ship(LogEntry entry) {
        Replicate message = new Replicate(claim.era(), log.eraAt(entry.index() - 1), entry);
        for (int member = 1; member < members.length; member++) {
            if (member != self) {
                ActorRef to = members[member];
                long delayNanos = context.drawnNanos(shippingDelay.sample());
                if (delayNanos > 0) {
                    context.setTimer(delayNanos, new Later(() -> context.send(to, message)));
                } else {
                    context.send(to, message);
                }
            }
        }
    }

    /** Acknowledges the committed {@code entry} to its caller now, or when the commit mode allows. */
    void acknowledge(ActorRef caller, long requestId, long answerBytes, LogEntry entry) {
        if (config.commit() == CommitMode.ASYNC || members.length <= 2) {
            reply(new Waiting(caller, requestId, answerBytes, entry, -1));
            return;
        }
        long timer = context.setTimer(config.requestTimeout().toNanos(), new Later(() -> expire(entry.index())));
        waiting.put(entry.index(), new Waiting(caller, requestId, answerBytes, entry, timer));
        release();
    }

    /** A follower reported its position after applying an entry, or on starting to follow. */
    void onPosition(int member, long lastEra, long lastIndex, boolean resend) {
        if (!agrees(member, lastEra, lastIndex)) {
            return;
        }
        if (resend) {
            shipFrom(member, lastIndex);
        }
        release();
    }

    /** A follower's heartbeat: its position, and a resend when it has been stuck behind for an interval. */
    void onHeartbeat(int member, long lastEra, long lastIndex) {
        if (!agrees(member, lastEra, lastIndex)) {
            return;
        }
        if (lastIndex == heartbeatPosition[member]) {
            shipFrom(member, lastIndex);
        }
        heartbeatPosition[member] = lastIndex;
        release();
    }

    /** Every heartbeat interval: a follower may have dropped out of the commit set; the ledger may forget. */
    void tick() {
        release();
        long heldByAll = Long.MAX_VALUE;
        for (int member = 1; member < members.length; member++) {
            if (member != self) {
                heldByAll = Math.min(heldByAll, matched[member]);
            }
        }
        if (heldByAll > settled && heldByAll != Long.MAX_VALUE) {
            settled = heldByAll;
            ledger.heldByAll(settled);
            log.compact(settled);
        }
    }

    /** The index up to which every member holds this log, for the heartbeat. */
    long settled() {
        return settled;
    }

    /** This member no longer leads: writes still waiting for followers fail. */
    void stepDown() {
        for (Waiting w : waiting.values()) {
            context.cancelTimer(w.timer());
            figures.unavailable.increment();
            context.send(w.caller(), Response.failed(w.requestId(), FailureReason.UNAVAILABLE));
        }
        waiting.clear();
    }

    private boolean agrees(int member, long lastEra, long lastIndex) {
        if (log.holds(lastIndex, lastEra)) {
            matched[member] = lastIndex;
            return true;
        }
        matched[member] = -1;
        context.send(members[member], new Rewind(claim.era(), log.agreementWith(lastIndex, lastEra)));
        return false;
    }

    private void shipFrom(int member, long position) {
        long upTo = Math.min(log.lastIndex(), position + RESEND_BATCH);
        for (long index = Math.max(position + 1, log.firstRetained()); index <= upTo; index++) {
            context.send(members[member], new Replicate(claim.era(), log.eraAt(index - 1), log.get(index)));
        }
    }

    /** Acknowledges, in log order, the waiting writes the commit mode now allows. */
    private void release() {
        while (!waiting.isEmpty()) {
            Map.Entry<Long, Waiting> first = waiting.firstEntry();
            if (!committed(first.getKey())) {
                return;
            }
            waiting.pollFirstEntry();
            context.cancelTimer(first.getValue().timer());
            reply(first.getValue());
        }
    }

    private boolean committed(long index) {
        boolean any = false;
        boolean all = true;
        boolean anyInSet = false;
        // PeerMonitor counts a peer reachable when heard within one failure timeout of the time
        // asked about; asking about one timeout ago gives "heard within two timeouts".
        long leaseStart = context.now() - config.failureTimeout().toNanos();
        for (int member = 1; member < members.length; member++) {
            if (member == self) {
                continue;
            }
            boolean has = matched[member] >= index;
            any |= has;
            boolean inSet = monitor.reachable(member, leaseStart);
            anyInSet |= inSet;
            if (!has && inSet) {
                all = false;
            }
        }
        // Semi-sync with every follower written off acknowledges alone, as MySQL falls back to async.
        return config.commit() == CommitMode.SEMI_SYNC ? any || !anyInSet : all;
    }

    private void expire(long index) {
        Waiting w = waiting.remove(index);
        if (w != null) {
            figures.unavailable.increment();
            context.send(w.caller(), Response.failed(w.requestId(), FailureReason.UNAVAILABLE));
        }
    }

    private void reply(Waiting w) {
        ledger.acknowledged(w.entry().index(), w.entry().era());
        context.send(w.caller(), Response.ok(w.requestId(), w.entry().stamp()).sized(w.answerBytes()));
    }

    /** A write committed here, waiting for followers before its caller hears of it. */
    private record Waiting(ActorRef caller, long requestId, long answerBytes, LogEntry entry, long timer) {
    }
}
