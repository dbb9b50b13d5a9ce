package org.distsim.models.service;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.distsim.models.format.Branch;
import org.distsim.models.format.Knob;
import org.distsim.models.format.SizeDistribution;
import org.distsim.models.resilience.BackoffConfig;

/**
 * One call a service makes to a dependency for each request it serves, with its resilience
 * policies. The worker that serves the request stays busy until the call has an outcome.
 *
 * @param target         the node called; null when the call has a {@code route}
 * @param timeout        how long one attempt may take
 * @param retries        further attempts after a failed one
 * @param backoff        the wait before each retry; null to retry at once
 * @param retryBudget    a cap on retries relative to first attempts; null for none
 * @param circuitBreaker a breaker on this dependency; null for none
 * @param bulkhead       the most calls in flight to this dependency at once; null for no limit
 * @param hedgeAfter     when to send a second attempt if the first has not answered; null for no hedging
 * @param origins        the workloads whose requests make this call; empty for all requests
 * @param errorRate      the fraction of successful answers turned into a definite error on this edge, in [0, 1]
 * @param fallback       whether a call that fails for good is answered with a default (degraded) answer
 * @param compensate     the call that undoes this step when the request fails; null for none
 * @param cancel         whether attempts given up on are cancelled; null to follow the service's deadlines
 * @param name           the name other calls' {@code on:} refer to; null to refer to the call by its target
 * @param probability    the fraction of requests that make this call, each drawn independently, in [0, 1]
 * @param on             the outcome of an earlier call on which this call is made; null to make it always
 * @param route          the targets one of which each request calls, by weight; empty when the call has a target
 */
