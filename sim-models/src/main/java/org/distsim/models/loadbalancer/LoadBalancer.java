package org.distsim.models.loadbalancer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.metrics.Counter;
import org.distsim.core.metrics.NodeMetrics;
import org.distsim.core.metrics.TimeWeightedGauge;
import org.distsim.core.random.Constant;
import org.distsim.models.loadbalancer.balancing.BackendPool;
import org.distsim.models.loadbalancer.balancing.BalancingStrategy;
import org.distsim.models.resilience.RetryBudget;
import org.distsim.models.rpc.CallOutcome;
import org.distsim.models.rpc.Calls;
import org.distsim.models.rpc.FailureReason;
import org.distsim.models.rpc.HealthProbe;
import org.distsim.models.rpc.HealthReply;
import org.distsim.models.rpc.OutboundCall;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;
import org.distsim.models.service.RetryBudgetConfig;

/**
 * A load balancer: forwards each request to one healthy backend chosen by its algorithm, and
 * answers the caller with the backend's response. It counts the requests in flight per backend
 * (what least-connections and power-of-two-choices read) and, with health checks, probes every
 * backend about each interval (each backend at its own random phase, with jitter) and takes out
 * those that stop answering.
 *
 * <p>When no backend is healthy the caller gets {@code failed("unavailable")} at once. When a
 * backend does not answer within the balancer's timeout the balancer stops waiting and frees the
 * backend's slot, but answers nothing: the backend may still act on the request, so only the
 * caller's own timeout can end it, as unknown.
 *
 * <p>With {@code retries}, a definite failure is sent again, to a backend the request has not
 * been to while one is in rotation, as long as its {@link RetryBudget} allows. With outlier
 * detection, each answer (or timeout) feeds an {@link OutlierDetector}, and a backend it ejects is
 * out of rotation until a timer puts it back.
 *
 * <p>A crash forgets every request in flight (their callers time out) and the health state; a
 * restart comes back with every backend healthy and probing anew.
 */
public final class LoadBalancer implements Actor {

    private final ActorContext context;
    private final BackendPool pool = new BackendPool();
    private final Route allBackends;
    /** L7 routes in the order of the file; the longest matching prefix wins. */
    private final List<Route> routes = new ArrayList<>();
    private final Calls calls;
    private final long timeoutNanos;
    /** Null when the balancer forwards without delay. */
    private final ContinuousSampler overhead;
    private final HealthCheckConfig healthCheck;
    /** The balancer's stream {@code health-check}: probe phases and jitter; null without checks. */
    private final UniformRandomProvider probeTiming;
    private final Counter[] forwardedTo;
    private final Counter unavailable;
    private final Counter timeouts;
    private final TimeWeightedGauge healthyBackends;
    private final Counter markedDown;
    private final Counter markedUp;
    private final int retries;
    /** Null without retries. */
    private final RetryBudgetConfig retryBudgetConfig;
    /** Null without retries; a crash replaces it with an empty one. */
    private RetryBudget retryBudget;
    private final Counter retried;
    private final Counter retriesRefused;
    /** Null without outlier detection. */
    private final OutlierDetector outliers;
    private final Counter ejections;
    private final TimeWeightedGauge ejectedBackends;
    private final TriedBackends untried = new TriedBackends();
    private final ActorRef[] backendRefs;
    // Health-check state per backend index: the probe awaited, and the current run of outcomes.
    private final boolean[] awaitingProbe;
    private final long[] probeIds;
    private final long[] probeTimers;
    private final int[] failuresInARow;
    private final int[] successesInARow;
    private long nextProbeId;

