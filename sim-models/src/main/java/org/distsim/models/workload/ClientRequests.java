package org.distsim.models.workload;

import com.carrotsearch.hppc.LongLongHashMap;
import org.HdrHistogram.Histogram;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.distsim.core.kernel.ActorContext;
import org.distsim.core.kernel.ActorRef;
import org.distsim.core.kernel.Message;
import org.distsim.core.metrics.ConsistencyOracle;
import org.distsim.core.metrics.Counter;
import org.distsim.core.metrics.RequestCounter;
import org.distsim.core.metrics.WorkloadMetrics;
import org.distsim.models.format.SizeDistribution;
import org.distsim.models.keys.KeySampler;
import org.distsim.models.resilience.Backoff;
import org.distsim.models.rpc.CallOutcome;
import org.distsim.models.rpc.Calls;
import org.distsim.models.rpc.IdWindow;
import org.distsim.models.rpc.Operation;
import org.distsim.models.rpc.OutboundCall;
import org.distsim.models.rpc.Request;
import org.distsim.models.rpc.Response;

/**
 * The life of a workload's requests, from the moment one is due to its final outcome: picks the
 * operation and key, sends it, retries it with backoff after a failure or timeout, records the
 * outcome of the last attempt with latency from the <em>original</em> due time (no coordinated
 * omission), and checks every versioned read for consistency. Shared by the open- and closed-loop
 * workloads, which decide only when requests are due.
 *
 * <p>Consistency is measured, not decided: a successful write that returns a version is recorded
 * in the run's {@link ConsistencyOracle} and in this client's own session; a successful read that
 * returns a version older than the newest write acknowledged (to anyone) before the read was due
 * is a <em>stale read</em>, and one older than this client's own newest acknowledged write of the
 * key before the read was due is a <em>read-your-writes violation</em>.
 *
 * <p>Figures ({@link ClientFigures}, the workload's own in the result), registered from the start
 * by every client workload: {@code reads}, {@code writes}, {@code retries}, {@code versioned_reads},
 * {@code stale_reads}, {@code ryw_violations}, and the read and write latency percentiles of
 * successful requests. Every one but {@code retries} is about requests and counts by the due time
 * of its request, like the built-in outcomes.
 *
 * <p>Requests in progress are kept in a table by request number, from the moment one is due to its
 * final outcome; the requests of it that were due after the warm-up are what the workload reports
 * in flight at the end, with those a crash made it forget. It is counted apart from the outcomes,
 * so that request conservation is a check that can fail.
 *
 * <p>Every attempt tells the node it calls a deadline: the workload's {@code deadline} (counted from
 * the due time, over all attempts), or without one the end of the attempt's timeout. With a
 * deadline no attempt waits past it and no retry starts after it. With {@code cancel} an attempt
 * that times out is cancelled at the node called.
 *
 * <p>Random streams, one per purpose: {@code operation} (read or write), {@code keys},
 * {@code backoff}, {@code clients} (which of the workload's clients sends a request: a stream of
 * its own, so that giving a workload clients changes none of its keys or operations); none is drawn from while its knob has its default.
 */
final class ClientRequests {

    private static final int SIGNIFICANT_DIGITS = 3;

    private final ActorContext context;
    private final ClientKnobs knobs;
    private final WorkloadMetrics metrics;
    private final ConsistencyOracle oracle;
    private final Calls calls;
    private final UniformRandomProvider operationRandom;
    private final KeySampler keySampler;
    private final UniformRandomProvider backoffRandom;
    private final Backoff backoff;
    /** Which client sends each request; null when the workload is a single client. */
    private final UniformRandomProvider clientRandom;
    private final ClientIdentity clients;
    /** The sizes of requests and of their answers, in bytes; null when unset (0 bytes, no draw). */
    private final ContinuousSampler requestSizes;
    private final ContinuousSampler responseSizes;
    private final long warmupEndNanos;
    // Looked up by request number or key only; the table is iterated only to count, in any order.
    // Primitive keys, because every request puts and removes one entry and every read looks one up:
    // boxed HashMaps were about a tenth of the M/M/1 path's CPU (docs/PERFORMANCE.md). Request
    // numbers increase, so the requests in progress sit in a ring indexed by number.
    private final IdWindow<Pending> inProgress = new IdWindow<>();
    private final LongLongHashMap ownLatestWrite = new LongLongHashMap();
    /** Latencies of successful reads and writes due after the warm-up; null for a kind that is all of them. */
    private final Histogram readLatency;
    private final Histogram writeLatency;
    private final RequestCounter reads;
    private final RequestCounter writes;
    private final Counter retries;
    private final RequestCounter versionedReads;
    private final RequestCounter staleReads;
    private final RequestCounter rywViolations;
    /** Requests due after the warm-up that a crash made this client forget, without an outcome. */
    private long forgotten;
    private long nextNumber;

