package org.distsim.models.ratelimit;

import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.metrics.Counter;
import org.distsim.models.rpc.Calls;
import org.distsim.models.rpc.FailureReason;
import org.distsim.models.rpc.HealthProbe;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;

/**
 * An API gateway that rate-limits the requests to one node: an admitted request is forwarded and
 * its answer relayed; a refused one is answered {@code failed("rate-limited")} at once, without
 * reaching the target. Admission costs no time.
 *
 * <p>A crash forgets the forwarded requests (their callers time out) and the limiter's state; a
 * restarted gateway starts with a full bucket or an empty window.
 */
public final class RateLimiter implements Actor {

    private final ActorContext context;
    private final RateLimiterConfig config;
    private final long timeoutNanos;
    private final Calls calls;
    private final Counter admitted;
    private final Counter rejected;
    private org.distsim.models.resilience.RateLimiter limiter;
    private ActorRef target;

    public RateLimiter(ActorContext context, RateLimiterConfig config) {
        this.context = context;
        this.config = config;
        this.timeoutNanos = config.timeout().toNanos();
        this.calls = new Calls(context);
        this.limiter = config.limiter();
        var metrics = context.nodeMetrics();
        this.admitted = metrics.counter(RateLimiterFigures.ADMITTED);
        this.rejected = metrics.counter(RateLimiterFigures.REJECTED);
    }

    @Override
    public void onStart() {
        target = context.lookup(config.target());
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (calls.handle(message)) {
            return;
        }
        if (message instanceof Request request) {
            if (limiter.tryAcquire(context.now())) {
                admitted.increment();
                calls.call(target, request, timeoutNanos, outcome -> {
                    if (!outcome.timedOut()) {
                        context.send(from, outcome.response().withId(request.id()));
                    }
                });
            } else {
                rejected.increment();
                context.send(from, Response.failed(request.id(), FailureReason.RATE_LIMITED));
            }
        } else if (message instanceof HealthProbe probe) {
            context.send(from, probe.reply());
        }
    }

    @Override
    public void onCrash() {
        calls.clear();
    }

    @Override
    public void onRestart() {
        limiter = config.limiter();
    }
}
