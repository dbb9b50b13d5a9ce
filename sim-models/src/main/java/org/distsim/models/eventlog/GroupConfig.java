package org.distsim.models.eventlog;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.distsim.models.format.Knob;

/**
 * One consumer group of an event log: its members, how they are fed and where it starts.
 *
 * @param name       the group's name, kebab-case; the qualifier of its figures ({@code lag.<name>})
 * @param consumers  the member nodes, in order; partition p goes to the p mod n-th live member
 * @param batchSize  the most messages of one partition delivered together
 * @param linger     how long a partition waits for a full batch after its first unread message arrived
 * @param startAt    earliest (replay the retained history) or latest
 * @param joinAt     when the group starts reading, simulated time from the start of the run
 * @param ackTimeout how long a batch waits for its acknowledgements before the member counts as gone
 */
public record GroupConfig(
        @Knob(doc = "The group's name (kebab-case), which names its figures: lag.<name>, consumed.<name>.")
        String name,
        @Knob(doc = "The group's members, such as [projector-1, projector-2]: ordinary nodes that acknowledge a"
                + " message by answering it successfully. Partition p goes to the (p mod n)-th member still alive.",
                format = Knob.Format.NODE_REF)
        List<String> consumers,
        @Knob(doc = "The most messages of one partition delivered to a member together (Kafka's"
                + " max.poll.records); the group commits the batch's end offset when every message is acknowledged.",
                defaultValue = "1", min = "1", max = "100000")
        int batchSize,
        @Knob(doc = "How long a partition waits for a full batch after its first unread message was published"
                + " (Kafka's fetch.max.wait.ms); 0s delivers at once.", defaultValue = "0s", min = "0s")
        Duration linger,
        @Knob(doc = "Where the group starts reading when it joins: earliest (the oldest retained message: it"
                + " replays the history) or latest (only what is published from then on).", defaultValue = "latest")
        StartAt startAt,
        @Knob(doc = "When the group joins the log, from the start of the run: a group that joins late with"
                + " start-at: earliest replays what the log retained.", defaultValue = "0s", min = "0s")
        Duration joinAt,
        @Knob(doc = "How long a delivered batch waits for every acknowledgement. When it runs out the member"
                + " counts as gone: its partitions are rebalanced to the live members, and the batch is delivered"
                + " again (possible duplicates).", defaultValue = "10s", min = "0s", minExclusive = true)
        Duration ackTimeout) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public GroupConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(linger, "linger");
        Objects.requireNonNull(startAt, "startAt");
        Objects.requireNonNull(joinAt, "joinAt");
        Objects.requireNonNull(ackTimeout, "ackTimeout");
        consumers = List.copyOf(Objects.requireNonNull(consumers, "consumers"));
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a group's name is kebab-case (projector, analytics-v2), got \""
                    + name + "\"");
        }
        if (consumers.isEmpty()) {
            throw new IllegalArgumentException("group " + name + " needs at least one consumer");
        }
        Set<String> seen = new HashSet<>();
        for (String consumer : consumers) {
            if (!seen.add(consumer)) {
                throw new IllegalArgumentException("group " + name + " lists \"" + consumer + "\" twice");
            }
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch-size must be at least 1, got " + batchSize);
        }
    }
}
