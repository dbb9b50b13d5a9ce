package org.distsim.models.database;

import java.util.ArrayDeque;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.kernel.ModelLimitException;
import org.distsim.core.metrics.Counter;
import org.distsim.core.metrics.TimeWeightedGauge;
import org.distsim.models.rpc.HealthProbe;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;

/**
 * A single-node key-value database: an M/G/c/K station (as {@code Service}) whose requests read or
 * write versioned keys. A read returns the key's latest committed version, taken when the read
 * completes; a write commits version = previous + 1 when it completes and returns it.
 *
 * <p>A crash loses the queue and the requests in service (their callers time out; a write in
 * service was not committed), but not the committed versions: the store is durable, and a
 * restarted node serves them again.
 */
public final class Database implements Actor {

    /** A hard cap on an "unbounded" queue, as in {@code Service}. */
    static final int UNBOUNDED_QUEUE_CAP = 10_000_000;

    private final ActorContext context;
    private final int workers;
    private final int queueCapacity;
    private final ContinuousSampler readTime;
    private final ContinuousSampler writeTime;
    private final VersionStore store = new VersionStore();
    private final ArrayDeque<Waiting> queue = new ArrayDeque<>();
    private final Counter reads;
    private final Counter writes;
    private final Counter rejected;
    private final TimeWeightedGauge utilisation;
    private final TimeWeightedGauge queueLength;
    private int busy;

    public Database(ActorContext context, DatabaseConfig config) {
        this.context = context;
        this.workers = config.workers();
        this.queueCapacity = config.queueCapacity() == null ? UNBOUNDED_QUEUE_CAP : config.queueCapacity();
        this.readTime = config.readTime().sampler(context.random("read-time"));
        this.writeTime = config.writeTime().sampler(context.random("write-time"));
        var metrics = context.nodeMetrics();
        this.utilisation = metrics.gauge("utilisation");
        this.queueLength = metrics.gauge("queue");
        this.reads = metrics.counter("reads");
        this.writes = metrics.counter("writes");
        this.rejected = metrics.counter("rejected");
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (message instanceof Request request) {
            accept(from, request);
        } else if (message instanceof Done done) {
            finish(done);
        } else if (message instanceof HealthProbe probe) {
            context.send(from, probe.reply());
        }
    }

    private void accept(ActorRef caller, Request request) {
        if (busy < workers) {
            start(caller, request);
        } else if (queue.size() < queueCapacity) {
            queue.addLast(new Waiting(caller, request));
            queueLength.set(queue.size());
        } else if (queueCapacity == UNBOUNDED_QUEUE_CAP) {
            throw new ModelLimitException("database " + context.self() + " has " + UNBOUNDED_QUEUE_CAP
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
        double nanos = (request.isWrite() ? writeTime : readTime).sample() * context.slowdown();
        context.setTimer(Math.round(nanos), new Done(caller, request));
    }

    private void finish(Done done) {
        busy--;
        Request request = done.request();
        long version;
        if (request.isWrite()) {
            version = store.write(request.key());
            writes.increment();
        } else {
            version = store.read(request.key());
            reads.increment();
        }
        context.send(done.caller(), Response.ok(request.id(), version));
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
        // The store is durable; only the volatile queue and the work in progress are lost.
        queue.clear();
        busy = 0;
        queueLength.set(0);
        utilisation.set(0);
    }

    /** The latest committed version of {@code key}, for tests. */
    long committedVersion(long key) {
        return store.read(key);
    }

    private record Waiting(ActorRef caller, Request request) {
    }

    /** A worker finished a request; a write commits now. */
    private record Done(ActorRef caller, Request request) implements Message {
    }
}
