package org.distsim.models.station;

import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.models.rpc.Request;

/**
 * The station of a node that is one station: {@code workers} workers serving one FIFO queue of
 * requests, with the node's {@code utilisation} and {@code queue} figures of its own {@link
 * Occupancy}. See {@link Station} for the rules.
 */
public final class WorkerPool {

    /** What the owner does when a worker takes a request: draw its cost and set a timer. */
    @FunctionalInterface
    public interface Start {
        void start(ActorRef caller, Request request);
    }

    private final Station<Waiting> station;

    /**
     * @param component     the component's type, for the overload message ("database")
     * @param queueCapacity the most requests that may wait; null for unbounded
     */
    public WorkerPool(ActorContext context, String component, int workers, Integer queueCapacity, Start start) {
        this.station = new Station<>(new Occupancy(context, component, workers), workers, queueCapacity,
                waiting -> start.start(waiting.caller(), waiting.request()));
    }

    /** Starts or queues the request; false when the queue is full and the request must be rejected. */
    public boolean offer(ActorRef caller, Request request) {
        return station.offer(new Waiting(caller, request));
    }

    /** A worker finished its request: it takes the next waiting one, or goes idle. */
    public void release() {
        station.release();
    }

    /** The node crashed: waiting and in-progress requests are gone. */
    public void clear() {
        station.clear();
    }

    private record Waiting(ActorRef caller, Request request) {
    }
}
