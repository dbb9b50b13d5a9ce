package org.distsim.models.station;

import java.util.ArrayDeque;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.ModelLimitException;
import org.distsim.core.metrics.TimeWeightedGauge;
import org.distsim.models.rpc.Request;

/**
 * {@code workers} identical workers serving one FIFO queue. A request that finds a free worker
 * starts at once; otherwise it waits, unless {@code queue-capacity} requests already wait, in which
 * case {@link #offer} refuses it and the owner answers "rejected".
 *
 * <p>Registers the owner's {@link StationFigures}: {@code utilisation} (busy workers / workers) and {@code queue}
 * (waiting requests) gauges, both time-weighted.
 */
public final class WorkerPool {

    /**
     * A hard cap on an "unbounded" queue, so an overloaded scenario ends with a clear message
     * instead of exhausting the heap.
     */
    public static final int UNBOUNDED_QUEUE_CAP = 10_000_000;

    /** What the owner does when a worker takes a request: draw its cost and set a timer. */
    @FunctionalInterface
    public interface Start {
        void start(ActorRef caller, Request request);
    }

    private final ActorContext context;
    private final String component;
    private final int workers;
    private final int queueCapacity;
    private final Start start;
    private final ArrayDeque<Waiting> queue = new ArrayDeque<>();
    private final TimeWeightedGauge utilisation;
    private final TimeWeightedGauge queueLength;
    private int busy;

    /**
     * @param component     the component's type, for the overload message ("database")
     * @param queueCapacity the most requests that may wait; null for unbounded
     */
    public WorkerPool(ActorContext context, String component, int workers, Integer queueCapacity, Start start) {
        this.context = context;
        this.component = component;
        this.workers = workers;
        this.queueCapacity = queueCapacity == null ? UNBOUNDED_QUEUE_CAP : queueCapacity;
        this.start = start;
        var metrics = context.nodeMetrics();
        this.utilisation = metrics.gauge(StationFigures.UTILISATION);
        this.queueLength = metrics.gauge(StationFigures.QUEUE);
    }

    /** Starts or queues the request; false when the queue is full and the request must be rejected. */
    public boolean offer(ActorRef caller, Request request) {
        if (busy < workers) {
            begin(caller, request);
        } else if (queue.size() < queueCapacity) {
            queue.addLast(new Waiting(caller, request));
            queueLength.set(queue.size());
        } else if (queueCapacity == UNBOUNDED_QUEUE_CAP) {
            throw new ModelLimitException(component + " " + context.self() + " has " + UNBOUNDED_QUEUE_CAP
                    + " requests waiting: it is overloaded (arrivals faster than it serves);"
                    + " set queue-capacity to model rejections instead");
        } else {
            return false;
        }
        return true;
    }

    /** A worker finished its request: it takes the next waiting one, or goes idle. */
    public void release() {
        busy--;
        Waiting next = queue.pollFirst();
        if (next != null) {
            queueLength.set(queue.size());
            begin(next.caller(), next.request());
        } else {
            utilisation.set((double) busy / workers);
        }
    }

    /** The node crashed: waiting and in-progress requests are gone. */
    public void clear() {
        queue.clear();
        busy = 0;
        queueLength.set(0);
        utilisation.set(0);
    }

    private void begin(ActorRef caller, Request request) {
        busy++;
        utilisation.set((double) busy / workers);
        start.start(caller, request);
    }

    private record Waiting(ActorRef caller, Request request) {
    }
}
