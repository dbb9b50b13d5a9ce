package org.distsim.models.service;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.metrics.Counter;
import org.distsim.core.metrics.NodeMetrics;
import org.distsim.models.format.SizeDistribution;
import org.distsim.models.resilience.Backoff;
import org.distsim.models.resilience.CircuitBreaker;
import org.distsim.models.resilience.CircuitState;
import org.distsim.models.resilience.CircuitTransition;
import org.distsim.models.resilience.RetryBudget;
import org.distsim.models.rpc.Request;

/**
 * One target of one entry of a service's {@code calls:} list (a call with a {@code route:} has one
 * per route target), with the state its calls share across requests: the breaker, the retry budget
 * and the bulkhead's count of calls in flight. That state lives in the service's memory, so a crash
 * loses it ({@link #reset}); the figures survive.
 */
final class Dependency {

    final DependencyCall config;
    /** The name of the node called. */
    final String targetName;
    final long timeoutNanos;
    /** Null when retries are made at once. */
    final Backoff backoff;
    /** Zero when the call is not hedged. */
    final long hedgeAfterNanos;
    final int bulkhead;
    /** False when the call says {@code cancel: false}: its attempts are abandoned, never cancelled. */
    final boolean cancels;
    /** The edge's own stream {@code call-errors.<target>}; null when the edge never errs. */
    final UniformRandomProvider edgeErrors;
    ActorRef target;
    /** The node that undoes this step; null without {@code compensate:}. */
    ActorRef compensateTarget;

    CircuitBreaker breaker;
    RetryBudget budget;
    int inFlight;

    final Counter sent;
    final Counter retries;
    final Counter hedges;
    final Counter failures;
    /** Attempts of the calls that ended, counted when each ended: the numerator of the retry amplification. */
    final Counter offered;
    /** Calls that succeeded, once each: the denominator of the retry amplification. */
    final Counter succeeded;
    final Counter retriesRefused;
    final Counter breakerRejected;
    final Counter bulkheadRejected;
    final Counter breakerOpened;
    final Counter breakerHalfOpened;
    final Counter breakerClosed;
    /** Registered only when the edge has an error rate. */
    final Counter callErrors;
    /** Registered only when the call has a fallback. */
    final Counter fallbacks;
    /** The sizes this call sets, in bytes; null to pass the served request's on. */
    private final ContinuousSampler requestSizes;
    private final ContinuousSampler responseSizes;

    Dependency(DependencyCall config, String targetName, ActorContext context, NodeMetrics metrics) {
        this.config = config;
        this.targetName = targetName;
        this.timeoutNanos = config.timeout().toNanos();
        this.backoff = config.backoff() == null ? null : config.backoff().backoff();
        this.hedgeAfterNanos = config.hedgeAfter() == null ? 0 : config.hedgeAfter().toNanos();
        this.bulkhead = config.bulkhead() == null ? Integer.MAX_VALUE : config.bulkhead();
        this.cancels = !Boolean.FALSE.equals(config.cancel());
        String t = targetName;
        this.sent = metrics.counter(ServiceFigures.CALLS, t);
        this.retries = metrics.counter(ServiceFigures.RETRIES, t);
        this.hedges = metrics.counter(ServiceFigures.HEDGES, t);
        this.failures = metrics.counter(ServiceFigures.FAILURES, t);
        this.offered = metrics.counter(ServiceFigures.OFFERED, t);
        this.succeeded = metrics.counter(ServiceFigures.SUCCEEDED, t);
        metrics.quotientOf(ServiceFigures.RETRY_AMPLIFICATION, t);
        this.retriesRefused = metrics.counter(ServiceFigures.RETRIES_REFUSED, t);
        this.breakerRejected = metrics.counter(ServiceFigures.BREAKER_REJECTED, t);
        this.bulkheadRejected = metrics.counter(ServiceFigures.BULKHEAD_REJECTED, t);
        this.breakerOpened = metrics.counter(ServiceFigures.BREAKER_OPENED, t);
        this.breakerHalfOpened = metrics.counter(ServiceFigures.BREAKER_HALF_OPENED, t);
        this.breakerClosed = metrics.counter(ServiceFigures.BREAKER_CLOSED, t);
        // Registered only when configured, so that a design without them reports as before; the
        // stream is the edge's own, so an error rate on one edge changes no other draw.
        this.edgeErrors = config.errorRate() > 0 ? context.random("call-errors." + t) : null;
        this.callErrors = config.errorRate() > 0 ? metrics.counter(ServiceFigures.CALL_ERRORS, t) : null;
        this.fallbacks = config.fallback() ? metrics.counter(ServiceFigures.FALLBACKS, t) : null;
        // Streams of the edge's own, made only when set: a size shifts no other draw.
        this.requestSizes = config.requestSize() == null ? null
                : config.requestSize().bytes().sampler(context.random("request-size." + t));
        this.responseSizes = config.responseSize() == null ? null
                : config.responseSize().bytes().sampler(context.random("response-size." + t));
        reset();
    }

    /** Forgets the volatile state: a restarted process has a closed breaker and a fresh budget. */
    void reset() {
        breaker = config.circuitBreaker() == null ? null
                : new CircuitBreaker(config.circuitBreaker().breakerConfig(), this::count);
        budget = config.retryBudget() == null ? null : config.retryBudget().budget();
        inFlight = 0;
    }

    /** Whether this successful answer is turned into an error on the edge: one draw per answer. */
    boolean edgeErrs() {
        return edgeErrors != null && edgeErrors.nextDouble() < config.errorRate();
    }

    boolean breakerClosed(long nowNanos) {
        return breaker == null || breaker.state(nowNanos) == CircuitState.CLOSED;
    }

    private void count(CircuitTransition transition) {
        switch (transition.to()) {
            case OPEN:
                breakerOpened.increment();
                break;
            case HALF_OPEN:
                breakerHalfOpened.increment();
                break;
            case CLOSED:
                breakerClosed.increment();
                break;
            default:
                throw new AssertionError("unhandled state " + transition.to());
        }
    }

    /** The request this call sends for {@code served}: with the sizes the call sets, drawn now. */
    Request sized(Request served) {
        if (requestSizes == null && responseSizes == null) {
            return served;
        }
        return served.sized(requestSizes == null ? served.sizeBytes() : SizeDistribution.draw(requestSizes),
                responseSizes == null ? served.responseBytes() : SizeDistribution.draw(responseSizes));
    }
}
