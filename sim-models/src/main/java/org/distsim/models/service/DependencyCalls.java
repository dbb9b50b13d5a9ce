package org.distsim.models.service;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.Message;
import org.distsim.core.metrics.NodeMetrics;
import org.distsim.models.rpc.CallOutcome;
import org.distsim.models.rpc.Calls;
import org.distsim.models.rpc.Failure;
import org.distsim.models.rpc.FailureReason;
import org.distsim.models.rpc.Lookup;
import org.distsim.models.rpc.Request;

/**
 * A service's calls to its dependencies ({@code calls:}): for each request, the calls that apply to
 * it, each with its timeout, retries with backoff and jitter under a retry budget, hedging, circuit
 * breaker and bulkhead, until the request is decided ({@link RequestCalls}). The step-by-step rules
 * are in the package documentation.
 *
 * <p>The owning service passes every message to {@link #handle} first, and calls {@link #clear} when
 * it crashes: pending calls, breakers, budgets and bulkhead counts are lost with the process. Backoff
 * jitter draws from the node's stream {@code retry-jitter}.
 */
final class DependencyCalls {

    private final ActorContext context;
    private final CallMode mode;
    private final WaitFor waitFor;
    private final int k;
    private final UniformRandomProvider jitter;
    private final Calls calls;
    private final List<CallRule> rules = new ArrayList<>();
    /** Every target of every call, for looking them up and for clearing their state. */
    private final List<Dependency> dependencies = new ArrayList<>();
    private final SagaCompensation compensation;

    /** Registers each dependency's figures, in the order of {@code calls:}. */
    DependencyCalls(ActorContext context, ServiceConfig config, NodeMetrics metrics) {
        this.context = context;
        this.mode = config.mode();
        this.waitFor = config.waitFor();
        this.k = config.k() == null ? 0 : config.k();
        this.jitter = context.random("retry-jitter");
        this.calls = new Calls(context);
        List<String> names = new ArrayList<>();
        for (DependencyCall call : config.calls()) {
            String name = call.callName();
            long before = names.stream().filter(name::equals).count();
            String streamId = before == 0 ? name : name + "#" + (before + 1);
            // The loader has checked that on: names exactly one earlier call.
            int onIndex = call.on() == null ? -1 : names.indexOf(call.on().call());
            names.add(name);
            CallRule rule = new CallRule(rules.size(), call, onIndex, streamId, context, metrics);
            rules.add(rule);
            dependencies.addAll(rule.targets);
        }
        this.compensation = config.calls().stream().anyMatch(call -> call.compensate() != null)
                ? new SagaCompensation(calls, metrics) : null;
    }

    /** Whether the service has any calls at all. */
    boolean any() {
        return !rules.isEmpty();
    }

    /** Looks the targets up, once every node exists. */
    void onStart() {
        for (Dependency dependency : dependencies) {
            dependency.target = context.lookup(dependency.targetName);
            if (dependency.config.compensate() != null) {
                dependency.compensateTarget = context.lookup(dependency.config.compensate().target());
            }
        }
    }

    /** Handles an answer, a timeout or a timer of a call; false when the message is about none. */
    boolean handle(Message message) {
        if (calls.handle(message)) {
            return true;
        }
        if (message instanceof RetryDue retry) {
            attempt(retry.call(), true);
        } else if (message instanceof HedgeDue hedge) {
            hedge(hedge.call(), hedge.tryNumber());
        } else {
            return false;
        }
        return true;
    }

    /**
     * Makes the calls that apply to {@code request}; {@code then} learns the outcome once, possibly
     * before this returns (no call applies, or a local refusal decides it). Returns the calls, for
     * {@link #cancel}; null when none applies.
     *
     * @param deadlineNanos the deadline the calls tell their targets and never wait past;
     *                      {@link Request#NO_DEADLINE} for none
     * @param cancel        whether calls given up on are cancelled at their targets
     */
    RequestCalls begin(Request request, long deadlineNanos, boolean cancel, RequestCalls.Decided then) {
        if (rules.isEmpty()) {
            then.decided(true, false, null);
            return null;
        }
        RequestCalls requestCalls = new RequestCalls(mode, waitFor, k, deadlineNanos, cancel, then, rules.size());
        boolean any = false;
        for (int i = 0; i < rules.size(); i++) {
            CallRule rule = rules.get(i);
            // Every draw is made here, in list order, one per stream and request the call applies to,
            // whatever the outcomes of the other calls turn out to be.
            boolean made = rule.appliesTo(request.origin()) && rule.drawn();
            Dependency picked = made ? rule.pick() : null;
            // A call that sets sizes sends its own copy of the request, drawn once for all its attempts.
            Call call = new Call(requestCalls, picked == null ? request : picked.sized(request), rule, picked);
            if (!made) {
                call.state = Call.State.SKIPPED;
            }
            any |= made;
            requestCalls.calls[i] = call;
        }
        if (!any) {
            then.decided(true, false, null);
            return null;
        }
        proceed(requestCalls);
        return requestCalls.finished ? null : requestCalls;
    }

