package org.distsim.models.replication;

import java.util.List;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.models.format.Group;
import org.distsim.models.replication.PeerMessage.Heartbeat;
import org.distsim.models.replication.PeerMessage.Position;
import org.distsim.models.replication.PeerMessage.Replicate;
import org.distsim.models.replication.PeerMessage.Rewind;
import org.distsim.models.replication.PeerMessage.Ship;
import org.distsim.models.rpc.Calls;
import org.distsim.models.rpc.FailureReason;
import org.distsim.models.rpc.HealthProbe;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;
import org.distsim.models.storage.StoredBytes;

/**
 * One member of a leader-follower replicated database: the leader (at first member 1) or a
 * follower. See the package documentation for the model; this class routes requests and plays
 * the follower's part, {@link LeaderDuties} the leader's, {@link Election} the failover.
 *
 * <p><b>As an entry point</b> (requests from the front or from clients near it): the leader serves
 * reads and writes. A follower forwards writes, and reads when {@code read-from: leader}, to the
 * leader it follows, and serves other reads from its own copy. A request forwarded by another
 * member is never forwarded again. When the leader is unreachable, {@code cp} refuses what needs
 * it (and every read, so that no read is served from a copy that may have fallen behind), while
 * {@code ap} serves reads locally and accepts writes locally, shipping them to every member.
 *
 * <p><b>Durable state</b> (kept across a crash): the store, the log, the leadership followed, the
 * writes made on its own authority. Volatile: queues, requests in progress, shipped entries not
 * yet applied, the view of peers.
 */
final class LeaderFollowerMember implements Actor {

    private final ActorContext context;
    private final ReplicatedDatabaseConfig config;
    private final Group group;
    private final int self;
    private final ReplicationLedger ledger;
    private final ReplicaStore store = new ReplicaStore();
    private final ReplicationLog log = new ReplicationLog();
    private final ReplicaFigures figures;
    private final StoredBytes stored;
    private final MemberStation station;
    private final PeerMonitor monitor;
    private final Calls calls;
    private final LwwMerge merge;
    private final OrderedApplier<Replicate> applier;
    private final OriginShipping origin;
    private final Election election;
    private final boolean cp;
    private final ContinuousSampler shippingDelay;
    private ActorRef[] members;
    private ActorRef front;
    private Leadership claim = Leadership.initial();
    private LeaderDuties duties;
    /** A follower serves local reads (cp) only once it applied what its leader had when they (re)connected. */
    private long catchUpTarget;
    private boolean awaitingCatchUp;
    /** The highest index of the leader's log this member knows of (its heartbeats, entries shipped). */
    private long leaderIndexSeen;
    /** When the last entry this member made visible was committed at its writer; -1 before the first. */
    private long lastVisibleCommittedAtNanos = -1;
    private final MemberClock clock;
    private final boolean independent;

    LeaderFollowerMember(ActorContext context, ReplicatedDatabaseConfig config, Group group, int index) {
        this.context = context;
        this.config = config;
        this.group = group;
        this.self = index;
        this.ledger = group.runState(ReplicationLedger.class);
        this.figures = new ReplicaFigures(context, config);
        this.stored = new StoredBytes(context);
        this.station = new MemberStation(context, config);
        this.monitor = new PeerMonitor(index, config.replicas(), config.failureTimeout().toNanos(), context.now());
        this.calls = new Calls(context);
        this.merge = new LwwMerge(store, index, figures.conflicts, figures.lostNewerWrites);
        this.cp = config.partition() == PartitionBehaviour.CP;
        this.independent = config.applyOrder() == ApplyOrder.INDEPENDENT;
        this.applier = new OrderedApplier<>(context, station, log::lastIndex, this::visible,
                independent ? this::appliedEarly : null);
        this.clock = MemberClock.of(context, config.clockSkew(), index);
        this.origin = cp ? null : new OriginShipping(context, config, index, store, merge, station, figures, stored,
                clock);
        this.election = new Election(index, config.replicas());
        this.shippingDelay = config.replicationDelay().sampler(context.random("replication-delay"));
    }

