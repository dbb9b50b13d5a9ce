package org.distsim.models.workload;

import java.time.Duration;
import java.util.Objects;
import org.distsim.core.random.Distribution;
import org.distsim.models.format.Knob;
import org.distsim.models.format.SizeDistribution;
import org.distsim.models.format.ScalableLoad;
import org.distsim.models.resilience.BackoffConfig;
import org.distsim.models.analytic.Flow;
import org.distsim.models.analytic.LoadSource;

/**
 * A closed-loop workload: a fixed population of users, each of whom sends a request, waits for
 * its outcome, thinks, and sends the next. The load it offers falls as the system slows down: the
 * interactive system of the response-time law {@code X = N / (R + Z)}.
 *
 * @param target    the node that receives the requests
 * @param users     the population N
 * @param thinkTime how long a user pauses between an outcome and its next request (Z)
 * @param timeout   how long one attempt may wait for its response
 * @param readRatio probability that a request is a read
 * @param keys      which keys requests name; null for the single key 0
 * @param route     the request path or type, for L7 routing
 * @param retries   how many times a failed or timed-out request is sent again
 * @param backoff   the delay before each retry
 * @param deadline  a deadline for the whole request, retries included; null for none
 * @param requestSize  what each request weighs, in bytes; null for 0
 * @param responseSize what each successful answer weighs unless its node says otherwise; null for 0
 * @param cancel    whether an attempt the client gives up on is cancelled at the node it called
 */
public record ClosedLoopConfig(
        @Knob(doc = "The node that receives the requests.", format = Knob.Format.NODE_REF)
        String target,
        @Knob(doc = "How many users there are; each has at most one request outstanding.", min = "1",
                max = "10000000")
        int users,
        @Knob(doc = "How long a user pauses between the outcome of a request and the next one: a"
                + " distribution, or a duration for a constant. Each user also thinks once before its first.",
                defaultValue = "0s")
        Distribution thinkTime,
        @Knob(doc = "How long a request waits for its response before it counts as timed out; its outcome"
                + " is then unknown. With retries, the wait of each attempt.", defaultValue = "10s", min = "0s",
                minExclusive = true)
        Duration timeout,
        @Knob(doc = "The probability that a request is a read; the others are writes.", defaultValue = "1",
                format = Knob.Format.PROBABILITY)
        double readRatio,
        @Knob(doc = "Which keys the requests name: {count, popularity: uniform or zipf, s}. Leave it out for"
                + " a single key 0.", optional = true)
        KeysConfig keys,
        @Knob(doc = "The request path or type, for load balancers that route by it (L7); empty for none.",
                defaultValue = "''")
        String route,
        @Knob(doc = "How many times a request that failed or timed out is sent again before the user"
                + " moves on; its latency counts from the first attempt.", defaultValue = "0", min = "0", max = "100")
        int retries,
        @Knob(doc = "The delay before each retry: {base, cap, jitter}.", defaultValue = "{}")
        BackoffConfig backoff,
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

    public ClosedLoopConfig {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(thinkTime, "thinkTime");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(backoff, "backoff");
        if (users < 1) {
            throw new IllegalArgumentException("users must be at least 1, got " + users);
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
        if (deadline != null && (deadline.isNegative() || deadline.isZero())) {
            throw new IllegalArgumentException("deadline must be positive, got " + deadline);
        }
    }

    ClientKnobs clientKnobs() {
        return new ClientKnobs(timeout.toNanos(), readRatio, keys, route, retries, backoff, 1,
                deadline == null ? 0 : deadline.toNanos(), cancel, requestSize, responseSize);
    }

    /** Unknown before the run: a closed loop's rate depends on its response times. */
    @Override
    public Flow offered(String workload) {
        return null;
    }

    @Override
    public String unknownRate() {
        return "a closed loop of " + users + " users sends as fast as responses and think time allow, which the run"
                + " decides";
    }
}