    /**
     * The request's caller cancelled it: its calls still running are stopped (and cancelled in turn,
     * with deadlines enforced), and it fails; a saga still compensates the steps that may have happened.
     */
    void cancel(RequestCalls request) {
        if (!request.finished) {
            decide(request, false, Failure.of(FailureReason.CANCELLED));
        }
    }

    /** The process crashed: pending calls are forgotten, breakers close and budgets refill. */
    void clear() {
        calls.clear();
        for (Dependency dependency : dependencies) {
            dependency.reset();
        }
    }

    /** Makes one try of a call: the breaker and the bulkhead may refuse it at once. */
    private void attempt(Call call, boolean retry) {
        if (call.finished) {
            return;
        }
        Dependency dependency = call.dependency;
        long now = context.now();
        if (now >= call.owner.deadlineNanos) {
            // No time is left to wait for an answer: the call is not made (nor retried).
            ended(call, false, Failure.of(FailureReason.DEADLINE_EXCEEDED));
            return;
        }
        if (!retry && dependency.budget != null) {
            dependency.budget.onRequest(now);
        }
        if (dependency.breaker != null && !dependency.breaker.allowRequest(now)) {
            dependency.breakerRejected.increment();
            ended(call, false, Failure.of(FailureReason.CIRCUIT_OPEN));
            return;
        }
        if (dependency.inFlight >= dependency.bulkhead) {
            dependency.bulkheadRejected.increment();
            ended(call, false, Failure.of(FailureReason.BULKHEAD_FULL));
            return;
        }
        if (retry) {
            dependency.retries.increment();
        }
        call.tryNumber++;
        send(call);
        if (dependency.hedgeAfterNanos > 0) {
            call.hedgeTimer = context.setTimer(dependency.hedgeAfterNanos, new HedgeDue(call, call.tryNumber));
        }
    }

    /** The first attempt of this try has not answered in time: send a second one, if allowed. */
    private void hedge(Call call, int tryNumber) {
        call.hedgeTimer = -1;
        Dependency dependency = call.dependency;
        // A hedge is extra load: not sent to a dependency the breaker distrusts, nor beyond the bulkhead.
        if (call.finished || call.tryNumber != tryNumber || call.noneInFlight()
                || context.now() >= call.owner.deadlineNanos
                || !dependency.breakerClosed(context.now()) || dependency.inFlight >= dependency.bulkhead) {
            return;
        }
        dependency.hedges.increment();
        send(call);
    }

    private void send(Call call) {
        Dependency dependency = call.dependency;
        dependency.inFlight++;
        dependency.sent.increment();
        call.attemptsSent++;
        Call.Attempt attempt = new Call.Attempt(call, this);
        call.inFlight(attempt);
        RequestCalls owner = call.owner;
        // The attempt never waits past the deadline it passes on (the remaining budget).
        long timeout = Math.min(dependency.timeoutNanos, owner.deadlineNanos - context.now());
        calls.call(dependency.target, call.request, timeout, owner.deadlineNanos, owner.cancel && dependency.cancels,
                attempt);
    }

    /** An attempt has its outcome. */
    void answered(Call.Attempt attempt, CallOutcome outcome) {
        Call call = attempt.call;
        Dependency dependency = call.dependency;
        dependency.inFlight--;
        call.landed(attempt);
        long now = context.now();
        if (outcome.ok() || outcome.timedOut()) {
            call.maybeApplied = true;
        }
        boolean edgeError = outcome.ok() && dependency.edgeErrs();
        if (edgeError) {
            dependency.callErrors.increment();
        }
        boolean ok = outcome.ok() && !edgeError;
        call.lastAnswer = ok ? outcome.response().lookup() : Lookup.NONE;
        call.lastTimedOut = outcome.timedOut();
        if (dependency.breaker != null) {
            if (ok) {
                dependency.breaker.onSuccess(now);
            } else {
                dependency.breaker.onFailure(now);
            }
        }
        if (ok) {
            ended(call, true, null);
            return;
        }
        String target = dependency.targetName;
        call.lastReason = edgeError ? Failure.callError(target)
                : outcome.timedOut() ? Failure.dependencyTimeout(target) : outcome.failure();
        if (!call.noneInFlight()) {
            return; // the hedge (or the first attempt) may still succeed
        }
        cancelHedge(call);
        if (call.retriesMade >= dependency.config.retries()) {
            ended(call, false, call.lastReason);
        } else if (dependency.budget != null && !dependency.budget.tryRetry(now)) {
            dependency.retriesRefused.increment();
            ended(call, false, call.lastReason);
        } else {
            long delay = 0;
            if (dependency.backoff != null) {
                delay = dependency.backoff.delayNanos(call.retriesMade, call.previousDelayNanos, jitter);
                call.previousDelayNanos = delay;
            }
            call.retriesMade++;
            context.setTimer(delay, new RetryDue(call));
        }
    }