    ClientRequests(ActorContext context, ClientKnobs knobs) {
        this.context = context;
        this.knobs = knobs;
        this.metrics = context.workloadMetrics();
        this.oracle = context.consistency();
        this.calls = new Calls(context);
        this.operationRandom = knobs.readRatio() < 1 ? context.random("operation") : null;
        this.keySampler = knobs.keys() != null && knobs.keys().count() > 1
                ? knobs.keys().law().sampler(context.random("keys")) : () -> 0L;
        this.backoffRandom = knobs.retries() > 0 ? context.random("backoff") : null;
        this.backoff = knobs.backoff().backoff();
        this.clientRandom = knobs.clients() > 1 ? context.random("clients") : null;
        this.clients = new ClientIdentity(context.self().name());
        // Streams of their own, made only when a size is set: a size shifts no other draw.
        this.requestSizes = knobs.requestSize() == null ? null
                : knobs.requestSize().bytes().sampler(context.random("request-size"));
        this.responseSizes = knobs.responseSize() == null ? null
                : knobs.responseSize().bytes().sampler(context.random("response-size"));
        this.warmupEndNanos = context.warmupEndNanos();
        this.reads = metrics.requestCounter(ClientFigures.READS);
        this.writes = metrics.requestCounter(ClientFigures.WRITES);
        this.retries = metrics.counter(ClientFigures.RETRIES);
        this.versionedReads = metrics.requestCounter(ClientFigures.VERSIONED_READS);
        this.staleReads = metrics.requestCounter(ClientFigures.STALE_READS);
        this.rywViolations = metrics.requestCounter(ClientFigures.RYW_VIOLATIONS);
        // A workload of reads only (or writes only) records exactly the workload's own latencies in
        // that kind's histogram: both take every success due after the warm-up. Its percentiles come
        // from the workload's histogram instead, which spares a histogram record per request.
        this.readLatency = knobs.readRatio() < 1 ? new Histogram(SIGNIFICANT_DIGITS) : null;
        this.writeLatency = knobs.readRatio() > 0 ? new Histogram(SIGNIFICANT_DIGITS) : null;
        metrics.derived(ClientFigures.READ_P50, () -> percentileMillis(readLatency, 50));
        metrics.derived(ClientFigures.READ_P99, () -> percentileMillis(readLatency, 99));
        metrics.derived(ClientFigures.WRITE_P50, () -> percentileMillis(writeLatency, 50));
        metrics.derived(ClientFigures.WRITE_P99, () -> percentileMillis(writeLatency, 99));
        metrics.inFlightFrom(this::measuredWithoutOutcome);
    }

    /**
     * Starts a request that became due now, to {@code target}; {@code done} runs once with its
     * final outcome (after any retries), unless the client crashes first.
     */
    void start(ActorRef target, Outcome done) {
        long intended = context.now();
        Operation operation = operationRandom == null || operationRandom.nextDouble() < knobs.readRatio()
                ? Operation.READ : Operation.WRITE;
        long key = keySampler.nextKey();
        metrics.issued(intended);
        (operation == Operation.READ ? reads : writes).count(intended);
        long latestAcknowledged = operation == Operation.READ ? oracle.latestAcknowledged(key) : ConsistencyOracle.NEVER_WRITTEN;
        long ownLatest = operation == Operation.READ ? ownLatestWrite.getOrDefault(key, Response.NO_VERSION) : Response.NO_VERSION;
        long client = clients.of(clientRandom == null ? 0 : clientRandom.nextInt(knobs.clients()));
        long requestBytes = SizeDistribution.draw(requestSizes);
        long responseBytes = SizeDistribution.draw(responseSizes);
        Request first = attempt(intended, operation, key, client, requestBytes, responseBytes);
        Pending request = new Pending(nextNumber++, target, first, latestAcknowledged, ownLatest, done);
        inProgress.put(request.number, request);
        send(request, first);
    }


    /** Handles a message that belongs to a request; returns false when it is not one. */
    boolean handle(Message message) {
        if (message instanceof RetryDue due) {
            Pending request = inProgress.get(due.number());
            if (request != null) {
                Request made = request.request;
                send(request, attempt(made.intendedAtNanos(), made.operation(), made.key(), made.client(),
                        made.sizeBytes(), made.responseBytes()));
            }
            return true;
        }
        return calls.handle(message);
    }

    /** The client crashed: every request in progress is forgotten, and so is its session. */
    void clear() {
        forgotten += measured(inProgress);
        calls.clear();
        inProgress.clear();
        ownLatestWrite.clear();
    }

    private long measuredWithoutOutcome() {
        return measured(inProgress) + forgotten;
    }

    private long measured(IdWindow<Pending> requests) {
        long[] count = {0};
        requests.forEach(pending -> {
            if (pending.request.intendedAtNanos() >= warmupEndNanos) {
                count[0]++;
            }
        });
        return count[0];
    }

