package org.distsim.models.replication;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.models.replication.LeaderlessMessage.Purpose;
import org.distsim.models.replication.LeaderlessMessage.VersionReply;
import org.distsim.models.replication.LeaderlessMessage.WriteAck;
import org.distsim.models.rpc.Operation;
import org.distsim.models.rpc.Request;
import org.distsim.models.station.WorkerPool;
import org.distsim.models.storage.StoredBytes;

/**
 * A leaderless member serving as a replica: the reads and writes that coordinators (itself
 * included) ask of its copy. Every job queues for the member's {@link WorkerPool} and takes
 * {@code read-time} or {@code write-time}; a write shipped from another member (a client's write,
 * a read repair or a hand-off) first waits {@code replication-delay}, the replication pipeline's
 * lag, with no worker held. A finished read replies the stamp held; a finished write is applied by
 * last writer wins and acknowledged, except a repair, which nobody waits for.
 *
 * <p>A write that takes effect stores its size ({@link StoredBytes}), and the size of the version
 * held is kept per key, so that a read reports it and a read repair writes back the right bytes.
 * A write that does not take effect (a hand-off or repair of a version already held, a write older
 * than the one held) stores nothing.
 *
 * <p>Queued and in-progress jobs are volatile: a crash loses them and the coordinators count this
 * replica as silent. The store is durable.
 */
final class LeaderlessServing {

    /** Where a finished job's reply goes when its coordinator is this member itself. */
    @FunctionalInterface
    interface OwnReplies {
        void replied(long operation, int member, long stamp, long heldBytes, boolean lostToOlder);
    }

    private final ActorContext context;
    private final int self;
    private final ReplicaStore store;
    private final LeaderlessFigures figures;
    private final OwnReplies ownReplies;
    private final ContinuousSampler readTime;
    private final ContinuousSampler writeTime;
    private final ContinuousSampler replicationDelay;
    private final WorkerPool pool;
    /** Volatile, looked up by id only, never iterated. */
    private final Map<Long, Job> jobs = new HashMap<>();
    private long nextJob = 1;
    /**
     * With skewed clocks, by key: the true time of the write whose stamp the store holds
     * ({@link LeaderlessMessage#UNKNOWN_TIME} when it came by repair or hand-off). Looked up, never
     * iterated; null with perfect clocks.
     */
    private final Map<Long, Long> heldWrittenAt;
    /**
     * By key: the size of the version held, for keys whose version has a size (durable, like the
     * store; empty when no write has a size). Looked up, never iterated.
     */
    private final Map<Long, Long> heldBytes = new HashMap<>();
    private final StoredBytes stored;
    private ActorRef[] peers;

    LeaderlessServing(ActorContext context, ReplicatedDatabaseConfig config, int self, ReplicaStore store,
            LeaderlessFigures figures, OwnReplies ownReplies) {
        this.context = context;
        this.self = self;
        this.store = store;
        this.figures = figures;
        this.ownReplies = ownReplies;
        this.readTime = config.readTime().sampler(context.random("read-time"));
        this.writeTime = config.writeTime().sampler(context.random("write-time"));
        this.replicationDelay = config.replicationDelay().sampler(context.random("replication-delay"));
        this.heldWrittenAt = figures.lostNewerWrites != null ? new HashMap<>() : null;
        this.stored = new StoredBytes(context);
        this.pool = new WorkerPool(context, "replicated-database", config.workers(), config.queueCapacity(),
                this::startJob);
    }

    /** The members, by number (index 0 unused); set at start. */
    void connect(ActorRef[] peers) {
        this.peers = peers;
    }

    /** Handles the member's own timers for replica work; false when the message is not one. */
    boolean handle(Message message) {
        if (message instanceof Served served) {
            finishJob(served.job());
            return true;
        }
        if (message instanceof Arrived arrived) {
            Job job = jobs.remove(arrived.job());
            if (job != null) {
                enqueue(job);
            }
            return true;
        }
        return false;
    }

    /** Work from a peer: a shipped write waits out the replication delay first, a read queues at once. */
    void receive(Job job) {
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

    /** Queues the job for a worker, or turns it away when the queue is full (no reply: the coordinator counts a silent replica). */
    void enqueue(Job job) {
        long id = nextJob++;
        jobs.put(id, job);
        // The pool queues requests; a job travels as one named by its id.
        Request slot = new Request(id, context.now(), job.operation, job.key, "", context.self());
        if (!pool.offer(context.self(), slot)) {
            jobs.remove(id);
            figures.rejected.increment();
        }
    }

    /** The member crashed: queued and in-progress work is lost. */
    void clear() {
        pool.clear();
        jobs.clear();
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
            figures.reads.increment();
            long held = store.version(job.key);
            long bytes = heldBytes.isEmpty() ? 0 : heldBytes.getOrDefault(job.key, 0L);
            if (job.coordinator == self) {
                ownReplies.replied(job.id, self, held, bytes, false);
            } else {
                context.send(peers[job.coordinator], new VersionReply(self, job.id, held, bytes));
            }
            return;
        }
        figures.writes.increment();
        boolean lostToOlder = applyWrite(job);
        if (job.purpose == Purpose.REPAIR) {
            return;
        }
        if (job.coordinator == self) {
            ownReplies.replied(job.id, self, job.stamp, 0, lostToOlder);
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
            stored.committed(job.sizeBytes);
            if (job.sizeBytes > 0) {
                heldBytes.put(job.key, job.sizeBytes);
            } else if (!heldBytes.isEmpty()) {
                heldBytes.remove(job.key);
            }
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

    /**
     * Replica work: read {@code key}, or apply the write of {@code key} with {@code stamp}, for
     * operation {@code id} of member {@code coordinator}; a write made at true time
     * {@code committedAtNanos} ({@link LeaderlessMessage#UNKNOWN_TIME} when not known), storing
     * {@code sizeBytes} (0 for a read or an unsized write).
     */
    record Job(Operation operation, int coordinator, long id, long key, long stamp, Purpose purpose,
            long committedAtNanos, long sizeBytes) {
    }

    /** A worker finished job {@code job}. */
    private record Served(long job) implements Message {
    }

    /** A shipped write's replication delay is over: job {@code job} joins the queue. */
    private record Arrived(long job) implements Message {
    }
}