    /**
     * A call has its outcome: the request's rule says what follows. A call that failed for good and
     * has a fallback is answered by it, a success that marks the request degraded.
     */
    private void ended(Call call, boolean ok, Failure reason) {
        stop(call);
        // Counted together when the call ends, so that in any window each success comes with the
        // attempts it took: offered / succeeded is never below 1.
        call.dependency.offered.add(call.attemptsSent);
        if (ok) {
            call.dependency.succeeded.increment();
        } else {
            call.dependency.failures.increment();
        }
        RequestCalls request = call.owner;
        if (request.finished) {
            return;
        }
        boolean fellBack = !ok && call.dependency.config.fallback();
        if (fellBack) {
            call.dependency.fallbacks.increment();
            request.degraded = true;
        }
        request.ended(call, result(ok || fellBack, call.lastTimedOut, call.lastAnswer), reason);
        proceed(request);
    }

    /**
     * What an ended call counts as for the calls that wait for it. A timeout is a call whose own last
     * attempt had no answer, not one whose target answered that its own dependency timed out.
     */
    private static CallResult result(boolean ok, boolean timedOut, Lookup lookup) {
        if (!ok) {
            return timedOut ? CallResult.TIMEOUT : CallResult.FAILURE;
        }
        return switch (lookup) {
            case HIT -> CallResult.HIT;
            case MISS -> CallResult.MISS;
            case NONE -> CallResult.SUCCESS;
        };
    }

    /** Settles the skips, decides the request if its outcome is known, and otherwise makes the calls now due. */
    private void proceed(RequestCalls request) {
        // Sequential calls start one at a time, so no list is made for the one.
        Call next = request.sequential() ? request.nextInSequence() : null;
        List<Call> due = request.sequential() ? List.of() : request.advance();
        switch (request.step()) {
            case SUCCEED -> decide(request, true, null);
            case FAIL -> decide(request, false, request.failure);
            case WAIT -> {
                if (next != null && !request.finished) {
                    attempt(next, false);
                }
                for (Call call : due) {
                    // An early outcome (a local refusal) may decide the request while the loop runs.
                    if (!request.finished) {
                        attempt(call, false);
                    }
                }
            }
        }
    }

    /**
     * The request is decided: its calls still running are abandoned, and the owner is told; a failed
     * request first has the steps that may have happened undone, when they have a {@code compensate:}.
     */
    private void decide(RequestCalls request, boolean ok, Failure reason) {
        request.finished = true;
        for (Call call : request.calls) {
            if (!call.finished) {
                stop(call);
            }
        }
        if (!ok && compensation != null) {
            compensation.undo(request, () -> request.then.decided(false, false, reason));
            return;
        }
        request.then.decided(ok, ok && request.degraded, reason);
    }

    /** Ends a call: abandons its attempts still in flight and its hedge timer. */
    private void stop(Call call) {
        call.finished = true;
        cancelHedge(call);
        for (int i = 0; call.inFlightAt(i) != null; i++) {
            // A cancel is sent only for an attempt sent cancellable; any other is just forgotten.
            calls.cancel(call.inFlightAt(i).callId());
            call.dependency.inFlight--;
            call.maybeApplied = true; // it was in flight: the dependency may have acted on it
        }
        call.noneLeftInFlight();
    }

    private void cancelHedge(Call call) {
        if (call.hedgeTimer >= 0) {
            context.cancelTimer(call.hedgeTimer);
            call.hedgeTimer = -1;
        }
    }

    /** The backoff before a retry is over. */
    private record RetryDue(Call call) implements Message {
    }

    /** The hedge delay of a try is over. */
    private record HedgeDue(Call call, int tryNumber) implements Message {
    }
}
