package org.distsim.models.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.kernel.ModelLimitException;
import org.distsim.core.metrics.Counter;
import org.distsim.core.metrics.TimeWeightedGauge;
import org.distsim.models.rpc.CallOutcome;
import org.distsim.models.rpc.Calls;
import org.distsim.models.rpc.HealthProbe;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;

/**
 * A service of {@code c} identical workers in front of one FIFO queue: the M/G/c/K station of
 * queueing theory. A request that finds a free worker starts at once; otherwise it waits, or is
 * rejected when {@code queue-capacity} requests are already waiting.
 *
 * <p>With {@code calls:}, a worker that has finished its own service time goes on to call the
 * dependencies and stays busy until the request is complete (one thread per request), so a slow
 * dependency ties up workers: the mechanism of cascading failure. See {@code package-info} for the
 * rules of retries, breakers, bulkheads and hedging.
 *
 * <p>A crash loses every queued and in-progress request (their callers time out), and the
 * breakers, retry budgets and bulkhead counts; a restart comes back empty.
 */
public final class Service implements Actor {

    /**
     * A hard cap on an "unbounded" queue, so an overloaded scenario ends with a clear message
     * instead of exhausting the heap (each waiting request costs about 50 bytes).
     */
    static final int UNBOUNDED_QUEUE_CAP = 10_000_000;

    private static final long NANOS_PER_MICRO = 1_000;

    private final ActorContext context;
    private final ServiceConfig config;
    private final int workers;
    private final int queueCapacity;
    private final double speed;
    private final ContinuousSampler serviceTime;
    private final UniformRandomProvider jitter;
    private final ArrayDeque<Job> queue = new ArrayDeque<>();
    private final Counter served;
    private final Counter rejected;
    private final TimeWeightedGauge utilisation;
    private final TimeWeightedGauge queueLength;
    private final Calls calls;
    private final List<Dependency> dependencies = new ArrayList<>();
    private Counter failed;
    private Counter failedBusyMicros;
    private int busy;

    public Service(ActorContext context, ServiceConfig config) {
        this.context = context;
        this.config = config;
        this.workers = config.workers();
        this.queueCapacity = config.queueCapacity() == null ? UNBOUNDED_QUEUE_CAP : config.queueCapacity();
        this.speed = config.speed();
        this.serviceTime = config.serviceTime().sampler(context.random("service-time"));
        this.jitter = context.random("retry-jitter");
        this.calls = new Calls(context);
        var metrics = context.nodeMetrics();
        this.utilisation = metrics.gauge("utilisation");
        this.queueLength = metrics.gauge("queue");
        this.served = metrics.counter("served");
        this.rejected = metrics.counter("rejected");
        if (!config.calls().isEmpty()) {
            this.failed = metrics.counter("failed");
            this.failedBusyMicros = metrics.counter("failed_busy_us");
            for (DependencyCall call : config.calls()) {
                dependencies.add(new Dependency(call, metrics));
            }
        }
    }

    @Override
    public void onStart() {
        for (Dependency dependency : dependencies) {
            dependency.target = context.lookup(dependency.config.target());
        }
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (calls.handle(message)) {
            return;
        }
        if (message instanceof HealthProbe probe) {
            context.send(from, probe.reply());
        } else if (message instanceof Request request) {
            accept(from, request);
        } else if (message instanceof Done done) {
            finish(done.job());
        } else if (message instanceof RetryDue retry) {
            attempt(retry.run(), true);
        } else if (message instanceof HedgeDue hedge) {
            hedge(hedge.run(), hedge.tryNumber());
        }
    }

