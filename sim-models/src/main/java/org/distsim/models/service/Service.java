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
 * <p>With {@code replicas: n} the node is a deployment of n identical replicas, each with its own
 * {@code workers} and its own queue, behind in-cluster routing ({@link ReplicaBalancing}); a
 * {@link ScaleTo} command changes the count during the run and a {@link LoadQuery} is answered with
 * a {@link LoadReport} (see the {@code autoscaler} package). One replica draws and behaves exactly
 * as the single station.
 *
 * <p>A crash loses every queued and in-progress request (their callers time out), and the
 * breakers, retry budgets and bulkhead counts; a restart comes back empty, with the ready replicas
 * it had (the deployment's spec outlives its processes) but not those still provisioning or draining.
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
    private final ReplicaBalancing balancing;
    private final UniformRandomProvider balancingRandom;
    /** Replicas taking requests, in the order they became ready. */
    private final List<Replica> ready = new ArrayList<>();
    /** Replicas ordered by a {@link ScaleTo}, not yet ready. */
    private final List<Replica> provisioning = new ArrayList<>();
    /** Replicas removed by a {@link ScaleTo} that still hold requests. */
    private final List<Replica> draining = new ArrayList<>();
    private final Integral busyArea = new Integral();
    private final Integral capacityArea = new Integral();
    private final Integral readyArea = new Integral();
    private final Integral queueArea = new Integral();
    private final Counter served;
    private final Counter rejected;
    private final TimeWeightedGauge utilisation;
    private final TimeWeightedGauge queueLength;
    private final Calls calls;
    private final List<Dependency> dependencies = new ArrayList<>();
    private Counter failed;
    private Counter failedBusyMicros;
    /** Registered for a service of several replicas, or at the first scaling message. */
    private TimeWeightedGauge replicas;
    private TimeWeightedGauge readyReplicas;
    private int nextReplica;
    private int busy;
    private int queued;

    public Service(ActorContext context, ServiceConfig config) {
        this.context = context;
        this.config = config;
        this.workers = config.workers();
        this.queueCapacity = config.queueCapacity() == null ? UNBOUNDED_QUEUE_CAP : config.queueCapacity();
        this.speed = config.speed();
        this.serviceTime = config.serviceTime().sampler(context.random("service-time"));
        this.jitter = context.random("retry-jitter");
        this.calls = new Calls(context);
        this.balancing = config.replicaBalancing();
        this.balancingRandom = balancing == ReplicaBalancing.RANDOM ? context.random("replica-balancing") : null;
        for (int i = 0; i < config.replicas(); i++) {
            ready.add(new Replica());
        }
        capacityArea.set(context.now(), (double) workers * ready.size());
        readyArea.set(context.now(), ready.size());
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
        if (config.replicas() > 1) {
            registerReplicasGauge();
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
        } else if (message instanceof LoadQuery) {
            context.send(from, report());
        } else if (message instanceof ScaleTo command) {
            scale(command);
        } else if (message instanceof ReplicaReady up) {
            provisioning.remove(up.replica());
            ready.add(up.replica());
            replicasChanged();
        }
    }

    private void accept(ActorRef caller, Request request) {
        Replica replica = ready.size() == 1 ? ready.get(0) : choose();
        if (replica.busy < workers) {
            start(new Job(caller, request, replica));
        } else if (replica.queue.size() < queueCapacity) {
            replica.queue.addLast(new Job(caller, request, replica));
            setQueued(queued + 1);
        } else if (queueCapacity == UNBOUNDED_QUEUE_CAP) {
            throw new ModelLimitException("service " + context.self() + " has " + UNBOUNDED_QUEUE_CAP
                    + " requests waiting: it is overloaded (arrivals faster than it serves);"
                    + " set queue-capacity to model rejections instead");
        } else {
            rejected.increment();
            context.send(caller, Response.failed(request.id(), "rejected"));
        }
    }

    /** The ready replica an arriving request goes to, by the {@code replica-balancing} policy. */
    private Replica choose() {
        int n = ready.size();
        if (nextReplica >= n) {
            nextReplica = 0;
        }
        switch (balancing) {
            case RANDOM:
                return ready.get(balancingRandom.nextInt(n));
            case LEAST_LOADED:
                Replica best = null;
                for (int i = 0; i < n; i++) {
                    Replica candidate = ready.get((nextReplica + i) % n);
                    if (best == null || candidate.load() < best.load()) {
                        best = candidate;
                    }
                }
                nextReplica = (nextReplica + 1) % n;
                return best;
            case ROUND_ROBIN:
            default:
                Replica next = ready.get(nextReplica);
                nextReplica = (nextReplica + 1) % n;
                return next;
        }
    }

    private void start(Job job) {
        job.replica.busy++;
        setBusy(busy + 1);
        utilisation.set((double) busy / servingWorkers());
        job.startedAtNanos = context.now();
        long nanos = context.workNanos(serviceTime.sample() / speed);
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
        Replica replica = job.replica;
        replica.busy--;
        setBusy(busy - 1);
        if (ok) {
            served.increment();
            context.send(job.caller, Response.ok(job.request.id()));
        } else {
            failed.increment();
            failedBusyMicros.add((context.now() - job.startedAtNanos) / NANOS_PER_MICRO);
            context.send(job.caller, Response.failed(job.request.id(), reason));
        }
        Job next = replica.queue.pollFirst();
        if (next != null) {
            setQueued(queued - 1);
            start(next);
        } else {
            utilisation.set((double) busy / servingWorkers());
            if (replica.draining && replica.busy == 0) {
                draining.remove(replica);
                replicasChanged();
            }
        }
    }

    private void setBusy(int value) {
        busy = value;
        busyArea.set(context.now(), value);
    }

    private void setQueued(int value) {
        queued = value;
        queueArea.set(context.now(), value);
        queueLength.set(value);
    }

    /** Workers of the replicas that hold requests: the ready and the draining ones. */
    private int servingWorkers() {
        return workers * (ready.size() + draining.size());
    }

    /** Applies a scaling command: provisions new replicas, or removes the newest ones. */
    private void scale(ScaleTo command) {
        registerReplicasGauge();
        int spec = ready.size() + provisioning.size();
        for (int i = spec; i < command.replicas(); i++) {
            Replica replica = new Replica();
            provisioning.add(replica);
            replica.readyTimer = context.setTimer(command.provisioningDelayNanos(), new ReplicaReady(replica));
        }
        for (int i = spec; i > command.replicas(); i--) {
            if (!provisioning.isEmpty()) {
                context.cancelTimer(provisioning.remove(provisioning.size() - 1).readyTimer);
            } else {
                // At least one ready replica stays: the command asks for one or more, and those
                // still provisioning are removed first.
                Replica removed = ready.remove(ready.size() - 1);
                removed.draining = true;
                if (removed.busy > 0) {
                    draining.add(removed); // a replica with nothing in service has nothing waiting either
                }
            }
        }
        replicasChanged();
    }

    /** Brings the capacity, the utilisation and the replica count up to date after a change of replicas. */
    private void replicasChanged() {
        long now = context.now();
        capacityArea.set(now, servingWorkers());
        readyArea.set(now, ready.size());
        utilisation.set((double) busy / servingWorkers());
        if (replicas != null) {
            replicas.set(ready.size() + provisioning.size() + draining.size());
            readyReplicas.set(ready.size());
        }
    }

    private void registerReplicasGauge() {
        if (replicas == null) {
            // Replicas alive, whether provisioning, ready or draining: their mean times the run's
            // length is the replica-seconds paid for.
            replicas = context.nodeMetrics().gauge("replicas");
            replicas.set(ready.size() + provisioning.size() + draining.size());
            readyReplicas = context.nodeMetrics().gauge("ready_replicas");
            readyReplicas.set(ready.size());
        }
    }

    /** The load since the previous query, time-weighted, and the replica counts now. */
    private LoadReport report() {
        registerReplicasGauge();
        long now = context.now();
        double capacity = capacityArea.take(now);
        double busyTime = busyArea.take(now);
        double readyTime = readyArea.take(now);
        double waiting = queueArea.take(now);
        double utilisationNow = capacity > 0 ? busyTime / capacity : (double) busy / servingWorkers();
        double queuePerReplica = readyTime > 0 ? waiting / readyTime : (double) queued / ready.size();
        return new LoadReport(ready.size(), provisioning.size(), utilisationNow, queuePerReplica);
    }

    @Override
    public void onCrash() {
        for (Replica replica : ready) {
            replica.queue.clear();
            replica.busy = 0;
        }
        provisioning.clear(); // the engine has cancelled their timers
        draining.clear();
        calls.clear();
        for (Dependency dependency : dependencies) {
            dependency.reset();
        }
        setBusy(0);
        queued = 0;
        queueArea.set(context.now(), 0);
        queueLength.set(0);
        utilisation.set(0);
        if (replicas != null) {
            replicasChanged();
        }
    }

    /** One replica (pod): its own workers and its own queue. */
    private static final class Replica {
        final ArrayDeque<Job> queue = new ArrayDeque<>();
        int busy;
        boolean draining;
        long readyTimer = -1;

        int load() {
            return busy + queue.size();
        }
    }

    /** The integral over time of a level, taken (and restarted) at each {@link LoadQuery}. */
    private static final class Integral {
        private double value;
        private long sinceNanos;
        private double area;

        void set(long nowNanos, double newValue) {
            area += value * (nowNanos - sinceNanos);
            sinceNanos = nowNanos;
            value = newValue;
        }

        /** The area since the previous take. */
        double take(long nowNanos) {
            set(nowNanos, value);
            double taken = area;
            area = 0;
            return taken;
        }
    }

    /** A request from its arrival to its answer. */
    private static final class Job {
        final ActorRef caller;
        final Request request;
        final Replica replica;
        final List<CallRun> runs = new ArrayList<>(2);
        long startedAtNanos;
        int nextRun;
        int succeeded;
        int failedRuns;
        boolean finished;

        Job(ActorRef caller, Request request, Replica replica) {
            this.caller = caller;
            this.request = request;
            this.replica = replica;
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

    /** A provisioned replica is ready to take requests. */
    private record ReplicaReady(Replica replica) implements Message {
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
