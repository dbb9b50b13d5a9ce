package org.distsim.models.replication;

import java.util.HashMap;
import java.util.Map;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.models.replication.LeaderlessMessage.ApplyWrite;
import org.distsim.models.replication.LeaderlessMessage.Purpose;
import org.distsim.models.replication.LeaderlessMessage.ReadVersion;
import org.distsim.models.replication.LeaderlessServing.Job;
import org.distsim.models.rpc.FailureReason;
import org.distsim.models.rpc.Operation;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;

/**
 * A leaderless member coordinating the client requests it receives: a write gets a
 * last-writer-wins {@link Stamps stamp} and goes to all N members (this one included), and the
 * client is answered after W of them applied it; a read asks all N members for their version of
 * the key and answers the newest of the first R replies. Each request is followed as a
 * {@link QuorumOperation} until every replica replied or {@code request-timeout} passed; then the
 * replicas a read found behind get the newest version written back (read repair, when enabled),
 * and under a sloppy quorum the replicas that did not acknowledge a write get a hint kept for them.
 *
 * <p>When fewer than R (or W) replicas reply in time, a strict quorum ({@code partition: cp})
 * fails the request as {@code unavailable}; a sloppy one ({@code ap}) answers with what it got, if
 * anything. When the failure detector already counts fewer than R (or W) reachable members, the
 * coordinator decides at once: cp refuses, ap waits only for the members it can reach.
 *
 * <p>The operations are volatile (a crash loses them; their clients time out); the stamps this
 * member made are kept.
 */
final class LeaderlessCoordinator {

    private final ActorContext context;
    private final int self;
    private final int members;
    private final int readQuorum;
    private final int writeQuorum;
    private final boolean sloppy;
    private final boolean readRepair;
    private final long requestTimeoutNanos;
    private final ReplicaStore store;
    private final LeaderlessHints hints;
    private final PeerMonitor monitor;
    private final MemberClock clock;
    private final LeaderlessFigures figures;
    private final LeaderlessServing serving;
    // Looked up by key only, never iterated: the newest stamp this member made per key.
    private final Map<Long, Long> lastStamp = new HashMap<>();
    // Volatile, looked up by id only, never iterated.
    private final Map<Long, QuorumOperation> operations = new HashMap<>();
    /** Never reset, not even by a crash, so a reply to an operation from before a crash matches nothing. */
    private long nextOperation = 1;
    private ActorRef[] peers;

    LeaderlessCoordinator(ActorContext context, ReplicatedDatabaseConfig config, int self, int members,
            ReplicaStore store, LeaderlessHints hints, PeerMonitor monitor, MemberClock clock,
            LeaderlessFigures figures, LeaderlessServing serving) {
        this.context = context;
        this.self = self;
        this.members = members;
        this.readQuorum = Math.min(config.effectiveReadQuorum(), members);
        this.writeQuorum = Math.min(config.effectiveWriteQuorum(), members);
        this.sloppy = config.partition() == PartitionBehaviour.AP;
        this.readRepair = config.readRepair();
        this.requestTimeoutNanos = config.requestTimeout().toNanos();
        this.store = store;
        this.hints = hints;
        this.monitor = monitor;
        this.clock = clock;
        this.figures = figures;
        this.serving = serving;
    }

    /** The members, by number (index 0 unused); set at start. */
    void connect(ActorRef[] peers) {
        this.peers = peers;
    }

    /** Handles the member's own timers for coordination; false when the message is not one. */
    boolean handle(Message message) {
        if (message instanceof Deadline deadline) {
            deadlinePassed(deadline.operation());
            return true;
        }
        return false;
    }

