package org.distsim.models.service;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.distsim.core.random.Distribution;
import org.distsim.models.format.CrossChecked;
import org.distsim.models.format.Knob;
import org.distsim.models.analytic.Flow;
import org.distsim.models.analytic.Forecastable;
import org.distsim.models.analytic.NodeForecast;
import org.distsim.models.analytic.Peers;

/**
 * A service: {@code c} workers sharing one FIFO queue. A request that finds a free worker is
 * served at once; otherwise it waits in the queue, or is rejected when the queue is full. With
 * exponential service times and Poisson arrivals this is the M/M/c queue of the textbooks (M/M/c/K
 * with a bounded queue, the Erlang loss system M/M/c/c with {@code queue-capacity: 0}). With
 * {@code replicas: n}, n such stations behind in-cluster routing.
 *
 * @param workers        requests served at the same time, at least 1
 * @param queueCapacity  requests that may wait, at least 0; null for an unbounded queue
 * @param serviceTime    time one worker needs for one request at speed 1, in nanoseconds
 * @param speed          service times are divided by it; &gt; 0
 * @param calls          the dependencies each request calls, after its own service time; empty for none
 * @param mode           whether the calls are made one after the other or all at once
 * @param waitFor        for parallel calls, whether all must succeed or the first k
 * @param k              the successes {@code first-k} waits for; null otherwise
 * @param replicas       identical replicas at the start, each with its own workers and queue; at least 1
 * @param replicaBalancing how an arriving request is handed to one ready replica
 * @param errorRate      the fraction of requests answered with a definite error once their own
 *                       service time is over, in [0, 1]
 * @param deadlines      what the service does with the deadlines its requests carry
 * @param deadlineMargin with {@code enforce}, subtracted from the deadline passed on to the calls
 */
