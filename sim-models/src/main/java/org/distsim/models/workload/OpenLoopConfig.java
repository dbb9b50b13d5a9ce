package org.distsim.models.workload;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.distsim.models.format.Knob;
import org.distsim.models.format.SizeDistribution;
import org.distsim.models.format.Rate;
import org.distsim.models.format.ScalableLoad;
import org.distsim.models.resilience.BackoffConfig;
import org.distsim.models.analytic.Flow;
import org.distsim.models.analytic.LoadSource;

/**
 * An open-loop workload: requests are sent to one node at a given rate, whether or not earlier
 * requests have been answered, as independent users on the internet do. Latency is measured from
 * the time each request was due, so a slow system cannot hide its queueing (no coordinated
 * omission).
 *
 * @param target    the node that receives the requests
 * @param arrivals  how requests are spaced in time
 * @param rate      requests per second, &gt; 0; the rate before the first schedule entry
 * @param timeout   how long one attempt may wait for its response, &gt; 0
 * @param schedule  changes of the rate over time, in time order; empty for a fixed rate
 * @param readRatio probability that a request is a read
 * @param keys      which keys requests name; null for the single key 0
 * @param route     the request path or type, for L7 routing
 * @param retries   how many times a failed or timed-out request is sent again
 * @param backoff   the delay before each retry
 * @param clients   how many clients (source addresses) send the requests, each request from one drawn uniformly
 * @param deadline  a deadline for the whole request, retries included; null for none
 * @param requestSize  what each request weighs, in bytes; null for 0
 * @param responseSize what each successful answer weighs unless its node says otherwise; null for 0
 * @param cancel    whether an attempt the client gives up on is cancelled at the node it called
 */
