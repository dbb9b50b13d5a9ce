package org.distsim.models.replication;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.metrics.Counter;
import org.distsim.models.format.Group;
import org.distsim.models.replication.LeaderlessMessage.ApplyWrite;
import org.distsim.models.replication.LeaderlessMessage.Purpose;
import org.distsim.models.replication.LeaderlessMessage.ReadVersion;
import org.distsim.models.replication.LeaderlessMessage.VersionReply;
import org.distsim.models.replication.LeaderlessMessage.WriteAck;
import org.distsim.models.rpc.FailureReason;
import org.distsim.models.rpc.HealthProbe;
import org.distsim.models.rpc.Operation;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;
import org.distsim.models.station.WorkerPool;

/**
 * One member of a leaderless (Dynamo-style) replicated database. Every member holds every key and
 * any member coordinates the client requests it receives: a write gets a last-writer-wins
 * {@link Stamps stamp} and goes to all N members (this one included), and the client is answered
 * after W of them applied it; a read asks all N members for their version of the key and answers
 * the newest of the first R replies (sending to all and taking the first R, as Dynamo does,
 * instead of choosing R members and waiting on a slow one).
 *
 * <p>Every member is a station: reads and writes, its own share of each write included, queue for
 * its {@link WorkerPool} and take {@code read-time} or {@code write-time}. A write shipped from
 * another member (a client's write, a read repair or a hand-off) first waits
 * {@code replication-delay} (the replication pipeline's lag, no worker held), then applies.
 *
 * <p>Read repair (optional): once every replica replied to a read, or its timeout passed, the
 * replicas that replied an older stamp than the newest, including those that replied after the
 * first R, get the newest written back.
 *
 * <p>When fewer than R (or W) replicas reply within {@code request-timeout}, a strict quorum
 * ({@code partition: cp}) fails the request as {@code unavailable}; a sloppy one ({@code ap})
 * answers with what it got if anything (at least its own reply): reads possibly stale, writes
 * accepted by fewer than W replicas and kept as hints for the others, handed off when the
 * heartbeat failure detector sees those peers again. When the detector already counts fewer than
 * R (or W) reachable members, the coordinator decides at once: cp refuses, ap waits only for the
 * members it can reach.
 *
 * <p>A crash keeps the store and the hints (durable) and loses the queue, the work in progress and
 * the requests being coordinated (their clients time out).
 *
 * <p>Figures: {@code reads}, {@code writes} (served by this member as a replica; writes include
 * repairs and hand-offs applied here), {@code coordinated_reads}, {@code coordinated_writes}
 * (client requests this member sent to the replicas; not those refused at once),
 * {@code read_repairs} (replicas this coordinator wrote back to), {@code unavailable} (requests it
 * failed, at once or after the timeout),
 * {@code hinted_handoffs} (hints this member delivered), {@code rejected} (replica work turned away
 * by a full queue), and the worker pool's {@code utilisation} and {@code queue}.
 */
public final class LeaderlessReplica implements Actor {

    /** Hand-offs sent to one peer per heartbeat, so a healed peer is not flooded (Cassandra throttles them too). */
    static final int HANDOFFS_PER_HEARTBEAT = 64;

    private final ActorContext context;
    private final Group group;
    private final int self;
    private final int members;
    private final int readQuorum;
    private final int writeQuorum;
    private final boolean sloppy;
    private final boolean readRepair;
    private final long requestTimeoutNanos;
    private final long heartbeatIntervalNanos;
    private final ContinuousSampler readTime;
    private final ContinuousSampler writeTime;
    private final ContinuousSampler replicationDelay;
    private final WorkerPool pool;
    private final PeerMonitor monitor;
    // Durable: kept across crashes.
    private final ReplicaStore store = new ReplicaStore();
    private final LeaderlessHints hints;
    // Looked up by key only, never iterated: the newest stamp this member made per key.
    private final Map<Long, Long> lastStamp = new HashMap<>();
    // Volatile, looked up by id only, never iterated.
    private final Map<Long, QuorumOperation> operations = new HashMap<>();
    private final Map<Long, Job> jobs = new HashMap<>();
    /** Never reset, not even by a crash, so a reply to an operation from before a crash matches nothing. */
    private long nextOperation = 1;
    private long nextJob = 1;
    private ActorRef[] peers;
    private final Counter reads;
    private final Counter writes;
    private final Counter coordinatedReads;
    private final Counter coordinatedWrites;
    private final Counter readRepairs;
    private final Counter unavailable;
    private final Counter hintedHandoffs;
    private final Counter rejected;
    /** Null with perfect clocks. */
    private final Counter lostNewerWrites;
    private final MemberClock clock;
    /**
     * With skewed clocks, by key: the true time of the write whose stamp the store holds
     * ({@link LeaderlessMessage#UNKNOWN_TIME} when it came by repair or hand-off). Looked up, never iterated.
     */
    private final Map<Long, Long> heldWrittenAt;
    /** The front, told of this member's life only when it has its own suspicion timeout (suspect-after). */
    private final boolean heartbeatFront;
    private ActorRef front;

