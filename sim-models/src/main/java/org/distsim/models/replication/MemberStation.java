package org.distsim.models.replication;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.models.rpc.Operation;
import org.distsim.models.rpc.Request;
import org.distsim.models.station.WorkerPool;

/**
 * The workers of one member: client reads and writes and the applying of writes shipped from other
 * members share one {@link WorkerPool} (c workers, one FIFO queue), as the threads of a real
 * database serve queries and the replication applier alike. A read costs {@code read-time}, a
 * write and an apply cost {@code write-time}, lengthened by the member's slow-down (see {@code workNanos}).
 *
 * <p>A job is a continuation run when its worker finishes. A crash drops the queue and the jobs in
 * service (their timers die with the crash).
 */
final class MemberStation {

    /** What a worker spends its time on. */
    enum Work {
        READ,
        WRITE,
        APPLY
    }

    private final ActorContext context;
    private final ContinuousSampler readTime;
    private final ContinuousSampler writeTime;
    private final WorkerPool pool;
    // Looked up by job number only, never iterated.
    private final Map<Long, Job> jobs = new HashMap<>();
    private long nextJob;

    MemberStation(ActorContext context, ReplicatedDatabaseConfig config) {
        this.context = context;
        this.readTime = config.readTime().sampler(context.random("read-time"));
        this.writeTime = config.writeTime().sampler(context.random("write-time"));
        this.pool = new WorkerPool(context, "replicated-database", config.workers(), config.queueCapacity(), this::start);
    }

    /** Queues {@code work}; {@code done} runs when a worker has finished it. False when the queue is full. */
    boolean submit(Work work, Runnable done) {
        long number = nextJob++;
        jobs.put(number, new Job(work, done));
        // The pool queues requests; a job travels as a request that carries only its number.
        Request carrier = new Request(number, context.now(), work == Work.READ ? Operation.READ : Operation.WRITE, 0, "", null);
        if (!pool.offer(context.self(), carrier)) {
            jobs.remove(number);
            return false;
        }
        return true;
    }

    /** Handles a worker's finish; false when the message is not one. */
    boolean handle(Message message) {
        if (message instanceof Finished finished) {
            Job job = jobs.remove(finished.job());
            pool.release();
            if (job != null) {
                job.done().run();
            }
            return true;
        }
        return false;
    }

    /** The member crashed: queued and running jobs are gone. */
    void clear() {
        pool.clear();
        jobs.clear();
    }

    private void start(ActorRef caller, Request carrier) {
        Job job = jobs.get(carrier.id());
        long nanos = context.workNanos((job.work() == Work.READ ? readTime : writeTime).sample());
        context.setTimer(nanos, new Finished(carrier.id()));
    }

    private record Job(Work work, Runnable done) {
    }

    private record Finished(long job) implements Message {
    }
}