    @Override
    public void onStart() {
        members = new ActorRef[config.replicas() + 1];
        for (int i = 1; i <= config.replicas(); i++) {
            members[i] = context.lookup(group.members().get(i - 1));
        }
        front = context.lookup(group.name());
        if (origin != null) {
            origin.connect(members);
        }
        if (claim.leader() == self) {
            lead();
        }
        tick();
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (station.handle(message) || calls.handle(message)) {
            return;
        }
        int peer = memberNumber(from);
        if (peer > 0 && peer != self) {
            if (peer == claim.leader() && !monitor.reachable(peer, context.now())) {
                awaitingCatchUp = true;
            }
            monitor.heard(peer, context.now());
        }
        if (message instanceof Later later) {
            later.action().run();
        } else if (message instanceof Request request) {
            onRequest(from, request, peer > 0);
        } else if (message instanceof Heartbeat heartbeat) {
            onHeartbeat(heartbeat);
        } else if (message instanceof Replicate replicate) {
            if (duties == null && replicate.era() == claim.era()) {
                leaderIndexSeen = Math.max(leaderIndexSeen, replicate.entry().index());
                applier.offer(replicate.entry().index(), replicate);
            }
        } else if (message instanceof Position position) {
            if (duties != null && position.era() == claim.era()) {
                duties.onPosition(position.member(), position.lastEra(), position.lastIndex(), position.resend());
            }
        } else if (message instanceof Rewind rewind) {
            onRewind(rewind);
        } else if (message instanceof HealthProbe probe) {
            context.send(from, probe.reply());
        } else if (message instanceof Ship ship && origin != null) {
            origin.onShip(ship);
        }
    }

    // ---- requests ----

    private void onRequest(ActorRef caller, Request request, boolean fromPeer) {
        boolean leading = duties != null;
        boolean leaderReachable = !leading && monitor.reachable(claim.leader(), context.now());
        if (leading) {
            if (cp && !monitor.hasMajority(context.now())) {
                refuse(caller, request);
            } else if (request.isWrite()) {
                run(caller, request, () -> commit(caller, request));
            } else {
                read(caller, request);
            }
        } else if (request.isWrite() || config.readFrom() == ReadFrom.LEADER) {
            if (leaderReachable && !fromPeer) {
                forward(caller, request);
            } else if (!cp && !leaderReachable) {
                if (request.isWrite()) {
                    run(caller, request, () -> {
                        figures.writes.increment();
                        context.send(caller, Response.ok(request, origin.write(request.key(), request.sizeBytes())));
                    });
                } else {
                    read(caller, request);
                }
            } else {
                refuse(caller, request);
            }
        } else if (!cp || leaderReachable && caughtUp()) {
            read(caller, request);
        } else {
            refuse(caller, request);
        }
    }

    private void read(ActorRef caller, Request request) {
        run(caller, request, () -> {
            figures.reads.increment();
            context.send(caller, Response.ok(request, store.version(request.key())));
        });
    }

    private void run(ActorRef caller, Request request, Runnable done) {
        MemberStation.Work work = request.isWrite() ? MemberStation.Work.WRITE : MemberStation.Work.READ;
        if (!station.submit(work, done)) {
            figures.rejected.increment();
            context.send(caller, Response.failed(request.id(), FailureReason.REJECTED));
        }
    }

    /** The leader's worker finished a write: it commits now, if this member still leads. */
    private void commit(ActorRef caller, Request request) {
        if (duties == null || cp && !monitor.hasMajority(context.now())) {
            refuse(caller, request);
            return;
        }
        long previous = store.version(request.key());
        long stamp = Stamps.next(clock.read(context.now()), self, previous);
        store.apply(request.key(), stamp);
        merge.wrote(request.key(), context.now());
        LogEntry entry = new LogEntry(log.lastIndex() + 1, claim.era(), request.key(), stamp, previous, context.now(),
                request.sizeBytes());
        log.append(entry);
        stored.committed(entry.sizeBytes());
        figures.writes.increment();
        duties.ship(entry);
        duties.acknowledge(caller, request.id(), request.responseBytes(), entry);
    }