    public LeaderlessReplica(ActorContext context, ReplicatedDatabaseConfig config, Group group, int index) {
        if (index < 1 || index > group.size()) {
            throw new IllegalArgumentException("member " + index + " of a group of " + group.size());
        }
        this.context = context;
        this.group = group;
        this.self = index;
        this.members = group.size();
        this.readQuorum = Math.min(config.effectiveReadQuorum(), members);
        this.writeQuorum = Math.min(config.effectiveWriteQuorum(), members);
        this.sloppy = config.partition() == PartitionBehaviour.AP;
        this.readRepair = config.readRepair();
        this.requestTimeoutNanos = config.requestTimeout().toNanos();
        this.heartbeatIntervalNanos = config.heartbeatInterval().toNanos();
        this.readTime = config.readTime().sampler(context.random("read-time"));
        this.writeTime = config.writeTime().sampler(context.random("write-time"));
        this.replicationDelay = config.replicationDelay().sampler(context.random("replication-delay"));
        this.monitor = new PeerMonitor(index, members, config.failureTimeout().toNanos(), context.now());
        this.hints = new LeaderlessHints(members);
        var metrics = context.nodeMetrics();
        this.reads = metrics.counter(ReplicationFigures.READS);
        this.writes = metrics.counter(ReplicationFigures.WRITES);
        this.coordinatedReads = metrics.counter(ReplicationFigures.COORDINATED_READS);
        this.coordinatedWrites = metrics.counter(ReplicationFigures.COORDINATED_WRITES);
        this.readRepairs = metrics.counter(ReplicationFigures.READ_REPAIRS);
        this.unavailable = metrics.counter(ReplicationFigures.UNAVAILABLE);
        this.hintedHandoffs = metrics.counter(ReplicationFigures.HINTED_HANDOFFS);
        this.rejected = metrics.counter(ReplicationFigures.REJECTED);
        boolean skewed = config.clockSkew() != null;
        this.lostNewerWrites = skewed ? metrics.counter(ReplicationFigures.LOST_NEWER_WRITES) : null;
        this.heldWrittenAt = skewed ? new HashMap<>() : null;
        this.clock = MemberClock.of(context, config.clockSkew(), index);
        this.heartbeatFront = config.suspectAfter() != null;
        this.pool = new WorkerPool(context, "replicated-database", config.workers(), config.queueCapacity(),
                this::startJob);
    }

