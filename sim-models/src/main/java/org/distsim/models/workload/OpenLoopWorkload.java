package org.distsim.models.workload;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.metrics.WorkloadMetrics;
import org.distsim.core.random.Constant;
import org.distsim.core.random.Exponential;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;

/**
 * An open-loop client population: requests arrive at a rate whatever the system does (Poisson or
 * evenly spaced), the way independent users arrive at a website. Because the arrivals never wait
 * for responses, a slow system cannot slow the load down and hide its own latency.
 *
 * <p>Each request is answered ok, failed (with the server's reason) or, when its timeout fires
 * first, unknown: it may or may not have taken effect. A late response to a timed-out request is
 * ignored.
 */
public final class OpenLoopWorkload implements Actor {

    private static final double NANOS_PER_SECOND = 1e9;

    private final ActorContext context;
    private final OpenLoopConfig config;
    private final ContinuousSampler interArrival;
    private final long timeoutNanos;
    private final WorkloadMetrics metrics;
    // Looked up by request id only, never iterated.
    private final Map<Long, Outstanding> outstanding = new HashMap<>();
    private ActorRef target;
    private long nextId;

    public OpenLoopWorkload(ActorContext context, OpenLoopConfig config) {
        this.context = context;
        this.config = config;
        double meanGapNanos = NANOS_PER_SECOND / config.rate().perSecond();
        this.interArrival = (config.arrivals() == Arrivals.POISSON ? new Exponential(meanGapNanos) : new Constant(meanGapNanos))
                .sampler(context.random("arrivals"));
        this.timeoutNanos = config.timeout().toNanos();
        this.metrics = context.workloadMetrics();
    }

    @Override
    public void onStart() {
        target = context.lookup(config.target());
        context.setTimer(Math.round(interArrival.sample()), Arrive.INSTANCE);
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (message instanceof Arrive) {
            issue();
            context.setTimer(Math.round(interArrival.sample()), Arrive.INSTANCE);
        } else if (message instanceof Response response) {
            complete(response);
        } else if (message instanceof TimedOut timedOut) {
            Outstanding request = outstanding.remove(timedOut.requestId());
            if (request != null) {
                metrics.timedOut(request.intendedAtNanos());
            }
        }
    }

    @Override
    public void onCrash() {
        // A crashed client forgets what it was waiting for; those requests stay without an outcome.
        outstanding.clear();
    }

    @Override
    public void onRestart() {
        context.setTimer(Math.round(interArrival.sample()), Arrive.INSTANCE);
    }

    private void issue() {
        long now = context.now();
        long id = nextId++;
        metrics.issued(now);
        long timer = context.setTimer(timeoutNanos, new TimedOut(id));
        outstanding.put(id, new Outstanding(now, timer));
        context.send(target, new Request(id, now));
    }

    private void complete(Response response) {
        Outstanding request = outstanding.remove(response.id());
        if (request == null) {
            return;
        }
        context.cancelTimer(request.timeoutTimer());
        if (response.ok()) {
            metrics.succeeded(request.intendedAtNanos(), context.now() - request.intendedAtNanos());
        } else {
            metrics.failed(request.intendedAtNanos(), response.reason());
        }
    }

    private record Outstanding(long intendedAtNanos, long timeoutTimer) {
    }

    private enum Arrive implements Message {
        INSTANCE
    }

    private record TimedOut(long requestId) implements Message {
    }
}
