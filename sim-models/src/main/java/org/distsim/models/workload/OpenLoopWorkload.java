package org.distsim.models.workload;

import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.metrics.WorkloadMetrics;
import org.distsim.core.random.Constant;
import org.distsim.core.random.Exponential;
import org.distsim.models.rpc.CallOutcome;
import org.distsim.models.rpc.Calls;
import org.distsim.models.rpc.Operation;
import org.distsim.models.rpc.Request;

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
    private final Calls calls;
    private ActorRef target;

    public OpenLoopWorkload(ActorContext context, OpenLoopConfig config) {
        this.context = context;
        this.config = config;
        double meanGapNanos = NANOS_PER_SECOND / config.rate().perSecond();
        this.interArrival = (config.arrivals() == Arrivals.POISSON ? new Exponential(meanGapNanos) : new Constant(meanGapNanos))
                .sampler(context.random("arrivals"));
        this.timeoutNanos = config.timeout().toNanos();
        this.metrics = context.workloadMetrics();
        this.calls = new Calls(context);
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
        } else {
            calls.handle(message);
        }
    }

    @Override
    public void onCrash() {
        // A crashed client forgets what it was waiting for; those requests stay without an outcome.
        calls.clear();
    }

    @Override
    public void onRestart() {
        context.setTimer(Math.round(interArrival.sample()), Arrive.INSTANCE);
    }

    private void issue() {
        long intended = context.now();
        metrics.issued(intended);
        Request request = new Request(0, intended, Operation.READ, 0, "", context.self());
        calls.call(target, request, timeoutNanos, outcome -> record(intended, outcome));
    }

    private void record(long intendedAtNanos, CallOutcome outcome) {
        if (outcome.ok()) {
            metrics.succeeded(intendedAtNanos, context.now() - intendedAtNanos);
        } else if (outcome.timedOut()) {
            metrics.timedOut(intendedAtNanos);
        } else {
            metrics.failed(intendedAtNanos, outcome.reason());
        }
    }

    private enum Arrive implements Message {
        INSTANCE
    }
}