    private void accept(ActorRef caller, Request request) {
        if (busy < workers) {
            start(new Job(caller, request));
        } else if (queue.size() < queueCapacity) {
            queue.addLast(new Job(caller, request));
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

    private void start(Job job) {
        busy++;
        utilisation.set((double) busy / workers);
        job.startedAtNanos = context.now();
        long nanos = Math.round(serviceTime.sample() * context.slowdown() / speed);
        context.setTimer(nanos, new Done(job));
    }

    /** The worker's own service time is over: answer, or go on to the dependencies. */
    private void finish(Job job) {
        for (Dependency dependency : dependencies) {
            if (dependency.appliesTo(job.request.origin())) {
                job.runs.add(new CallRun(job, dependency));
            }
        }
        if (job.runs.isEmpty()) {
            complete(job, true, null);
        } else if (config.mode() == CallMode.SEQUENTIAL) {
            attempt(job.runs.get(0), false);
        } else {
            // Copy: an early outcome (a local refusal) may complete the job while the loop runs.
            for (CallRun run : List.copyOf(job.runs)) {
                if (!job.finished) {
                    attempt(run, false);
                }
            }
        }
    }

    /** Makes one try of a call: the breaker and the bulkhead may refuse it at once. */
    private void attempt(CallRun run, boolean retry) {
        if (run.finished) {
            return;
        }
        Dependency dependency = run.dependency;
        long now = context.now();
        if (!retry && dependency.budget != null) {
            dependency.budget.onRequest(now);
        }
        if (dependency.breaker != null && !dependency.breaker.allowRequest(now)) {
            dependency.breakerRejected.increment();
            endRun(run, false, "circuit-open");
            return;
        }
        if (dependency.inFlight >= dependency.bulkhead) {
            dependency.bulkheadRejected.increment();
            endRun(run, false, "bulkhead-full");
            return;
        }
        if (retry) {
            dependency.retries.increment();
        }
        run.tryNumber++;
        send(run);
        if (dependency.hedgeAfterNanos > 0) {
            run.hedgeTimer = context.setTimer(dependency.hedgeAfterNanos, new HedgeDue(run, run.tryNumber));
        }
    }

    /** The first attempt of this try has not answered in time: send a second one, if allowed. */
    private void hedge(CallRun run, int tryNumber) {
        run.hedgeTimer = -1;
        Dependency dependency = run.dependency;
        // A hedge is extra load: not sent to a dependency the breaker distrusts, nor beyond the bulkhead.
        if (run.finished || run.tryNumber != tryNumber || run.attempts.isEmpty()
                || !dependency.breakerClosed(context.now()) || dependency.inFlight >= dependency.bulkhead) {
            return;
        }
        dependency.hedges.increment();
        send(run);
    }

    private void send(CallRun run) {
        Dependency dependency = run.dependency;
        dependency.inFlight++;
        dependency.sent.increment();
        Attempt attempt = new Attempt(run);
        run.attempts.add(attempt);
        attempt.callId = calls.call(dependency.target, run.job.request, dependency.timeoutNanos,
                outcome -> answered(attempt, outcome));
    }

    private void answered(Attempt attempt, CallOutcome outcome) {
        CallRun run = attempt.run;
        Dependency dependency = run.dependency;
        dependency.inFlight--;
        run.attempts.remove(attempt);
        long now = context.now();
        if (dependency.breaker != null) {
            if (outcome.ok()) {
                dependency.breaker.onSuccess(now);
            } else {
                dependency.breaker.onFailure(now);
            }
        }
        if (outcome.ok()) {
            endRun(run, true, null);
            return;
        }
        run.lastReason = outcome.timedOut() ? "dependency-timeout: " + dependency.config.target() : outcome.reason();
        if (!run.attempts.isEmpty()) {
            return; // the hedge (or the first attempt) may still succeed
        }
        cancelHedge(run);
        if (run.retriesMade >= dependency.config.retries()) {
            endRun(run, false, run.lastReason);
        } else if (dependency.budget != null && !dependency.budget.tryRetry(now)) {
            dependency.retriesRefused.increment();
            endRun(run, false, run.lastReason);
        } else {
            long delay = 0;
            if (dependency.backoff != null) {
                delay = dependency.backoff.delayNanos(run.retriesMade, run.previousDelayNanos, jitter);
                run.previousDelayNanos = delay;
            }
            run.retriesMade++;
            context.setTimer(delay, new RetryDue(run));
        }
    }

    /** A call has its outcome: tell the job, which decides whether the request is complete. */
    private void endRun(CallRun run, boolean ok, String reason) {
        stop(run);
        Job job = run.job;
        if (!ok) {
            run.dependency.failures.increment();
        }
        if (job.finished) {
            return;
        }
        int total = job.runs.size();
        if (config.mode() == CallMode.SEQUENTIAL) {
            if (!ok) {
                complete(job, false, reason);
            } else if (++job.nextRun < total) {
                attempt(job.runs.get(job.nextRun), false);
            } else {
                complete(job, true, null);
            }
            return;
        }
        int needed = config.waitFor() == WaitFor.ALL ? total : config.k();
        if (ok && ++job.succeeded >= needed) {
            complete(job, true, null);
        } else if (!ok && ++job.failedRuns > total - needed) {
            complete(job, false, reason);
        }
    }

    /** Ends a call: abandons its attempts still in flight and its hedge timer. */
    private void stop(CallRun run) {
        run.finished = true;
        cancelHedge(run);
        for (Attempt attempt : run.attempts) {
            calls.abandon(attempt.callId);
            run.dependency.inFlight--;
        }
        run.attempts.clear();
    }

    private void cancelHedge(CallRun run) {
        if (run.hedgeTimer >= 0) {
            context.cancelTimer(run.hedgeTimer);
            run.hedgeTimer = -1;
        }
    }

    /** Answers the request and frees its worker for the next one in the queue. */
    private void complete(Job job, boolean ok, String reason) {
        job.finished = true;
        for (CallRun run : job.runs) {
            if (!run.finished) {
                stop(run);
            }
        }
        busy--;
        if (ok) {
            served.increment();
            context.send(job.caller, Response.ok(job.request.id()));
        } else {
            failed.increment();
            failedBusyMicros.add((context.now() - job.startedAtNanos) / NANOS_PER_MICRO);
            context.send(job.caller, Response.failed(job.request.id(), reason));
        }
        Job next = queue.pollFirst();
        if (next != null) {
            queueLength.set(queue.size());
            start(next);
        } else {
            utilisation.set((double) busy / workers);
        }
    }

    @Override
    public void onCrash() {
        queue.clear();
        calls.clear();
        for (Dependency dependency : dependencies) {
            dependency.reset();
        }
        busy = 0;
        queueLength.set(0);
        utilisation.set(0);
    }

    /** A request from its arrival to its answer. */
    private static final class Job {
        final ActorRef caller;
        final Request request;
        final List<CallRun> runs = new ArrayList<>(2);
        long startedAtNanos;
        int nextRun;
        int succeeded;
        int failedRuns;
        boolean finished;

        Job(ActorRef caller, Request request) {
            this.caller = caller;
            this.request = request;
        }
    }

    /** One dependency call of one request, over its tries (first attempt and retries). */
    private static final class CallRun {
        final Job job;
        final Dependency dependency;
        /** The attempts of the current try still in flight: the first, and maybe its hedge. */
        final List<Attempt> attempts = new ArrayList<>(2);
        int tryNumber;
        int retriesMade;
        long previousDelayNanos;
        long hedgeTimer = -1;
        String lastReason;
        boolean finished;

        CallRun(Job job, Dependency dependency) {
            this.job = job;
            this.dependency = dependency;
        }
    }

    /** One request sent to a dependency. */
    private static final class Attempt {
        final CallRun run;
        long callId;

        Attempt(CallRun run) {
            this.run = run;
        }
    }

    /** A worker finished its own service time for a request. */
    private record Done(Job job) implements Message {
    }

    /** The backoff before a retry is over. */
    private record RetryDue(CallRun run) implements Message {
    }

    /** The hedge delay of a try is over. */
    private record HedgeDue(CallRun run, int tryNumber) implements Message {
    }
}
