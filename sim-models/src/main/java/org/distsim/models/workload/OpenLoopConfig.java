package org.distsim.models.workload;

import java.time.Duration;
import java.util.Objects;
import org.distsim.models.scenario.Knob;
import org.distsim.models.scenario.Rate;

/**
 * An open-loop workload: requests are sent to one node at a given rate, whether or not earlier
 * requests have been answered, as independent users on the internet do. Latency is measured from
 * the time each request was due, so a slow system cannot hide its queueing (no coordinated
 * omission).
 *
 * @param target    the node that receives the requests
 * @param arrivals  how requests are spaced in time
 * @param rate      requests per second, &gt; 0
 * @param timeout   how long a request may wait for its response, &gt; 0
 */
public record OpenLoopConfig(
        @Knob(doc = "The node that receives the requests.", format = Knob.Format.NODE_REF)
        String target,
        @Knob(doc = "How requests are spaced in time: poisson (random, exponential gaps; the M of M/M/c)"
                + " or constant (evenly spaced).", defaultValue = "poisson")
        Arrivals arrivals,
        @Knob(doc = "How many requests are sent per unit of time on average, independent of how fast"
                + " responses come back.", min = "0/s", minExclusive = true)
        Rate rate,
        @Knob(doc = "How long a request waits for its response before it counts as timed out; its outcome"
                + " is then unknown (it may still be served).", defaultValue = "10s", min = "0s", minExclusive = true)
        Duration timeout) {

    public OpenLoopConfig {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(arrivals, "arrivals");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(timeout, "timeout");
        if (!(rate.perSecond() > 0)) {
            throw new IllegalArgumentException("rate must be above 0/s, got " + rate);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }
}
