package org.distsim.models.eventlog;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.distsim.models.format.ByteSize;
import org.distsim.models.format.Knob;
import org.distsim.models.queue.Partitioning;

/**
 * A partitioned, retained event log read by any number of consumer groups; see the package
 * documentation for the model.
 *
 * @param partitions        partitions of the log, at least 1
 * @param partitionBy       how a published message picks its partition
 * @param retention         how long a message is kept after it was published; null for ever
 * @param retentionMessages the most messages a partition keeps; null for no limit
 * @param retentionBytes    the most bytes of messages a partition keeps; null for no limit
 * @param groups            the consumer groups, each with independent offsets
 */
public record EventLogConfig(
        @Knob(doc = "How many partitions the log has; each is ordered, and each group reads each partition"
                + " with one member at a time.", defaultValue = "1", min = "1", max = "10000")
        int partitions,
        @Knob(doc = "How a message picks its partition: key (a hash of the request's key, so one key stays in"
                + " order) or round-robin.", defaultValue = "key")
        Partitioning partitionBy,
        @Knob(doc = "Retention by time: how long a message is kept after it was published (Kafka's"
                + " retention.ms). Leave it out to keep messages for ever.", optional = true, min = "0s",
                minExclusive = true)
        Duration retention,
        @Knob(doc = "Retention by count: the most messages one partition keeps; the oldest go first. Leave it"
                + " out for no limit.", optional = true, min = "1", max = "100000000")
        Integer retentionMessages,
        @Knob(doc = "Retention by size (Kafka's retention.bytes): the most bytes of messages one partition keeps,"
                + " each weighing its request-size; the oldest go first, and a message larger than the limit is"
                + " not kept at all. Leave it out for no limit.", optional = true)
        ByteSize retentionBytes,
        @Knob(doc = "The consumer groups: a list of {name: projector, consumers: [proj-1], batch-size: 100,"
                + " linger: 10ms, start-at: earliest, join-at: 60s}. Each group has its own offsets and lag.")
        List<GroupConfig> groups) {

    public EventLogConfig {
        Objects.requireNonNull(partitionBy, "partitionBy");
        groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("an event log needs at least one consumer group");
        }
        Set<String> names = new HashSet<>();
        for (GroupConfig group : groups) {
            if (!names.add(group.name())) {
                throw new IllegalArgumentException("two consumer groups are named \"" + group.name() + "\"");
            }
        }
        if (retentionBytes != null && retentionBytes.bytes() < 1) {
            throw new IllegalArgumentException("retention-bytes must be more than 0, got " + retentionBytes);
        }
        if (retentionMessages != null && retentionMessages < 1) {
            throw new IllegalArgumentException("retention-messages must be at least 1, got " + retentionMessages);
        }
    }
}