    public LoadBalancer(ActorContext context, LoadBalancerConfig config) {
        this.context = context;
        int n = config.backends().size();
        for (int i = 0; i < n; i++) {
            pool.add(config.backends().get(i), config.weight(i));
        }
        int[] everyIndex = new int[n];
        for (int i = 0; i < n; i++) {
            everyIndex[i] = i;
        }
        this.allBackends = new Route("", new BackendSubset(pool, everyIndex),
                config.algorithm().strategy(context.random("balancing"), config.virtualNodes()), config.algorithm());
        for (RouteConfig route : config.routes()) {
            int[] indices = route.backends().stream().mapToInt(pool::indexOf).toArray();
            routes.add(new Route(route.prefix(), new BackendSubset(pool, indices),
                    config.algorithm().strategy(context.random("balancing " + route.prefix()), config.virtualNodes()),
                    config.algorithm()));
        }
        this.calls = new Calls(context);
        this.timeoutNanos = config.timeout().toNanos();
        this.overhead = config.overhead() instanceof Constant constant && constant.value() == 0
                ? null
                : config.overhead().sampler(context.random("overhead"));
        this.healthCheck = config.healthCheck();
        this.probeTiming = healthCheck == null ? null : context.random("health-check");
        this.backendRefs = new ActorRef[n];
        this.awaitingProbe = new boolean[n];
        this.probeIds = new long[n];
        this.probeTimers = new long[n];
        this.failuresInARow = new int[n];
        this.successesInARow = new int[n];

        NodeMetrics metrics = context.nodeMetrics();
        this.forwardedTo = new Counter[n];
        for (int i = 0; i < n; i++) {
            forwardedTo[i] = metrics.counter(LoadBalancerFigures.FORWARDED, pool.name(i));
        }
        this.unavailable = metrics.counter(LoadBalancerFigures.UNAVAILABLE);
        this.timeouts = metrics.counter(LoadBalancerFigures.TIMEOUTS);
        this.healthyBackends = metrics.gauge(LoadBalancerFigures.HEALTHY_BACKENDS);
        this.markedDown = healthCheck == null ? null : metrics.counter(LoadBalancerFigures.MARKED_DOWN);
        this.markedUp = healthCheck == null ? null : metrics.counter(LoadBalancerFigures.MARKED_UP);
        this.retries = config.retries();
        this.retryBudgetConfig = retries == 0 ? null : config.retryBudgetOrDefault();
        this.retryBudget = retries == 0 ? null : newRetryBudget();
        this.retried = retries == 0 ? null : metrics.counter(LoadBalancerFigures.RETRIES);
        this.retriesRefused = retries == 0 ? null : metrics.counter(LoadBalancerFigures.RETRIES_REFUSED);
        OutlierDetectionConfig outlierDetection = config.outlierDetection();
        this.outliers = outlierDetection == null ? null : new OutlierDetector(outlierDetection, n);
        this.ejections = outliers == null ? null : metrics.counter(LoadBalancerFigures.EJECTIONS);
        this.ejectedBackends = outliers == null ? null : metrics.gauge(LoadBalancerFigures.EJECTED_BACKENDS);
        healthyBackends.set(n);
    }

    @Override
    public void onStart() {
        for (int i = 0; i < backendRefs.length; i++) {
            backendRefs[i] = context.lookup(pool.name(i));
        }
        if (healthCheck != null) {
            startProbing();
        }
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (calls.handle(message)) {
            return;
        }
        if (message instanceof Request request) {
            if (overhead == null) {
                forward(from, request);
            } else {
                long nanos = context.workNanos(overhead.sample());
                context.setTimer(nanos, new Processed(from, request));
            }
        } else if (message instanceof Processed processed) {
            forward(processed.caller(), processed.request());
        } else if (message instanceof HealthReply reply) {
            probeAnswered(from, reply);
        } else if (message instanceof ProbeTimedOut timedOut) {
            probeTimedOut(timedOut);
        } else if (message instanceof ProbeDue due) {
            probe(due.backend());
        } else if (message instanceof EjectionOver over) {
            ejectionOver(over);
        } else if (message instanceof HealthProbe probe) {
            // A balancer can itself stand behind a balancer.
            context.send(from, probe.reply());
        }
    }

    @Override
    public void onCrash() {
        calls.clear();
        for (int i = 0; i < pool.count(); i++) {
            pool.setActiveRequests(i, 0);
            pool.setHealthy(i, true);
            pool.setEjected(i, false);
            awaitingProbe[i] = false;
            failuresInARow[i] = 0;
            successesInARow[i] = 0;
        }
        healthyBackends.set(0);
        if (retryBudget != null) {
            retryBudget = newRetryBudget();
        }
        if (outliers != null) {
            outliers.clear();
            ejectedBackends.set(0);
        }
    }

    @Override
    public void onRestart() {
        healthyBackends.set(pool.count());
        if (healthCheck != null) {
            startProbing();
        }
    }

