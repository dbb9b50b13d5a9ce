package org.distsim.models.replication;

import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.models.format.Group;
import org.distsim.models.replication.LeaderlessMessage.ApplyWrite;
import org.distsim.models.replication.LeaderlessMessage.Purpose;
import org.distsim.models.replication.LeaderlessMessage.ReadVersion;
import org.distsim.models.replication.LeaderlessMessage.VersionReply;
import org.distsim.models.replication.LeaderlessMessage.WriteAck;
import org.distsim.models.replication.LeaderlessServing.Job;
import org.distsim.models.rpc.HealthProbe;
import org.distsim.models.rpc.Operation;
import org.distsim.models.rpc.Request;

/**
 * One member of a leaderless (Dynamo-style) replicated database. Every member holds every key and
 * plays two parts: it coordinates the client requests it receives ({@link LeaderlessCoordinator}:
 * a write goes to all N members and is answered after W acks, a read asks all N and answers the
 * newest of the first R replies, sending to all and taking the first R, as Dynamo does, instead of
 * choosing R members and waiting on a slow one), and it serves the reads and writes coordinators
 * ask of its copy ({@link LeaderlessServing}). This class wires the two, keeps the failure detector
 * fed with heartbeats, and hands off the hints it keeps ({@link LeaderlessHints}) once the
 * detector sees their peer again.
 *
 * <p>Read repair (optional): once every replica replied to a read, or its timeout passed, the
 * replicas that replied an older stamp than the newest, including those that replied after the
 * first R, get the newest written back.
 *
 * <p>Under a sloppy quorum ({@code partition: ap}) a write accepted by fewer than W replicas is
 * kept as hints for the others, handed off when the heartbeat failure detector sees those peers
 * again, at most {@value #HANDOFFS_PER_HEARTBEAT} per peer and heartbeat.
 *
 * <p>Sizes: a write carries its request's size to every replica, in its repairs and in its hints,
 * and weighs it on the links it crosses; each replica stores a write once, when it takes effect in
 * its copy (a hand-off or a repair of a version it already holds stores nothing), and records
 * {@code stored_mb} and {@code growth_gb_per_day} once a write has a size.
 *
 * <p>A crash keeps the store and the hints (durable) and loses the queue, the work in progress and
 * the requests being coordinated (their clients time out).
 *
 * <p>Figures ({@link LeaderlessFigures}): {@code reads}, {@code writes} (served by this member as
 * a replica; writes include repairs and hand-offs applied here), {@code coordinated_reads},
 * {@code coordinated_writes} (client requests this member sent to the replicas; not those refused
 * at once), {@code read_repairs} (replicas this coordinator wrote back to), {@code unavailable}
 * (requests it failed, at once or after the timeout), {@code hinted_handoffs} (hints this member
 * delivered), {@code rejected} (replica work turned away by a full queue), and the worker pool's
 * {@code utilisation} and {@code queue}.
 */
public final class LeaderlessReplica implements Actor {

    /** Hand-offs sent to one peer per heartbeat, so a healed peer is not flooded (Cassandra throttles them too). */
    static final int HANDOFFS_PER_HEARTBEAT = 64;

    private final ActorContext context;
    private final Group group;
    private final int self;
    private final int members;
    private final long requestTimeoutNanos;
    private final long heartbeatIntervalNanos;
    private final PeerMonitor monitor;
    // Durable: kept across crashes.
    private final ReplicaStore store = new ReplicaStore();
    private final LeaderlessHints hints;
    private final LeaderlessFigures figures;
    private final LeaderlessServing serving;
    private final LeaderlessCoordinator coordinator;
    /** The front, told of this member's life only when it has its own suspicion timeout (suspect-after). */
    private final boolean heartbeatFront;
    private ActorRef front;
    private ActorRef[] peers;

    public LeaderlessReplica(ActorContext context, ReplicatedDatabaseConfig config, Group group, int index) {
        if (index < 1 || index > group.size()) {
            throw new IllegalArgumentException("member " + index + " of a group of " + group.size());
        }
        this.context = context;
        this.group = group;
        this.self = index;
        this.members = group.size();
        this.requestTimeoutNanos = config.requestTimeout().toNanos();
        this.heartbeatIntervalNanos = config.heartbeatInterval().toNanos();
        this.monitor = new PeerMonitor(index, members, config.failureTimeout().toNanos(), context.now());
        this.hints = new LeaderlessHints(members);
        this.figures = new LeaderlessFigures(context, config.clockSkew() != null);
        MemberClock clock = MemberClock.of(context, config.clockSkew(), index);
        this.heartbeatFront = config.suspectAfter() != null;
        this.serving = new LeaderlessServing(context, config, index, store, figures, this::ownReply);
        this.coordinator = new LeaderlessCoordinator(context, config, index, members, store, hints, monitor, clock,
                figures, serving);
    }

