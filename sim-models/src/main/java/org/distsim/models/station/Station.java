package org.distsim.models.station;

/**
 * {@code workers} identical workers serving one FIFO queue: the M/G/c/K station. A job that finds a
 * free worker starts at once; otherwise it waits, unless {@code queue-capacity} jobs already wait,
 * in which case {@link #offer} refuses it and the owner answers "rejected".
 *
 * <p>The owner decides what a job costs ({@link Start}: draw a service time, set a timer) and calls
 * {@link #release} when the job's worker is free again. Every change is reported to the node's
 * {@link Occupancy}, which may be shared by several stations (the replicas of a service).
 *
 * @param <J> what waits in the queue: the owner's record of one request
 */
public final class Station<J> {

    /**
     * A hard cap on an "unbounded" queue, so an overloaded scenario ends with a clear message
     * instead of exhausting the heap. Each waiting request holds about 200 bytes with its client's
     * bookkeeping (measured: M/M/1 at a load of 2 holds 125 MB with 600,000 waiting), so a node at
     * the cap holds about 200 MB. A million waiting requests is never a stable system: even at a
     * microsecond of work each, the last one waits a second.
     */
    public static final int UNBOUNDED_QUEUE_CAP = 1_000_000;

    /** What the owner does when a worker takes a job: draw its cost and set a timer. */
    @FunctionalInterface
    public interface Start<J> {
        void start(J job);
    }

    /**
     * What the owner drops instead of starting: asked for each queued job a worker is about to take,
     * it answers true when the job is no longer worth serving (its deadline passed), having dealt with
     * it. Never asked about a job that finds a free worker on arrival; the owner checks those itself.
     */
    @FunctionalInterface
    public interface Stale<J> {
        boolean drop(J job);
    }

    private final Occupancy occupancy;
    private final Stale<J> stale;
    private final int workers;
    private final int queueCapacity;
    private final boolean bounded;
    private final Start<J> start;
    private final WaitingLine<J> queue = new WaitingLine<>();
    private int busy;

    /**
     * @param workers       jobs served at the same time, at least 1
     * @param queueCapacity the most jobs that may wait; null for unbounded (up to {@link #UNBOUNDED_QUEUE_CAP})
     */
    public Station(Occupancy occupancy, int workers, Integer queueCapacity, Start<J> start) {
        this(occupancy, workers, queueCapacity, start, job -> false);
    }

    /** A station whose owner may drop queued jobs that went stale while they waited ({@link Stale}). */
    public Station(Occupancy occupancy, int workers, Integer queueCapacity, Start<J> start, Stale<J> stale) {
        this.occupancy = occupancy;
        this.stale = stale;
        this.workers = workers;
        this.bounded = queueCapacity != null;
        this.queueCapacity = bounded ? queueCapacity : UNBOUNDED_QUEUE_CAP;
        this.start = start;
    }

    /**
     * Starts or queues the job; false when the queue is full and the job must be rejected.
     *
     * @throws org.distsim.core.kernel.ModelLimitException when an unbounded queue reaches its hard cap
     */
    public boolean offer(J job) {
        if (busy < workers) {
            busy++;
            occupancy.workerTaken();
            start.start(job);
        } else if (queue.size() < queueCapacity) {
            queue.addLast(job, occupancy.now());
            occupancy.requestQueued();
        } else if (!bounded) {
            throw occupancy.overloaded();
        } else {
            return false;
        }
        return true;
    }

    /** A worker finished its job: it takes the next waiting one, or goes idle. */
    public void release() {
        // A loop, not a recursion through the owner: a long run of stale jobs is dropped in one go.
        while (!queue.isEmpty()) {
            long sinceNanos = queue.firstSinceNanos();
            J next = queue.removeFirst();
            if (!stale.drop(next)) {
                occupancy.workerHandedOver(sinceNanos);
                start.start(next);
                return;
            }
            occupancy.requestDropped();
        }
        busy--;
        occupancy.workerFreed();
    }

    /**
     * Takes a job out of the queue before any worker started it (its caller cancelled it); false
     * when it is not waiting here. Linear in the queue's length: cancels are rarer than arrivals.
     */
    public boolean remove(J job) {
        if (queue.remove(job)) {
            occupancy.requestDropped();
            return true;
        }
        return false;
    }

    /** The node crashed: waiting and in-progress jobs are gone (their timers died with the crash). */
    public void clear() {
        occupancy.forget(busy, queue.size());
        queue.clear();
        busy = 0;
    }

    /** Jobs in service or waiting. */
    public int load() {
        return busy + queue.size();
    }

    /** True when no worker is busy (and so nothing waits either). */
    public boolean idle() {
        return busy == 0;
    }
}