public record OpenLoopConfig(
        @Knob(doc = "The node that receives the requests.", format = Knob.Format.NODE_REF)
        String target,
        @Knob(doc = "How requests are spaced in time: poisson (random, exponential gaps; the M of M/M/c)"
                + " or constant (evenly spaced).", defaultValue = "poisson")
        Arrivals arrivals,
        @Knob(doc = "How many requests are sent per unit of time on average, independent of how fast"
                + " responses come back; with a schedule, the rate before its first entry.",
                min = "0/s", minExclusive = true)
        Rate rate,
        @Knob(doc = "How long a request waits for its response before it counts as timed out; its outcome"
                + " is then unknown (it may still be served). With retries, the wait of each attempt.",
                defaultValue = "10s", min = "0s", minExclusive = true)
        Duration timeout,
        @Knob(doc = "How the rate changes over time, in time order: steps {at, rate} (a spike is a step up"
                + " then down), linear ramps {from, to, ramp-to} and diurnal curves {diurnal: {period, peak,"
                + " trough, peak-at}, at}; each entry holds until the next.", defaultValue = "[]")
        List<RatePhase> schedule,
        @Knob(doc = "The probability that a request is a read; the others are writes.", defaultValue = "1",
                format = Knob.Format.PROBABILITY)
        double readRatio,
        @Knob(doc = "Which keys the requests name: {count, popularity: uniform or zipf, s}. Leave it out for"
                + " a single key 0.", optional = true)
        KeysConfig keys,
        @Knob(doc = "The request path or type, for load balancers that route by it (L7); empty for none.",
                defaultValue = "''")
        String route,
        @Knob(doc = "How many times a request that failed or timed out is sent again; its outcome is the"
                + " last attempt's, its latency counts from when it was first due.", defaultValue = "0",
                min = "0", max = "100")
        int retries,
        @Knob(doc = "The delay before each retry: {base, cap, jitter}.", defaultValue = "{}")
        BackoffConfig backoff,
        @Knob(doc = "How many clients send the requests, as distinct source addresses: each request comes from"
                + " one drawn uniformly (from the workload's stream clients), independently of its key, and its"
                + " retries from the same one. Only a load balancer with algorithm: ip-hash reads it; 1 means"
                + " the whole workload is one client, as many users behind one NAT address look.",
                defaultValue = "1", min = "1", max = "1000000000")
        int clients,
        @Knob(doc = "A deadline for the whole request, retries included, counted from when it was due: no"
                + " attempt waits past it and no retry starts after it. Every attempt tells the node it calls"
                + " the deadline (this one, or without it the end of the attempt's timeout), which a service"
                + " with deadlines: enforce acts on. See \"Deadlines and cancellation\".",
                optional = true, min = "0s", minExclusive = true)
        Duration deadline,
        @Knob(doc = "Whether the client tells the node it called when it gives up on an attempt (its timeout or"
                + " deadline): a cancel message, which a service with deadlines: enforce honours by dropping the"
                + " request if it still waits in the queue.", defaultValue = "false")
        boolean cancel,
        @Knob(doc = "What each request weighs on the wire, drawn per request from the workload's stream"
                + " request-size (an upload's payload); it costs time only on a link or node with a bandwidth:."
                + " Leave it out for 0 bytes, which draws nothing.", optional = true)
        SizeDistribution requestSize,
        @Knob(doc = "What each successful answer weighs on the wire, drawn per request from the workload's stream"
                + " response-size and carried with the request to the node that answers it, unless that node"
                + " declares its own response-size:. Leave it out for 0 bytes, which draws nothing.",
                optional = true)
        SizeDistribution responseSize) implements ScalableLoad, LoadSource {

    public OpenLoopConfig {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(arrivals, "arrivals");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(backoff, "backoff");
        if (!(rate.perSecond() > 0)) {
            throw new IllegalArgumentException("rate must be above 0/s, got " + rate);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        if (!(readRatio >= 0 && readRatio <= 1)) {
            throw new IllegalArgumentException("read-ratio must be between 0 and 1, got " + readRatio);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative, got " + retries);
        }
        if (clients < 1) {
            throw new IllegalArgumentException("clients must be at least 1, got " + clients);
        }
        if (deadline != null && (deadline.isNegative() || deadline.isZero())) {
            throw new IllegalArgumentException("deadline must be positive, got " + deadline);
        }
        schedule = List.copyOf(schedule);
        // Builds the schedule once to report entries out of order while the scenario is read.
        RateSchedule.of(rate, schedule);
    }

    /** A workload without sizes. */
    public OpenLoopConfig(String target, Arrivals arrivals, Rate rate, Duration timeout, List<RatePhase> schedule,
            double readRatio, KeysConfig keys, String route, int retries, BackoffConfig backoff, int clients,
            Duration deadline, boolean cancel) {
        this(target, arrivals, rate, timeout, schedule, readRatio, keys, route, retries, backoff, clients, deadline,
                cancel, null, null);
    }

    /** A workload without a deadline or cancellation. */
    public OpenLoopConfig(String target, Arrivals arrivals, Rate rate, Duration timeout, List<RatePhase> schedule,
            double readRatio, KeysConfig keys, String route, int retries, BackoffConfig backoff, int clients) {
        this(target, arrivals, rate, timeout, schedule, readRatio, keys, route, retries, backoff, clients, null, false);
    }

    /** A plain workload: reads of key 0 at a fixed rate, no retries. */
    public OpenLoopConfig(String target, Arrivals arrivals, Rate rate, Duration timeout) {
        this(target, arrivals, rate, timeout, List.of(), 1.0, null, "", 0, BackoffConfig.DEFAULT, 1, null, false);
    }

    ClientKnobs clientKnobs() {
        return new ClientKnobs(timeout.toNanos(), readRatio, keys, route, retries, backoff, clients,
                deadline == null ? 0 : deadline.toNanos(), cancel, requestSize, responseSize);
    }

    /** Requests at the rate (the peak of the schedule, if any), Poisson when the arrivals are and the rate is steady. */
    @Override
    public Flow offered(String workload) {
        return WorkloadForecast.openLoop(workload, this);
    }
}
