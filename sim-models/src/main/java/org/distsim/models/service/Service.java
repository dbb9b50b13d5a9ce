package org.distsim.models.service;

import java.util.ArrayDeque;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.kernel.ModelLimitException;
import org.distsim.core.metrics.Counter;
import org.distsim.core.metrics.TimeWeightedGauge;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;

/**
 * A service of {@code c} identical workers in front of one FIFO queue: the M/G/c/K station of
 * queueing theory. A request that finds a free worker starts at once; otherwise it waits, or is
 * rejected when {@code queue-capacity} requests are already waiting.
 *
 * <p>A crash loses every queued and in-progress request (their callers time out); a restart comes
 * back empty.
 */
public final class Service implements Actor {

    /**
     * A hard cap on an "unbounded" queue, so an overloaded scenario ends with a clear message
     * instead of exhausting the heap (each waiting request costs about 50 bytes).
     */
    static final int UNBOUNDED_QUEUE_CAP = 10_000_000;

    private final ActorContext context;
    private final int workers;
    private final int queueCapacity;
    private final double speed;
    private final ContinuousSampler serviceTime;
    private final ArrayDeque<Waiting> queue = new ArrayDeque<>();
    private final Counter served;
    private final Counter rejected;
    private final TimeWeightedGauge utilisation;
    private final TimeWeightedGauge queueLength;
    private int busy;

    public Service(ActorContext context, ServiceConfig config) {
        this.context = context;
        this.workers = config.workers();
        this.queueCapacity = config.queueCapacity() == null ? UNBOUNDED_QUEUE_CAP : config.queueCapacity();
        this.speed = config.speed();
        this.serviceTime = config.serviceTime().sampler(context.random("service-time"));
        var metrics = context.nodeMetrics();
        this.utilisation = metrics.gauge("utilisation");
        this.queueLength = metrics.gauge("queue");
        this.served = metrics.counter("served");
        this.rejected = metrics.counter("rejected");
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (message instanceof Request request) {
            accept(from, request);
        } else if (message instanceof Done done) {
            finish(done);
        }
    }

    private void accept(ActorRef caller, Request request) {
        if (busy < workers) {
            start(caller, request);
        } else if (queue.size() < queueCapacity) {
            queue.addLast(new Waiting(caller, request));
            queueLength.set(queue.size());
        } else if (queueCapacity == UNBOUNDED_QUEUE_CAP) {
            throw new ModelLimitException("service " + context.self() + " has " + UNBOUNDED_QUEUE_CAP
                    + " requests waiting: it is overloaded (arrivals faster than it serves);"
                    + " set queue-capacity to model rejections instead");
        } else {
            rejected.increment();
            context.send(caller, Response.failed(request.id(), "rejected"));
        }
    }

    private void start(ActorRef caller, Request request) {
        busy++;
        utilisation.set((double) busy / workers);
        long nanos = Math.round(serviceTime.sample() * context.slowdown() / speed);
        context.setTimer(nanos, new Done(caller, request.id()));
    }

    private void finish(Done done) {
        busy--;
        served.increment();
        context.send(done.caller(), Response.ok(done.requestId()));
        Waiting next = queue.pollFirst();
        if (next != null) {
            queueLength.set(queue.size());
            start(next.caller(), next.request());
        } else {
            utilisation.set((double) busy / workers);
        }
    }

    @Override
    public void onCrash() {
        queue.clear();
        busy = 0;
        queueLength.set(0);
        utilisation.set(0);
    }

    private record Waiting(ActorRef caller, Request request) {
    }

    /** A worker finished serving a request. */
    private record Done(ActorRef caller, long requestId) implements Message {
    }
}