public record ServiceConfig(
        @Knob(doc = "How many requests are served at the same time: the c of M/M/c.",
                defaultValue = "1", min = "1", max = "100000")
        int workers,
        @Knob(doc = "How many requests may wait for a free worker; a request that arrives to a full queue is"
                + " rejected. Leave it out for an unbounded queue; 0 means no waiting room (M/M/c/c).",
                optional = true, min = "0", max = "100000000")
        Integer queueCapacity,
        @Knob(doc = "How long one worker takes to serve one request, at speed 1: a duration distribution,"
                + " or a duration for a constant.")
        Distribution serviceTime,
        @Knob(doc = "How fast the machine is: service times are divided by it, so 2 serves twice as fast"
                + " (vertical scaling).", defaultValue = "1", min = "0", minExclusive = true)
        double speed,
        @Knob(doc = "The dependencies each request calls, after the worker's own service time; the worker stays"
                + " busy until they answer (one thread per request). See \"Service dependencies and resilience\".",
                optional = true)
        List<DependencyCall> calls,
        @Knob(doc = "How the calls are made: sequential (in list order; the first failure fails the request) or"
                + " parallel (all at once, a fan-out).", defaultValue = "sequential")
        CallMode mode,
        @Knob(doc = "For parallel calls: all (every call must succeed) or first-k (the first k successes"
                + " complete the request).", defaultValue = "all")
        WaitFor waitFor,
        @Knob(doc = "How many successes wait-for: first-k needs, from 1 to the number of calls.",
                optional = true, min = "1")
        Integer k,
        @Knob(doc = "How many identical replicas (pods) the node runs at the start, each with its own workers"
                + " and its own queue of queue-capacity (horizontal scaling); an autoscaler may change it during"
                + " the run. 1 is a single server. See \"Horizontal scaling\".",
                defaultValue = "1", min = "1", max = "10000")
        int replicas,
        @Knob(doc = "How an arriving request is handed to one ready replica, as a Kubernetes Service does in front"
                + " of its pods: round-robin (in turn, kube-proxy IPVS), random (kube-proxy iptables) or"
                + " least-loaded (fewest requests in service or waiting).", defaultValue = "round-robin")
        ReplicaBalancing replicaBalancing,
        @Knob(doc = "The fraction of requests answered with a definite error (reason error) once the worker's own"
                + " service time is over, each independently: a handler that fails (\"payment fails 2% of the"
                + " time\"). An erring request makes none of its calls. See \"Error rates and fallbacks\".",
                defaultValue = "0", format = Knob.Format.PROBABILITY)
        double errorRate,
        @Knob(doc = "What the service does with the deadlines requests carry: ignore (ignores them and tells its"
                + " calls none), observe (the same, but counts the work done for callers that had already given"
                + " up: wasted) or enforce (drops queued requests whose deadline passed, passes the remaining"
                + " budget on to its calls, honours and sends cancels). See \"Deadlines and cancellation\".",
                defaultValue = "ignore")
        DeadlineMode deadlines,
        @Knob(doc = "With deadlines: enforce, how much earlier than its own deadline the deadline it passes on to"
                + " its calls is: time kept to answer its caller after the last call.", defaultValue = "0s",
                min = "0s")
        Duration deadlineMargin) implements Forecastable, CrossChecked {

    /** A service with no dependencies. */
    public ServiceConfig(int workers, Integer queueCapacity, Distribution serviceTime, double speed) {
        this(workers, queueCapacity, serviceTime, speed, List.of(), CallMode.SEQUENTIAL, WaitFor.ALL, null);
    }

    /** A service of one replica. */
    public ServiceConfig(int workers, Integer queueCapacity, Distribution serviceTime, double speed,
            List<DependencyCall> calls, CallMode mode, WaitFor waitFor, Integer k) {
        this(workers, queueCapacity, serviceTime, speed, calls, mode, waitFor, k, 1, ReplicaBalancing.ROUND_ROBIN, 0);
    }

    /** A service that ignores deadlines. */
    public ServiceConfig(int workers, Integer queueCapacity, Distribution serviceTime, double speed,
            List<DependencyCall> calls, CallMode mode, WaitFor waitFor, Integer k, int replicas,
            ReplicaBalancing replicaBalancing, double errorRate) {
        this(workers, queueCapacity, serviceTime, speed, calls, mode, waitFor, k, replicas, replicaBalancing, errorRate,
                DeadlineMode.IGNORE, Duration.ZERO);
    }

    public ServiceConfig {
        Objects.requireNonNull(serviceTime, "serviceTime");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        if (queueCapacity != null && queueCapacity < 0) {
            throw new IllegalArgumentException("queue-capacity must not be negative, got " + queueCapacity);
        }
        if (!(speed > 0) || !Double.isFinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number, got " + speed);
        }
        if (replicas < 1) {
            throw new IllegalArgumentException("replicas must be at least 1, got " + replicas);
        }
        Objects.requireNonNull(replicaBalancing, "replicaBalancing");
        if (!(errorRate >= 0 && errorRate <= 1)) {
            throw new IllegalArgumentException("error-rate must lie in [0, 1], got " + errorRate);
        }
        Objects.requireNonNull(deadlines, "deadlines");
        Objects.requireNonNull(deadlineMargin, "deadlineMargin");
        if (deadlineMargin.isNegative()) {
            throw new IllegalArgumentException("deadline-margin must not be negative, got " + deadlineMargin);
        }
        if (!deadlineMargin.isZero() && deadlines != DeadlineMode.ENFORCE) {
            // Only an enforcing service passes a deadline on; a margin elsewhere would silently do nothing.
            throw new IllegalArgumentException("deadline-margin is only read with deadlines: enforce");
        }
        calls = calls == null ? List.of() : List.copyOf(calls);
        if (deadlines != DeadlineMode.ENFORCE && calls.stream().anyMatch(call -> Boolean.TRUE.equals(call.cancel()))) {
            // Only an enforcing service tells its callees that cancels will follow.
            throw new IllegalArgumentException("a call's cancel: true needs deadlines: enforce on the service");
        }
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(waitFor, "waitFor");
        if (waitFor == WaitFor.FIRST_K) {
            if (mode != CallMode.PARALLEL) {
                throw new IllegalArgumentException("wait-for: first-k needs mode: parallel");
            }
            if (k == null || k < 1 || k > calls.size()) {
                throw new IllegalArgumentException("wait-for: first-k needs k between 1 and the number of calls ("
                        + calls.size() + "), got " + k);
            }
        } else if (k != null) {
            throw new IllegalArgumentException("k is only read with wait-for: first-k");
        }
    }

    /** The calls' {@code on:} references and outcomes ({@link CallReferences}). */
    @Override
    public List<KnobProblem> crossCheck(Nodes nodes) {
        return CallReferences.check(calls, nodes);
    }

    /** A station of {@code workers} per replica, or, with calls, a node whose workers also wait for them. */
    @Override
    public NodeForecast forecast(Flow offered, Peers peers) {
        return ServiceForecast.of(this, offered, peers);
    }
}
