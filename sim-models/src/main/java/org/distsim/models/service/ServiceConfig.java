package org.distsim.models.service;

import java.util.Objects;
import org.distsim.core.random.Distribution;
import org.distsim.models.scenario.Knob;

/**
 * A service: {@code c} workers sharing one FIFO queue. A request that finds a free worker is
 * served at once; otherwise it waits in the queue, or is rejected when the queue is full. With
 * exponential service times and Poisson arrivals this is the M/M/c queue of the textbooks (M/M/c/K
 * with a bounded queue, the Erlang loss system M/M/c/c with {@code queue-capacity: 0}).
 *
 * @param workers        requests served at the same time, at least 1
 * @param queueCapacity  requests that may wait, at least 0; null for an unbounded queue
 * @param serviceTime    time one worker needs for one request at speed 1, in nanoseconds
 * @param speed          service times are divided by it; &gt; 0
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
        double speed) {

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
    }
}