    private void forward(ActorRef caller, Request request) {
        Route route = routeOf(request.route());
        if (retryBudget != null) {
            retryBudget.onRequest(context.now());
        }
        int chosen = route.strategy().choose(route.backends(), route.algorithm().keyOf(request));
        if (chosen < 0) {
            unavailable.increment();
            context.send(caller, Response.failed(request.id(), FailureReason.UNAVAILABLE));
            return;
        }
        send(new Forwarded(caller, request, route, retries == 0 ? null : new BitSet()), chosen);
    }

    private RetryBudget newRetryBudget() {
        return new RetryBudget(retryBudgetConfig.ratio(), retryBudgetConfig.minPerSecond(),
                retryBudgetConfig.window().toNanos());
    }

    /** Sends one attempt of {@code forwarded} to the route's backend {@code chosen}. */
    private void send(Forwarded forwarded, int chosen) {
        int backend = forwarded.route().backends().poolIndex(chosen);
        if (forwarded.tried() != null) {
            forwarded.tried().set(chosen);
        }
        pool.requestStarted(backend);
        forwardedTo[backend].increment();
        forwarded.backend = backend;
        calls.call(backendRefs[backend], forwarded.request(), timeoutNanos, forwarded);
    }

    private void answered(Forwarded forwarded, int backend, CallOutcome outcome) {
        pool.requestFinished(backend);
        if (outliers != null) {
            observe(backend, outcome);
        }
        if (outcome.timedOut()) {
            timeouts.increment();
            return;
        }
        if (!outcome.ok() && forwarded.tried() != null && forwarded.attempts() <= retries && retry(forwarded)) {
            return;
        }
        context.send(forwarded.caller(), outcome.response().withId(forwarded.request().id()));
    }

    /**
     * Sends a failed request to another backend, when the budget allows and a backend is in
     * rotation: one not tried yet if there is one, else any (a retry to the same backend is better
     * than none when it is the only one left).
     *
     * @return whether it was sent again; if not, the caller is to get the failure
     */
    private boolean retry(Forwarded forwarded) {
        Route route = forwarded.route();
        long key = route.algorithm().keyOf(forwarded.request());
        int chosen = route.strategy().choose(untried.of(route.backends(), forwarded.tried()), key);
        if (chosen < 0) {
            chosen = route.strategy().choose(route.backends(), key);
        }
        if (chosen < 0) {
            return false;
        }
        if (!retryBudget.tryRetry(context.now())) {
            retriesRefused.increment();
            return false;
        }
        retried.increment();
        forwarded.attempted();
        send(forwarded, chosen);
        return true;
    }

    /** Feeds one answer (or timeout) from {@code backend} to outlier detection, and ejects it if it says so. */
    private void observe(int backend, CallOutcome outcome) {
        if (outcome.ok()) {
            outliers.succeeded(backend);
            return;
        }
        long ejectedForNanos = outliers.failed(backend, context.now());
        if (ejectedForNanos > 0) {
            ejections.increment();
            pool.setEjected(backend, true);
            ejectedBackends.set(outliers.ejectedCount());
            countInRotation();
            context.setTimer(ejectedForNanos, new EjectionOver(backend, outliers.epoch(backend)));
        }
    }

    private void ejectionOver(EjectionOver over) {
        if (outliers.ejectionOver(over.backend(), over.ejection(), context.now())) {
            pool.setEjected(over.backend(), false);
            ejectedBackends.set(outliers.ejectedCount());
            countInRotation();
        }
    }

    /** The route with the longest prefix of {@code requestRoute}, or all backends. */
    private Route routeOf(String requestRoute) {
        Route best = allBackends;
        for (Route route : routes) {
            if (requestRoute.startsWith(route.prefix()) && route.prefix().length() > best.prefix().length()) {
                best = route;
            }
        }
        return best;
    }

    /**
     * Starts each backend's probe cycle, in backend order: at a random offset in [0, interval)
     * each (one draw per backend), or all at once without random phases.
     */
    private void startProbing() {
        long interval = healthCheck.interval().toNanos();
        for (int i = 0; i < backendRefs.length; i++) {
            long offset = healthCheck.randomPhase() ? (long) (probeTiming.nextDouble() * interval) : 0;
            context.setTimer(offset, new ProbeDue(i));
        }
    }

