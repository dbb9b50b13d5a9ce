package org.distsim.models.service;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.kernel.Actor;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.metrics.Counter;
import org.distsim.models.rpc.Cancel;
import org.distsim.models.rpc.Failure;
import org.distsim.models.rpc.FailureReason;
import org.distsim.models.rpc.HealthProbe;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;
import org.distsim.models.station.Occupancy;

/**
 * The node type {@code service}: a request arrives at one replica of the {@link Deployment} (one
 * replica unless {@code replicas:} says more), waits in that replica's queueing station for one of
 * its {@code workers}, holds the worker for its own service time and then for its {@link
 * DependencyCalls} (thread per request), and is answered. The package documentation tells the rules
 * of each part.
 *
 * <p>A crash loses every queued and in-progress request (their callers time out), and the
 * breakers, retry budgets and bulkhead counts; a restart comes back empty, with the ready replicas
 * it had (the deployment's spec outlives its processes) but not those still provisioning or draining.
 */
public final class Service implements Actor {

    private static final long NANOS_PER_MICRO = 1_000;

    private final ActorContext context;
    private final double speed;
    private final ContinuousSampler serviceTime;
    private final Counter served;
    private final Counter rejected;
    /** Registered only for a service with calls: only calls make a request fail. */
    private final Counter failed;
    private final Counter failedBusyMicros;
    private final DependencyCalls dependencies;
    private final Deployment deployment;
    private final double errorRate;
    /** The node's stream {@code errors}; null when the service never errs. */
    private final UniformRandomProvider errors;
    /** Registered only with an error rate: requests the handler failed. */
    private final Counter errored;
    /** Registered only when a call has a fallback: requests answered ok with a fallback's answer. */
    private final Counter degraded;
    private final ServiceDeadlines deadlines;

    public Service(ActorContext context, ServiceConfig config) {
        this.context = context;
        this.speed = config.speed();
        this.serviceTime = config.serviceTime().sampler(context.random("service-time"));
        var metrics = context.nodeMetrics();
        Occupancy occupancy = new Occupancy(context, "service", config.workers() * config.replicas());
        this.served = metrics.counter(ServiceFigures.SERVED);
        this.rejected = metrics.counter(ServiceFigures.REJECTED);
        boolean calls = !config.calls().isEmpty();
        this.failed = calls ? metrics.counter(ServiceFigures.FAILED) : null;
        this.failedBusyMicros = calls ? metrics.counter(ServiceFigures.FAILED_BUSY) : null;
        this.errorRate = config.errorRate();
        this.errors = errorRate > 0 ? context.random("errors") : null;
        this.errored = errorRate > 0 ? metrics.counter(ServiceFigures.ERRORED) : null;
        this.degraded = config.calls().stream().anyMatch(DependencyCall::fallback)
                ? metrics.counter(ServiceFigures.DEGRADED) : null;
        this.deadlines = new ServiceDeadlines(context, config, metrics);
        this.dependencies = new DependencyCalls(context, config, metrics);
        this.deployment = new Deployment(context, config, occupancy, this::start, this::dropIfExpired);
    }

    @Override
    public void onStart() {
        dependencies.onStart();
    }

    @Override
    public void onMessage(ActorRef from, Message message) {
        if (dependencies.handle(message) || deployment.handle(from, message)) {
            return;
        }
        if (message instanceof HealthProbe probe) {
            context.send(from, probe.reply());
        } else if (message instanceof Request request) {
            accept(from, request);
        } else if (message instanceof Cancel cancel) {
            cancel(from, cancel);
        } else if (message instanceof Job job) {
            // The only timer a job is sent as: its own service time is over.
            finish(job);
        }
    }