    private void forward(ActorRef caller, Request request) {
        calls.call(members[claim.leader()], request, config.requestTimeout().toNanos(), outcome -> {
            if (outcome.timedOut()) {
                refuse(caller, request);
            } else {
                context.send(caller, outcome.response().withId(request.id()));
            }
        });
    }

    private void refuse(ActorRef caller, Request request) {
        figures.unavailable.increment();
        context.send(caller, Response.failed(request.id(), FailureReason.UNAVAILABLE));
    }

    /** Whether a read that reached this member now would be served from its copy (what the front is told). */
    private boolean servesLocalReads() {
        long now = context.now();
        if (duties != null) {
            return !cp || monitor.hasMajority(now);
        }
        return !cp || monitor.reachable(claim.leader(), now) && caughtUp();
    }

    /**
     * How far this copy is behind the leader's log, as MySQL's Seconds_Behind_Source: the age of
     * the newest write it made visible while its log is shorter than the leader's it knows of (or
     * it is still catching up, or cannot hear its leader, which may be writing on), otherwise 0. It
     * overstates the lag by at most the gap between two writes.
     */
    private long lagNanos() {
        if (duties != null) {
            return 0;
        }
        boolean cutOff = !monitor.reachable(claim.leader(), context.now());
        if (!cutOff && log.lastIndex() >= leaderIndexSeen && !awaitingCatchUp) {
            return 0;
        }
        return lastVisibleCommittedAtNanos < 0 ? context.now() : context.now() - lastVisibleCommittedAtNanos;
    }

    private boolean caughtUp() {
        return !awaitingCatchUp && log.lastIndex() >= catchUpTarget;
    }

    // ---- replication, follower side ----

    /** The next entry of the leader's log, applied by a worker: it joins the log if it fits. */
    private boolean visible(long index, Replicate replicate) {
        if (log.eraAt(index - 1) != replicate.previousEra()) {
            // Our log differs from the leader's before this entry: the leader will tell us how far to rewind.
            reportPosition(true);
            return false;
        }
        LogEntry entry = replicate.entry();
        if (!independent) {
            show(entry);
        }
        log.append(entry);
        // Every copy stores the write: each member counts the entries that joined its log.
        stored.committed(entry.sizeBytes());
        reportPosition(false);
        return true;
    }

    /** apply-order independent: an entry's apply is over, so its write is visible now, before earlier ones maybe. */
    private boolean appliedEarly(long index, Replicate replicate) {
        LogEntry entry = replicate.entry();
        if (store.version(entry.key()) != entry.stamp()) {
            show(entry);
        }
        return true;
    }

    private void show(LogEntry entry) {
        merge.apply(entry.key(), entry.stamp(), entry.previous(), entry.committedAtNanos());
        figures.applied(entry.committedAtNanos(), context.now());
        lastVisibleCommittedAtNanos = Math.max(lastVisibleCommittedAtNanos, entry.committedAtNanos());
    }

    private void onRewind(Rewind rewind) {
        if (duties != null || rewind.era() != claim.era()) {
            return;
        }
        long keep = rewind.keep() >= 0 ? rewind.keep() : log.beforeLastEra();
        List<LogEntry> removed = log.truncateAfter(keep);
        // Newest first: undoing in that order restores each key's version before the entries.
        for (LogEntry entry : removed) {
            if (cp) {
                store.undo(entry.key(), entry.stamp(), entry.previous());
                ledger.discarded(entry.index(), entry.era());
            }
        }
        if (!cp) {
            // ap discards nothing: the entries the leader lacks go to everyone as this member's own writes.
            for (int i = removed.size() - 1; i >= 0; i--) {
                LogEntry entry = removed.get(i);
                origin.reship(entry.key(), entry.stamp(), entry.previous(), entry.committedAtNanos(),
                        entry.sizeBytes());
            }
        }
        applier.clear();
        reportPosition(true);
    }