    /**
     * The request of an attempt starting now, made for the call that will send it (under its id,
     * with the deadline and give-up time that call tells), so that the call sends it without a copy.
     * Every attempt tells the callee the request's deadline, or without one the end of the
     * attempt's timeout (as a gRPC client sends its timeout), and waits no longer than either.
     */
    private Request attempt(long intended, Operation operation, long key, long client, long requestBytes,
            long responseBytes) {
        return new Request(calls.nextCallId(), intended, operation, key, knobs.route(), context.self(), client,
                attemptDeadline(intended), calls.waitUntil(attemptTimeout(intended)), knobs.cancel(), requestBytes,
                responseBytes);
    }

    /** How long an attempt starting now waits: its timeout, and never past the request's deadline. */
    private long attemptTimeout(long intended) {
        long timeout = knobs.timeoutNanos();
        if (knobs.deadlineNanos() > 0) {
            timeout = Math.min(timeout, intended + knobs.deadlineNanos() - context.now());
        }
        return timeout;
    }

    /** The deadline an attempt starting now tells: the request's deadline, or the end of its timeout. */
    private long attemptDeadline(long intended) {
        return knobs.deadlineNanos() > 0 ? intended + knobs.deadlineNanos() : context.now() + knobs.timeoutNanos();
    }

    /** Sends one attempt, {@code attempt} as {@link #attempt} made it just now. */
    private void send(Pending request, Request attempt) {
        long intended = request.request.intendedAtNanos();
        calls.call(request.target, attempt, attemptTimeout(intended), attemptDeadline(intended), knobs.cancel(),
                request);
    }

    /** Whether a retry may start at {@code atNanos}: never once the request's deadline has passed. */
    private boolean beforeDeadline(Pending request, long atNanos) {
        return knobs.deadlineNanos() == 0 || atNanos < request.request.intendedAtNanos() + knobs.deadlineNanos();
    }

    private void completed(Pending request, CallOutcome outcome) {
        if (!outcome.ok() && request.retries < knobs.retries()) {
            long delay = backoff.delayNanos(request.retries, request.previousDelayNanos, backoffRandom);
            if (beforeDeadline(request, context.now() + delay)) {
                request.retries++;
                request.previousDelayNanos = delay;
                retries.increment();
                context.setTimer(delay, new RetryDue(request.number));
                return;
            }
        }
        inProgress.remove(request.number);
        long intended = request.request.intendedAtNanos();
        boolean ok = outcome.ok();
        if (ok) {
            long latency = context.now() - intended;
            metrics.succeeded(intended, latency);
            Histogram byKind = request.request.isWrite() ? writeLatency : readLatency;
            if (byKind != null && intended >= warmupEndNanos) {
                byKind.recordValue(Math.max(0, latency));
            }
            checkConsistency(request, outcome.response());
        } else if (outcome.timedOut()) {
            metrics.timedOut(intended);
        } else {
            metrics.failed(intended, outcome.failure().key());
        }
        request.done.completed(ok);
    }

    private void checkConsistency(Pending request, Response response) {
        long version = response.version();
        if (version == Response.NO_VERSION) {
            return;
        }
        long key = request.request.key();
        if (request.request.isWrite()) {
            oracle.acknowledged(key, version);
            int slot = ownLatestWrite.indexOf(key);
            if (slot < 0) {
                ownLatestWrite.indexInsert(slot, key, version);
            } else if (version > ownLatestWrite.indexGet(slot)) {
                ownLatestWrite.indexReplace(slot, version);
            }
            return;
        }
        long intended = request.request.intendedAtNanos();
        versionedReads.count(intended);
        if (version < request.latestAcknowledged) {
            staleReads.count(intended);
        }
        if (version < request.ownLatest) {
            rywViolations.count(intended);
        }
    }

    /** The final outcome of a request, for the workload that started it. */
    @FunctionalInterface
    interface Outcome {
        void completed(boolean ok);
    }

    /** A percentile of one kind's latencies; from the workload's own histogram when every request is of that kind. */
    private double percentileMillis(Histogram histogram, double percentile) {
        if (histogram == null) {
            return metrics.latencyPercentileMillis(percentile);
        }
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1e6;
    }
    /**
     * One request in progress, across its attempts. Mutable, owned by this client. It is also each
     * attempt's call, its bookkeeping and continuation, which saves a lambda and a call record per
     * attempt: attempts are sequential (a retry starts after a backoff that follows the previous
     * attempt's outcome), so one record serves them all.
     */
    private final class Pending extends OutboundCall {
        final long number;
        final ActorRef target;
        final Request request;
        /** The newest version acknowledged to anyone when the read was due. */
        final long latestAcknowledged;
        /** This client's newest acknowledged write of the key when the read was due. */
        final long ownLatest;
        final Outcome done;
        int retries;
        long previousDelayNanos;

        Pending(long number, ActorRef target, Request request, long latestAcknowledged, long ownLatest, Outcome done) {
            this.number = number;
            this.target = target;
            this.request = request;
            this.latestAcknowledged = latestAcknowledged;
            this.ownLatest = ownLatest;
            this.done = done;
        }

        @Override
        protected void completed(CallOutcome outcome) {
            ClientRequests.this.completed(this, outcome);
        }
    }

    /** A retry's backoff delay is over. */
    private record RetryDue(long number) implements Message {
    }
}
