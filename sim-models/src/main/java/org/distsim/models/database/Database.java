package org.distsim.models.database;

import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.metrics.Counter;
import org.distsim.models.format.SizeDistribution;
import org.distsim.models.rpc.FailureReason;
import org.distsim.models.rpc.HealthProbe;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;
import org.distsim.models.station.WorkerPool;
import org.distsim.models.storage.StoredBytes;

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

    private final ActorContext context;
    private final ContinuousSampler readTime;
    private final ContinuousSampler writeTime;
    private final VersionStore store = new VersionStore();
    private final WorkerPool pool;
    private final Counter reads;
    private final Counter writes;
    private final Counter rejected;
    private final StoredBytes stored;
    /** The size of every read's answer, when the database declares one; null to answer what the request asks. */
    private final ContinuousSampler responseSize;

    public Database(ActorContext context, DatabaseConfig config) {
        this.context = context;
        this.readTime = config.readTime().sampler(context.random("read-time"));
        this.writeTime = config.writeTime().sampler(context.random("write-time"));
        this.pool = new WorkerPool(context, "database", config.workers(), config.queueCapacity(), this::start);
        var metrics = context.nodeMetrics();
        this.reads = metrics.counter(DatabaseFigures.READS);
        this.writes = metrics.counter(DatabaseFigures.WRITES);
        this.rejected = metrics.counter(DatabaseFigures.REJECTED);
        this.stored = new StoredBytes(context);
        // A stream of its own, made only when set: declaring a size shifts no other draw.
        this.responseSize = config.responseSize() == null ? null
                : config.responseSize().bytes().sampler(context.random("response-size"));
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
        if (!pool.offer(caller, request)) {
            rejected.increment();
            context.send(caller, Response.failed(request.id(), FailureReason.REJECTED));
        }
    }

    private void start(ActorRef caller, Request request) {
        long nanos = context.workNanos((request.isWrite() ? writeTime : readTime).sample());
        context.setTimer(nanos, new Done(caller, request));
    }

    private void finish(Done done) {
        Request request = done.request();
        long version;
        if (request.isWrite()) {
            version = store.write(request.key());
            writes.increment();
            stored.committed(request.sizeBytes());
        } else {
            version = store.read(request.key());
            reads.increment();
        }
        Response answer = Response.ok(request, version);
        if (responseSize != null && !request.isWrite()) {
            answer = answer.sized(SizeDistribution.draw(responseSize));
        }
        context.send(done.caller(), answer);
        pool.release();
    }

    @Override
    public void onCrash() {
        // The store is durable; only the volatile queue and the work in progress are lost.
        pool.clear();
    }

    /** The latest committed version of {@code key}, for tests. */
    long committedVersion(long key) {
        return store.read(key);
    }

    /** A worker finished a request; a write commits now. */
    private record Done(ActorRef caller, Request request) implements Message {
    }
}