    /** A client's read or write reached this member: send it to every replica, or refuse it at once. */
    void coordinate(ActorRef client, Request request) {
        long now = context.now();
        boolean write = request.isWrite();
        int quorum = write ? writeQuorum : readQuorum;
        int reachable = monitor.reachableCount(now);
        int needed = quorum;
        if (reachable < quorum) {
            if (!sloppy) {
                // A strict quorum cannot be met with the members the detector can see: refuse now
                // rather than make the client wait for the timeout.
                figures.unavailable.increment();
                context.send(client, Response.failed(request.id(), FailureReason.UNAVAILABLE));
                return;
            }
            needed = reachable; // at least 1: this member is always reachable to itself
        }
        (write ? figures.coordinatedWrites : figures.coordinatedReads).increment();
        long key = request.key();
        long stamp = write ? newStamp(key, now) : 0;
        long id = nextOperation++;
        QuorumOperation operation = new QuorumOperation(client, request.id(), write, key, stamp, needed, members);
        operation.answerBytes = request.responseBytes();
        operation.writeBytes = write ? request.sizeBytes() : 0;
        operation.deadlineTimer = context.setTimer(requestTimeoutNanos, new Deadline(id));
        operations.put(id, operation);
        for (int member = 1; member <= members; member++) {
            if (member == self) {
                serving.enqueue(new Job(write ? Operation.WRITE : Operation.READ, self, id, key, stamp, Purpose.QUORUM,
                        now, operation.writeBytes));
            } else if (write) {
                context.send(peers[member], new ApplyWrite(self, id, key, stamp, Purpose.QUORUM, now,
                        operation.writeBytes));
            } else {
                context.send(peers[member], new ReadVersion(self, id, key));
            }
        }
    }

    private long newStamp(long key, long now) {
        // A skewed clock stamps its reading, above only this member's own last write of the key (as
        // Cassandra's coordinators do), so a write may carry a lower stamp than an older one it has seen.
        long own = lastStamp.getOrDefault(key, ReplicaStore.NEVER_WRITTEN);
        long previous = clock.perfect() ? Math.max(store.version(key), own) : own;
        long stamp = Stamps.next(clock.read(now), self, previous);
        lastStamp.put(key, stamp);
        return stamp;
    }

    /**
     * A replica replied to operation {@code id}: a read's stamp and that version's size, or a write's
     * ack (0 bytes); {@code lostToOlder}: the replica holds an older write with a higher stamp
     * (skewed clocks).
     */
    void replied(long id, int member, long stamp, long heldBytes, boolean lostToOlder) {
        QuorumOperation operation = operations.get(id);
        if (operation == null) {
            return; // finished already, or coordinated before a crash
        }
        if (lostToOlder && !operation.lostToOlder) {
            operation.lostToOlder = true;
            figures.lostNewerWrites.increment();
        }
        operation.replied(member, stamp, heldBytes);
        if (!operation.answered && operation.replyCount() >= operation.needed) {
            answer(operation);
        }
        if (operation.complete()) {
            context.cancelTimer(operation.deadlineTimer);
            finish(id, operation);
        }
    }

    /** The member crashed: the requests being coordinated are lost (the engine has cancelled their timers). */
    void clear() {
        operations.clear();
    }

    private void deadlinePassed(long id) {
        QuorumOperation operation = operations.get(id);
        if (operation == null) {
            return;
        }
        if (!operation.answered) {
            if (sloppy && operation.replyCount() > 0) {
                answer(operation);
            } else {
                operation.answered = true;
                figures.unavailable.increment();
                context.send(operation.client, Response.failed(operation.requestId, FailureReason.UNAVAILABLE));
            }
        }
        finish(id, operation);
    }

    private void answer(QuorumOperation operation) {
        operation.answered = true;
        long version = operation.write ? operation.stamp : operation.newest();
        context.send(operation.client, Response.ok(operation.requestId, version).sized(operation.answerBytes));
    }

    /** Nothing more will be heard for the operation: repair the replicas a read found behind, hint the writes a replica missed. */
    private void finish(long id, QuorumOperation operation) {
        operations.remove(id);
        if (!operation.write && readRepair && operation.newest() != ReplicaStore.NEVER_WRITTEN) {
            for (int member = 1; member <= members; member++) {
                if (operation.hasReplied(member) && operation.reply(member) < operation.newest()) {
                    figures.readRepairs.increment();
                    repair(member, operation.key, operation.newest(), operation.newestBytes());
                }
            }
        }
        if (operation.write && sloppy) {
            for (int member = 1; member <= members; member++) {
                if (!operation.hasReplied(member)) {
                    hints.keep(member, operation.key, operation.stamp, operation.writeBytes);
                }
            }
        }
    }

    private void repair(int member, long key, long stamp, long sizeBytes) {
        if (member == self) {
            serving.enqueue(new Job(Operation.WRITE, self, 0, key, stamp, Purpose.REPAIR, LeaderlessMessage.UNKNOWN_TIME,
                    sizeBytes));
        } else {
            context.send(peers[member], new ApplyWrite(self, 0, key, stamp, Purpose.REPAIR, LeaderlessMessage.UNKNOWN_TIME,
                    sizeBytes));
        }
    }

    /** The request timeout of operation {@code operation} passed. */
    private record Deadline(long operation) implements Message {
    }
}