    private void reportPosition(boolean resend) {
        if (claim.leader() != self) {
            context.send(members[claim.leader()], new Position(self, claim.era(), log.lastEra(), log.lastIndex(), resend));
        }
    }

    // ---- heartbeats and leadership ----

    private void onHeartbeat(Heartbeat heartbeat) {
        int peer = heartbeat.member();
        election.position(peer, heartbeat.lastEra(), heartbeat.lastIndex());
        if (origin != null) {
            origin.onHeartbeat(peer, heartbeat.originApplied());
        }
        if (heartbeat.claim().compareTo(claim) > 0) {
            follow(heartbeat.claim());
        }
        if (heartbeat.claim().equals(claim)) {
            if (duties != null) {
                duties.onHeartbeat(peer, heartbeat.lastEra(), heartbeat.lastIndex());
            } else if (peer == claim.leader()) {
                leaderIndexSeen = Math.max(leaderIndexSeen, heartbeat.lastIndex());
                log.compact(heartbeat.settled());
                if (awaitingCatchUp) {
                    catchUpTarget = heartbeat.lastIndex();
                    awaitingCatchUp = false;
                }
            }
        }
    }

    private void tick() {
        announce();
        if (duties != null) {
            duties.tick();
        } else if (config.failover() && !monitor.reachable(claim.leader(), context.now())) {
            Leadership candidacy = election.candidacy(claim, log.lastEra(), log.lastIndex(), monitor, context.now(), cp);
            if (candidacy != null) {
                follow(candidacy);
                context.setTimer(0, new Later(this::announce));
            }
        }
        context.setTimer(config.heartbeatInterval().toNanos(), new Later(this::tick));
    }

    /** Sends this member's heartbeat to every peer and the front (a new leader also at once, not at its next tick). */
    private void announce() {
        Heartbeat heartbeat = new Heartbeat(self, claim, log.lastEra(), log.lastIndex(),
                duties == null ? 0 : duties.settled(), origin == null ? null : origin.appliedCounts(),
                servesLocalReads(), lagNanos());
        for (int member = 1; member < members.length; member++) {
            if (member != self) {
                context.send(members[member], heartbeat);
            }
        }
        context.send(front, heartbeat);
    }

    /** Starts to follow a better claim (possibly this member's own). */
    private void follow(Leadership better) {
        claim = better;
        figures.leaderChanges.increment();
        applier.clear();
        if (duties != null) {
            duties.stepDown();
            duties = null;
        }
        if (better.leader() == self) {
            if (cp) {
                ledger.tookOver(log);
            }
            lead();
        } else {
            awaitingCatchUp = true;
            reportPosition(true);
        }
    }

    private void lead() {
        duties = new LeaderDuties(context, config, self, claim, log, members, monitor, ledger, figures, shippingDelay);
    }

    private int memberNumber(ActorRef ref) {
        if (members == null) {
            return 0;
        }
        for (int i = 1; i < members.length; i++) {
            if (members[i].equals(ref)) {
                return i;
            }
        }
        return 0;
    }

    @Override
    public void onCrash() {
        station.clear();
        calls.clear();
        applier.clear();
        if (origin != null) {
            origin.clear();
        }
        duties = null;
    }

    @Override
    public void onRestart() {
        monitor.reset(context.now());
        awaitingCatchUp = true;
        if (claim.leader() == self) {
            // It still holds the claim it had; if another member took over meanwhile, the first
            // heartbeat it hears makes it step down.
            lead();
        }
        tick();
    }

    /** The version of {@code key} this member holds, for tests. */
    long version(long key) {
        return store.version(key);
    }

    /** The length of this member's log, for tests. */
    long logLength() {
        return log.lastIndex();
    }
}