    @Override
    public void onStart() {
        peers = new ActorRef[members + 1];
        for (int member = 1; member <= members; member++) {
            peers[member] = context.lookup(group.members().get(member - 1));
        }
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
            coordinate(from, request);
        } else if (message instanceof Served served) {
            finishJob(served.job());
        } else if (message instanceof Arrived arrived) {
            Job job = jobs.remove(arrived.job());
            if (job != null) {
                enqueue(job);
            }
        } else if (message instanceof Deadline deadline) {
            deadlinePassed(deadline.operation());
        } else if (message == Tick.INSTANCE) {
            heartbeat();
        } else if (message instanceof HealthProbe probe) {
            context.send(from, probe.reply());
        }
    }

    private void fromPeer(LeaderlessMessage message) {
        if (message instanceof ReadVersion read) {
            receive(new Job(Operation.READ, read.sender(), read.operation(), read.key(), 0, Purpose.QUORUM,
                    LeaderlessMessage.UNKNOWN_TIME));
        } else if (message instanceof ApplyWrite write) {
            receive(new Job(Operation.WRITE, write.sender(), write.operation(), write.key(), write.stamp(),
                    write.purpose(), write.committedAtNanos()));
        } else if (message instanceof VersionReply reply) {
            replied(reply.operation(), reply.sender(), reply.stamp());
        } else if (message instanceof WriteAck ack) {
            if (ack.purpose() != Purpose.HANDOFF) {
                replied(ack.operation(), ack.sender(), ack.stamp(), ack.lostToOlder());
            } else if (hints.delivered(ack.sender(), ack.key(), ack.stamp())) {
                hintedHandoffs.increment();
            }
        }
        // A Heartbeat only tells the monitor the peer is alive, which it has been told.
    }

    // ---- coordinating a client's request ----------------------------------------------------

    private void coordinate(ActorRef client, Request request) {
        long now = context.now();
        boolean write = request.isWrite();
        int quorum = write ? writeQuorum : readQuorum;
        int reachable = monitor.reachableCount(now);
        int needed = quorum;
        if (reachable < quorum) {
            if (!sloppy) {
                // A strict quorum cannot be met with the members the detector can see: refuse now
                // rather than make the client wait for the timeout.
                unavailable.increment();
                context.send(client, Response.failed(request.id(), FailureReason.UNAVAILABLE));
                return;
            }
            needed = reachable; // at least 1: this member is always reachable to itself
        }
        (write ? coordinatedWrites : coordinatedReads).increment();
        long key = request.key();
        long stamp = write ? newStamp(key, now) : 0;
        long id = nextOperation++;
        QuorumOperation operation = new QuorumOperation(client, request.id(), write, key, stamp, needed, members);
        operation.answerBytes = request.responseBytes();
        operation.deadlineTimer = context.setTimer(requestTimeoutNanos, new Deadline(id));
        operations.put(id, operation);
        for (int member = 1; member <= members; member++) {
            if (member == self) {
                enqueue(new Job(write ? Operation.WRITE : Operation.READ, self, id, key, stamp, Purpose.QUORUM, now));
            } else if (write) {
                context.send(peers[member], new ApplyWrite(self, id, key, stamp, Purpose.QUORUM, now));
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

    /** A replica replied to operation {@code id}: a read's stamp or a write's ack. */
    private void replied(long id, int member, long stamp) {
        replied(id, member, stamp, false);
    }

    /** As above; {@code lostToOlder}: the replica holds an older write with a higher stamp (skewed clocks). */
    private void replied(long id, int member, long stamp, boolean lostToOlder) {
        QuorumOperation operation = operations.get(id);
        if (operation == null) {
            return; // finished already, or coordinated before a crash
        }
        if (lostToOlder && !operation.lostToOlder) {
            operation.lostToOlder = true;
            lostNewerWrites.increment();
        }
        operation.replied(member, stamp);
        if (!operation.answered && operation.replyCount() >= operation.needed) {
            answer(operation);
        }
        if (operation.complete()) {
            context.cancelTimer(operation.deadlineTimer);
            finish(id, operation);
        }
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
                unavailable.increment();
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
                    readRepairs.increment();
                    shipWrite(member, 0, operation.key, operation.newest(), Purpose.REPAIR);
                }
            }
        }
        if (operation.write && sloppy) {
            for (int member = 1; member <= members; member++) {
                if (!operation.hasReplied(member)) {
                    hints.keep(member, operation.key, operation.stamp);
                }
            }
        }
    }

    private void shipWrite(int member, long id, long key, long stamp, Purpose purpose) {
        if (member == self) {
            enqueue(new Job(Operation.WRITE, self, id, key, stamp, purpose, LeaderlessMessage.UNKNOWN_TIME));
        } else {
            context.send(peers[member], new ApplyWrite(self, id, key, stamp, purpose, LeaderlessMessage.UNKNOWN_TIME));
        }
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
                            LeaderlessMessage.UNKNOWN_TIME));
                }
            }
        }
        sendFrontHeartbeat();
        context.setTimer(heartbeatIntervalNanos, Tick.INSTANCE);
    }

    // ---- serving as a replica ----------------------------------------------------------------

    /** Work from a peer: a shipped write waits out the replication delay first, a read queues at once. */
    private void receive(Job job) {
        if (job.operation == Operation.WRITE) {
            long delay = context.drawnNanos(replicationDelay.sample());
            if (delay > 0) {
                long id = nextJob++;
                jobs.put(id, job);
                context.setTimer(delay, new Arrived(id));
                return;
            }
        }
        enqueue(job);
    }

    private void enqueue(Job job) {
        long id = nextJob++;
        jobs.put(id, job);
        // The pool queues requests; a job travels as one named by its id.
        Request slot = new Request(id, context.now(), job.operation, job.key, "", context.self());
        if (!pool.offer(context.self(), slot)) {
            jobs.remove(id);
            rejected.increment(); // no reply: the coordinator counts this replica as silent
        }
    }

    private void startJob(ActorRef ignored, Request slot) {
        ContinuousSampler time = slot.isWrite() ? writeTime : readTime;
        context.setTimer(context.workNanos(time.sample()), new Served(slot.id()));
    }

    private void finishJob(long id) {
        Job job = jobs.remove(id);
        pool.release();
        if (job == null) {
            return;
        }
        if (job.operation == Operation.READ) {
            reads.increment();
            long held = store.version(job.key);
            if (job.coordinator == self) {
                replied(job.id, self, held);
            } else {
                context.send(peers[job.coordinator], new VersionReply(self, job.id, held));
            }
            return;
        }
        writes.increment();
        boolean lostToOlder = applyWrite(job);
        if (job.purpose == Purpose.REPAIR) {
            return;
        }
        if (job.coordinator == self) {
            replied(job.id, self, job.stamp, lostToOlder);
        } else {
            context.send(peers[job.coordinator], new WriteAck(self, job.id, job.key, job.stamp, job.purpose,
                    lostToOlder));
        }
    }

    /**
     * Applies a write to the store by last writer wins; returns whether it lost to a write with a
     * higher stamp that was made earlier in true time (only known with skewed clocks, and only
     * when both writes' times are known here).
     */
    private boolean applyWrite(Job job) {
        long held = store.version(job.key);
        if (store.apply(job.key, job.stamp)) {
            if (heldWrittenAt != null) {
                heldWrittenAt.put(job.key, job.committedAtNanos);
            }
            return false;
        }
        if (heldWrittenAt == null || held == job.stamp || job.committedAtNanos == LeaderlessMessage.UNKNOWN_TIME) {
            return false;
        }
        long heldAt = heldWrittenAt.getOrDefault(job.key, LeaderlessMessage.UNKNOWN_TIME);
        return heldAt != LeaderlessMessage.UNKNOWN_TIME && heldAt < job.committedAtNanos;
    }

    private void sendFrontHeartbeat() {
        if (front != null) {
            context.send(front, new LeaderlessMessage.Heartbeat(self));
        }
    }

    // ---- faults ------------------------------------------------------------------------------

    @Override
    public void onCrash() {
        // The store and the hints are durable; queued and in-progress work and the requests being
        // coordinated are lost (the engine has cancelled the timers).
        pool.clear();
        jobs.clear();
        operations.clear();
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

    // ---- messages to itself ------------------------------------------------------------------

    /**
     * Replica work: read {@code key}, or apply the write of {@code key} with {@code stamp}, for
     * operation {@code id} of member {@code coordinator}; a write made at true time
     * {@code committedAtNanos} ({@link LeaderlessMessage#UNKNOWN_TIME} when not known).
     */
    private record Job(Operation operation, int coordinator, long id, long key, long stamp, Purpose purpose,
            long committedAtNanos) {
    }

    /** A worker finished job {@code job}. */
    private record Served(long job) implements Message {
    }

    /** A shipped write's replication delay is over: job {@code job} joins the queue. */
    private record Arrived(long job) implements Message {
    }

    /** The request timeout of operation {@code operation} passed. */
    private record Deadline(long operation) implements Message {
    }

    private enum Tick implements Message {
        INSTANCE
    }
}
