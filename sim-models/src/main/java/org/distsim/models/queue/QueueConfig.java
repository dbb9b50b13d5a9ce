package org.distsim.models.queue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.distsim.models.format.Knob;

/**
 * A message queue or log between producers and consumers; see the package documentation for the
 * model.
 *
 * @param mode            point-to-point, pub-sub or partitioned-log
 * @param consumers       the consumer nodes, in order; for partitioned-log, partition p goes to
 *                        consumer p mod n
 * @param partitions      partitions of the log, at least 1; only partitioned-log reads more than 1
 * @param partitionBy     how a published message picks its partition
 * @param prefetch        messages delivered to one consumer and not yet acknowledged, at most
 * @param capacity        messages held (not yet acknowledged) before publishes are refused; null
 *                        for no limit
 * @param ackTimeout      how long a delivery waits for the consumer's acknowledgement
 * @param redeliveryDelay how long a consumer's slot stays closed after a failed delivery
 */
public record QueueConfig(
        @Knob(doc = "Who receives a message: point-to-point (competing consumers, each message to exactly one),"
                + " pub-sub (every consumer is a subscriber and gets every message) or partitioned-log"
                + " (a log of partitions, each read by one consumer of the group, in order).",
                defaultValue = "point-to-point")
        QueueMode mode,
        @Knob(doc = "The consumer nodes, such as [worker-1, worker-2]: ordinary services (their service time is"
                + " the processing time) that acknowledge a message by answering it successfully.",
                format = Knob.Format.NODE_REF)
        List<String> consumers,
        @Knob(doc = "How many partitions the log has (partitioned-log only). Partition p is assigned to"
                + " consumer p mod n; with more consumers than partitions the extra ones receive nothing.",
                defaultValue = "1", min = "1", max = "10000")
        int partitions,
        @Knob(doc = "How a message picks its partition (partitioned-log only): key (a hash of the request's"
                + " key, so one key stays in order in one partition) or round-robin (partitions in turn).",
                defaultValue = "key")
        Partitioning partitionBy,
        @Knob(doc = "How many messages one consumer may hold delivered but not yet acknowledged (RabbitMQ's"
                + " prefetch count). Set it above the consumer's workers to keep them busy across the network"
                + " round trip. A log partition has at most one message in flight, whatever this is.",
                defaultValue = "1", min = "1", max = "100000")
        int prefetch,
        @Knob(doc = "How many messages the queue holds (published and not yet acknowledged) before it refuses"
                + " publishes with queue-full: backpressure on the producers. For pub-sub, the limit of each"
                + " subscription, so the slowest subscriber throttles the producers. Leave it out for no limit.",
                optional = true, min = "1", max = "100000000")
        Integer capacity,
        @Knob(doc = "How long a delivery waits for the consumer's acknowledgement (SQS's visibility timeout)."
                + " When it runs out the message is delivered again and counted as a possible duplicate: the"
                + " consumer may have processed it.", defaultValue = "30s", min = "0s", minExclusive = true)
        Duration ackTimeout,
        @Knob(doc = "After a delivery fails or times out, how long that consumer's slot stays closed before it"
                + " takes another message; the message itself goes back to the head of the queue at once.",
                defaultValue = "100ms", min = "0s", minExclusive = true)
        Duration redeliveryDelay) {

    public QueueConfig {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(partitionBy, "partitionBy");
        Objects.requireNonNull(ackTimeout, "ackTimeout");
        Objects.requireNonNull(redeliveryDelay, "redeliveryDelay");
        consumers = List.copyOf(Objects.requireNonNull(consumers, "consumers"));
        if (consumers.isEmpty()) {
            throw new IllegalArgumentException("consumers must name at least one node");
        }
        Set<String> seen = new HashSet<>();
        for (String consumer : consumers) {
            if (!seen.add(consumer)) {
                throw new IllegalArgumentException("consumers lists \"" + consumer + "\" twice");
            }
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
        if (partitions != 1 && mode != QueueMode.PARTITIONED_LOG) {
            throw new IllegalArgumentException("partitions is read only by mode partitioned-log");
        }
        if (prefetch < 1) {
            throw new IllegalArgumentException("prefetch must be at least 1, got " + prefetch);
        }
        if (capacity != null && capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
    }
}