    @Override
    public void onStart() {
        peers = new ActorRef[members + 1];
        for (int member = 1; member <= members; member++) {
            peers[member] = context.lookup(group.members().get(member - 1));
        }
        serving.connect(peers);
        coordinator.connect(peers);
        if (heartbeatFront) {
            front = context.lookup(group.name());
        }
        context.setTimer(heartbeatIntervalNanos, Tick.INSTANCE);
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (message instanceof LeaderlessMessage peer) {
            monitor.heard(peer.sender(), context.now());
            fromPeer(peer);
        } else if (message instanceof Request request) {
            coordinator.coordinate(from, request);
        } else if (serving.handle(message) || coordinator.handle(message)) {
            return;
        } else if (message == Tick.INSTANCE) {
            heartbeat();
        } else if (message instanceof HealthProbe probe) {
            context.send(from, probe.reply());
        }
    }

    private void fromPeer(LeaderlessMessage message) {
        if (message instanceof ReadVersion read) {
            serving.receive(new Job(Operation.READ, read.sender(), read.operation(), read.key(), 0, Purpose.QUORUM,
                    LeaderlessMessage.UNKNOWN_TIME, 0));
        } else if (message instanceof ApplyWrite write) {
            serving.receive(new Job(Operation.WRITE, write.sender(), write.operation(), write.key(), write.stamp(),
                    write.purpose(), write.committedAtNanos(), write.sizeBytes()));
        } else if (message instanceof VersionReply reply) {
            coordinator.replied(reply.operation(), reply.sender(), reply.stamp(), reply.sizeBytes(), false);
        } else if (message instanceof WriteAck ack) {
            if (ack.purpose() != Purpose.HANDOFF) {
                coordinator.replied(ack.operation(), ack.sender(), ack.stamp(), 0, ack.lostToOlder());
            } else if (hints.delivered(ack.sender(), ack.key(), ack.stamp())) {
                figures.hintedHandoffs.increment();
            }
        }
        // A Heartbeat only tells the monitor the peer is alive, which it has been told.
    }

    /** This member's own replica work finished for an operation it coordinates. */
    private void ownReply(long operation, int member, long stamp, long heldBytes, boolean lostToOlder) {
        coordinator.replied(operation, member, stamp, heldBytes, lostToOlder);
    }

    // ---- heartbeats and hinted handoff -----------------------------------------------------

    private void heartbeat() {
        long now = context.now();
        for (int member = 1; member <= members; member++) {
            if (member == self) {
                continue;
            }
            context.send(peers[member], new LeaderlessMessage.Heartbeat(self));
            if (hints.hasHints(member) && monitor.reachable(member, now)) {
                for (LeaderlessHints.Due due : hints.due(member, now, requestTimeoutNanos, HANDOFFS_PER_HEARTBEAT)) {
                    context.send(peers[member], new ApplyWrite(self, 0, due.key(), due.stamp(), Purpose.HANDOFF,
                            LeaderlessMessage.UNKNOWN_TIME, due.sizeBytes()));
                }
            }
        }
        if (front != null) {
            context.send(front, new LeaderlessMessage.Heartbeat(self));
        }
        context.setTimer(heartbeatIntervalNanos, Tick.INSTANCE);
    }

    // ---- faults ------------------------------------------------------------------------------

    @Override
    public void onCrash() {
        // The store and the hints are durable; queued and in-progress work and the requests being
        // coordinated are lost (the engine has cancelled the timers).
        serving.clear();
        coordinator.clear();
    }

    @Override
    public void onRestart() {
        monitor.reset(context.now());
        context.setTimer(heartbeatIntervalNanos, Tick.INSTANCE);
    }

    // ---- for tests ---------------------------------------------------------------------------

    /** The stamp of the newest write of {@code key} this member holds. */
    long storedVersion(long key) {
        return store.version(key);
    }

    /** Writes this member keeps for unreachable peers. */
    long pendingHints() {
        return hints.pending();
    }

    private enum Tick implements Message {
        INSTANCE
    }
}