public record DependencyCall(
        @Knob(doc = "The node called. A call has either a target or a route.", optional = true,
                format = Knob.Format.NODE_REF)
        String target,
        @Knob(doc = "How long one attempt waits for its answer; an attempt that times out is a failure.",
                defaultValue = "1s", min = "0s", minExclusive = true)
        Duration timeout,
        @Knob(doc = "How many times a failed attempt is retried (so at most 1 + retries attempts per call)."
                + " Local refusals (circuit-open, bulkhead-full) are not retried.",
                defaultValue = "0", min = "0", max = "100")
        int retries,
        @Knob(doc = "The wait before each retry, {base, cap, jitter}; leave it out to retry at once.",
                optional = true)
        BackoffConfig backoff,
        @Knob(doc = "Caps retries to a fraction of first attempts, {ratio, min-per-second, window}; a retry"
                + " over budget is not made and the call fails.", optional = true)
        RetryBudgetConfig retryBudget,
        @Knob(doc = "A circuit breaker on this dependency, {window, minimum-calls, failure-rate, open-for,"
                + " half-open-calls}; while open, calls fail at once with reason circuit-open.", optional = true)
        BreakerConfig circuitBreaker,
        @Knob(doc = "The most calls to this dependency in flight at once, over all requests; a call beyond it"
                + " fails at once with reason bulkhead-full. Leave it out for no limit.",
                optional = true, min = "1", max = "1000000")
        Integer bulkhead,
        @Knob(doc = "If an attempt has no answer after this long, send a second one (a hedge); the first"
                + " success wins and the other is abandoned. Leave it out for no hedging.",
                optional = true, min = "0s", minExclusive = true)
        Duration hedgeAfter,
        @Knob(doc = "Make this call only for requests started by these workloads (an endpoint only some"
                + " clients use); leave it out to make it for every request.",
                optional = true, format = Knob.Format.ACTOR_REF)
        List<String> origins,
        @Knob(doc = "The fraction of this call's attempts that fail with a definite error (reason"
                + " call-error: <target>) although the dependency answered them successfully, each"
                + " independently: a flaky edge (a proxy, a serialisation bug). Such a failure is retried and"
                + " counted by the breaker like any other.", defaultValue = "0", format = Knob.Format.PROBABILITY)
        double errorRate,
        @Knob(doc = "When the call fails for good (after its retries, or refused by the breaker or the"
                + " bulkhead), answer it with a default value instead (a cached or empty answer): the call"
                + " counts as a success, the request is answered ok but counted as degraded.",
                defaultValue = "false")
        boolean fallback,
        @Knob(doc = "The call that undoes this step when the request fails after the step may have taken effect"
                + " (it succeeded, or its outcome is unknown): {target, timeout, retries}, a saga's compensating"
                + " action such as a refund. See \"Sagas: compensation\".", optional = true)
        CompensationCall compensate,
        @Knob(doc = "Whether an attempt of this call the service gives up on is cancelled at its target (a"
                + " timeout, a lost hedge, a decided fan-out, a cancelled request); leave it out to follow the"
                + " service (yes with deadlines: enforce). false suits a step that must not be interrupted once"
                + " sent; true needs deadlines: enforce.", optional = true)
        Boolean cancel,
        @Knob(doc = "The name by which another call's on: refers to this call; leave it out to refer to it by its"
                + " target (a call with a route needs a name to be referred to).", optional = true)
        String name,
        @Knob(doc = "The fraction of requests that make this call, each drawn independently from the service's"
                + " stream branch.<name> (\"30% of requests also call X\"). A request that does not make it treats it"
                + " as done. See \"Branching calls\".", defaultValue = "1", format = Knob.Format.PROBABILITY)
        double probability,
        @Knob(doc = "Make this call only on an outcome of an earlier call of the list, {call, outcome}: the database"
                + " only on a cache miss, a fallback only when the primary failed (a failure so handled does not fail"
                + " the request). See \"Branching calls\".", optional = true)
        CallCondition on,
        @Knob(doc = "Instead of target: the targets one of which each request calls, [{target, weight}], drawn by"
                + " weight from the service's stream route.<name> (a canary route). The retries of a call go to the"
                + " target drawn for it.", optional = true)
        List<RouteChoice> route,
        @Knob(doc = "What each call to the target weighs on the wire, drawn once per call (its retries and hedges"
                + " resend the same bytes) from the service's stream request-size.<target>; leave it out to"
                + " pass on the size of the request being served.", optional = true)
        SizeDistribution requestSize,
        @Knob(doc = "What a successful answer from the target weighs, drawn like request-size from the stream"
                + " response-size.<target>, unless the target declares its own; leave it out to ask for what"
                + " the request being served asks for.", optional = true)
        SizeDistribution responseSize) implements Branch {

    /** A call without compensation. */
    public DependencyCall(String target, Duration timeout, int retries, BackoffConfig backoff,
            RetryBudgetConfig retryBudget, BreakerConfig circuitBreaker, Integer bulkhead, Duration hedgeAfter,
            List<String> origins, double errorRate, boolean fallback) {
        this(target, timeout, retries, backoff, retryBudget, circuitBreaker, bulkhead, hedgeAfter, origins, errorRate,
                fallback, null, null);
    }

    /** An unconditional call to one target, made for every request it applies to. */
    public DependencyCall(String target, Duration timeout, int retries, BackoffConfig backoff,
            RetryBudgetConfig retryBudget, BreakerConfig circuitBreaker, Integer bulkhead, Duration hedgeAfter,
            List<String> origins, double errorRate, boolean fallback, CompensationCall compensate, Boolean cancel) {
        this(target, timeout, retries, backoff, retryBudget, circuitBreaker, bulkhead, hedgeAfter, origins, errorRate,
                fallback, compensate, cancel, null, 1, null, null, null, null);
    }

    public DependencyCall {
        Objects.requireNonNull(timeout, "timeout");
        origins = origins == null ? List.of() : List.copyOf(origins);
        route = route == null ? List.of() : List.copyOf(route);
        if ((target == null) == route.isEmpty()) {
            throw new IllegalArgumentException(target == null
                    ? "a call needs a target (the node called) or a route (targets chosen by weight)"
                    : "a call has either a target or a route, not both");
        }
        if (!(errorRate >= 0 && errorRate <= 1)) {
            throw new IllegalArgumentException("error-rate must lie in [0, 1], got " + errorRate);
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must lie in [0, 1], got " + probability);
        }
    }

    /**
     * The name by which other calls refer to this one: its {@code name:}, else its target, else its
     * route's targets joined by {@code +}.
     */
    public String callName() {
        if (name != null) {
            return name;
        }
        return target != null ? target : String.join("+", route.stream().map(RouteChoice::target).toList());
    }

    /** The nodes this call may go to: its target, or its route's targets in the order written. */
    public List<String> targets() {
        return target != null ? List.of(target) : route.stream().map(RouteChoice::target).toList();
    }

    /** The probability that a request it applies to draws this call in. */
    @Override
    public double share() {
        return probability;
    }

    @Override
    public String condition() {
        return on == null ? null : on.describe();
    }
}