    private void accept(ActorRef caller, Request request) {
        if (deadlines.expired(request)) {
            deadlines.countExpired();
            context.send(caller, Response.failed(request.id(), FailureReason.DEADLINE_EXCEEDED));
            return;
        }
        Replica replica = deployment.route();
        Job job = new Job(caller, request, replica);
        // Admitted first: a job that finds a free worker starts inside offer, and may be cancelled from then on.
        deadlines.admitted(job);
        if (!replica.station.offer(job)) {
            deadlines.dropped(job);
            rejected.increment();
            context.send(caller, Response.failed(request.id(), FailureReason.REJECTED));
        }
    }

    /** A worker is about to take a queued job: with deadlines enforced, one whose deadline passed is dropped. */
    private boolean dropIfExpired(Job job) {
        if (!deadlines.expired(job.request)) {
            return false;
        }
        deadlines.countExpired();
        deadlines.dropped(job);
        context.send(job.caller, Response.failed(job.request.id(), FailureReason.DEADLINE_EXCEEDED));
        return true;
    }

    /** A worker takes the job: its own service time begins. */
    private void start(Job job) {
        job.started = true;
        job.startedAtNanos = context.now();
        context.setTimer(serviceNanos(), job);
    }

    /**
     * The caller gave up on a request: a queued one leaves the queue, one waiting for its calls stops
     * them (cancelling them in turn) and frees its worker, and one in its own service time runs to the
     * end of it, since a handler cannot be interrupted mid-computation, and is then dropped unanswered.
     */
    private void cancel(ActorRef caller, Cancel cancel) {
        Job job = deadlines.cancel(caller, cancel.id());
        if (job == null) {
            return; // answered already, or a service that does not honour cancels
        }
        if (!job.started) {
            job.replica.station.remove(job);
        } else if (job.calls != null) {
            dependencies.cancel(job.calls);
        }
    }

    /** One draw of the service time, shorter by the speed (and longer on a node a fault slows down). */
    private long serviceNanos() {
        return context.workNanos(serviceTime.sample() / speed);
    }

    /**
     * The worker's own service time is over: the handler errs with the error rate (one draw per
     * request), or the dependencies are called, if any apply.
     */
    private void finish(Job job) {
        if (job.cancelled) {
            deadlines.ended(job);
            deployment.release(job.replica);
            return;
        }
        if (errors != null && errors.nextDouble() < errorRate) {
            errored.increment();
            context.send(job.caller, Response.failed(job.request.id(), FailureReason.ERROR));
            deadlines.ended(job);
            deployment.release(job.replica);
            return;
        }
        if (dependencies.any() && deadlines.expired(job.request)) {
            // Checked as a handler checks its context before calling out: nobody waits for these calls.
            deadlines.countExpired();
            context.send(job.caller, Response.failed(job.request.id(), FailureReason.DEADLINE_EXCEEDED));
            deadlines.ended(job);
            deployment.release(job.replica);
            return;
        }
        if (!dependencies.any()) {
            // Decided at once, as begin would decide it, without a continuation made for it.
            complete(job, true, false, null);
            return;
        }
        job.calls = dependencies.begin(job.request, deadlines.deadlineForCalls(job.request), deadlines.enforced(),
                (ok, fellBack, reason) -> complete(job, ok, fellBack, reason));
    }

    /** Answers the request and frees its worker for the next one in the queue. */
    private void complete(Job job, boolean ok, boolean fellBack, Failure reason) {
        job.calls = null;
        deadlines.ended(job);
        if (job.cancelled) {
            // Nobody waits for the answer; the request counts as cancelled, not as served or failed.
            deployment.release(job.replica);
            return;
        }
        if (ok) {
            served.increment();
            if (fellBack) {
                degraded.increment();
            }
            context.send(job.caller, Response.ok(job.request, Response.NO_VERSION));
        } else {
            failed.increment();
            failedBusyMicros.add((context.now() - job.startedAtNanos) / NANOS_PER_MICRO);
            context.send(job.caller, Response.failed(job.request.id(), reason));
        }
        deployment.release(job.replica);
    }

    @Override
    public void onCrash() {
        deployment.crash();
        dependencies.clear();
        deadlines.clear();
    }
}
