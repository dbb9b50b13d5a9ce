package org.distsim.models.database;

import org.distsim.models.analytic.Flow;
import org.distsim.models.analytic.Forecastable;
import org.distsim.models.analytic.NodeForecast;
import org.distsim.models.analytic.Peers;
import org.distsim.models.analytic.ServiceTime;
import org.distsim.models.analytic.Stations;
import java.util.Objects;
import org.distsim.core.random.Distribution;
import org.distsim.models.format.Knob;
import org.distsim.models.format.SizeDistribution;

/**
 * A single-node key-value database: {@code workers} requests served at once from one FIFO queue,
 * with separate service-time distributions for reads and writes. It keeps, for every key, the
 * version of its latest committed write; that storage is durable, so a crash loses queued and
 * in-flight requests but never a committed write.
 *
 * @param workers       requests served at the same time, at least 1
 * @param queueCapacity requests that may wait, at least 0; null for an unbounded queue
 * @param readTime      time one worker needs for one read, in nanoseconds
 * @param writeTime     time one worker needs for one write, in nanoseconds
 * @param responseSize  what every read's answer weighs, in bytes (the object read); null to answer
 *                      with what the request asks for
 */
public record DatabaseConfig(
        @Knob(doc = "How many requests the database serves at the same time (connections or threads).",
                defaultValue = "8", min = "1", max = "100000")
        int workers,
        @Knob(doc = "How many requests may wait for a free worker; a request that arrives to a full queue is"
                + " rejected. Leave it out for an unbounded queue; 0 means no waiting room.",
                optional = true, min = "0", max = "100000000")
        Integer queueCapacity,
        @Knob(doc = "How long one worker takes to serve one read (an index lookup): a duration distribution, or"
                + " a duration for a constant.", defaultValue = "1ms")
        Distribution readTime,
        @Knob(doc = "How long one worker takes to serve one write, until it is committed and durable: a duration"
                + " distribution, or a duration for a constant.", defaultValue = "3ms")
        Distribution writeTime,
        @Knob(doc = "What each read's answer weighs on the wire (a 1MB image), drawn per read from the node's"
                + " stream response-size; it overrides the response-size: of the workload. Leave it out to answer"
                + " with what the request asks for.", optional = true)
        SizeDistribution responseSize) implements Forecastable {

    /** A database whose answers weigh what their requests ask for. */
    public DatabaseConfig(int workers, Integer queueCapacity, Distribution readTime, Distribution writeTime) {
        this(workers, queueCapacity, readTime, writeTime, null);
    }

    public DatabaseConfig {
        Objects.requireNonNull(readTime, "readTime");
        Objects.requireNonNull(writeTime, "writeTime");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        if (queueCapacity != null && queueCapacity < 0) {
            throw new IllegalArgumentException("queue-capacity must not be negative, got " + queueCapacity);
        }
    }

    /**
     * A station of {@code workers} sharing one FIFO queue; a request's service time is a read's
     * with the probability that it is a read, so its moments are the mix of both.
     */
    @Override
    public NodeForecast forecast(Flow offered, Peers peers) {
        return Stations.forecast(offered, workers, queueCapacity,
                ServiceTime.mix(offered.readFraction(), readTime, writeTime), java.util.List.of());
    }
}