    /**
     * Probes one backend and schedules its next probe one jittered gap later; the gap is longer
     * than the probe's timeout (the configuration guarantees it), so one probe ends before the next.
     */
    private void probe(int i) {
        long id = nextProbeId++;
        awaitingProbe[i] = true;
        probeIds[i] = id;
        probeTimers[i] = context.setTimer(healthCheck.timeout().toNanos(), new ProbeTimedOut(i, id));
        context.send(backendRefs[i], new HealthProbe(id));
        long gap = healthCheck.jitter() > 0 ? healthCheck.gapNanos(probeTiming.nextDouble())
                : healthCheck.interval().toNanos();
        context.setTimer(gap, new ProbeDue(i));
    }

    private void probeAnswered(ActorRef from, HealthReply reply) {
        int i = pool.indexOf(from.name());
        if (i < 0 || !awaitingProbe[i] || probeIds[i] != reply.id()) {
            return; // a late answer to a probe that already failed
        }
        awaitingProbe[i] = false;
        context.cancelTimer(probeTimers[i]);
        failuresInARow[i] = 0;
        successesInARow[i]++;
        if (!pool.passesHealthChecks(i) && successesInARow[i] >= healthCheck.healthyThreshold()) {
            setHealthy(i, true);
            markedUp.increment();
        }
    }

    private void probeTimedOut(ProbeTimedOut timedOut) {
        int i = timedOut.backend();
        if (!awaitingProbe[i] || probeIds[i] != timedOut.probeId()) {
            return;
        }
        awaitingProbe[i] = false;
        successesInARow[i] = 0;
        failuresInARow[i]++;
        if (pool.passesHealthChecks(i) && failuresInARow[i] >= healthCheck.unhealthyThreshold()) {
            setHealthy(i, false);
            markedDown.increment();
        }
    }

    private void setHealthy(int backend, boolean healthy) {
        pool.setHealthy(backend, healthy);
        countInRotation();
    }

    /** Sets the gauge of backends in rotation: those that pass their health checks and are not ejected. */
    private void countInRotation() {
        int count = 0;
        for (int i = 0; i < pool.count(); i++) {
            if (pool.healthy(i)) {
                count++;
            }
        }
        healthyBackends.set(count);
    }

    /** The backends a request may go to, and the strategy that picks among them. */
    private record Route(String prefix, BackendSubset backends, BalancingStrategy strategy, Algorithm algorithm) {
    }

    /**
     * A request forwarded on behalf of {@code caller}, across its attempts: the route indices of the
     * backends it has been sent to (null without retries) and how many attempts it has had. It is
     * also the call of its current attempt, its bookkeeping and continuation (a lambda per attempt
     * was 3 % of url-shortener's bytes, and a call record of its own another 64 bytes): attempts are
     * sequential, as a retry is sent only once the previous attempt has its outcome, so one record
     * serves them all and one field holds the backend the outcome comes from.
     */
    private final class Forwarded extends OutboundCall {
        private final ActorRef caller;
        private final Request request;
        private final Route route;
        private final BitSet tried;
        private int attempts = 1;
        /** The pool index of the backend the current attempt went to. */
        private int backend;

        Forwarded(ActorRef caller, Request request, Route route, BitSet tried) {
            this.caller = caller;
            this.request = request;
            this.route = route;
            this.tried = tried;
        }

        ActorRef caller() {
            return caller;
        }

        Request request() {
            return request;
        }

        Route route() {
            return route;
        }

        BitSet tried() {
            return tried;
        }

        int attempts() {
            return attempts;
        }

        void attempted() {
            attempts++;
        }

        @Override
        protected void completed(CallOutcome outcome) {
            answered(this, backend, outcome);
        }
    }

    /** An ejection is over: the backend goes back into rotation, unless a newer ejection replaced it. */
    private record EjectionOver(int backend, long ejection) implements Message {
    }

    /** The balancer's own processing of a request is done; forward it now. */
    private record Processed(ActorRef caller, Request request) implements Message {
    }

    /** Time to probe one backend. */
    private record ProbeDue(int backend) implements Message {
    }

    /** A probe went unanswered for the health-check timeout. */
    private record ProbeTimedOut(int backend, long probeId) implements Message {
    }
}
