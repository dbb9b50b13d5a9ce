package org.distsim.models.queue;

/** How a partitioned log picks the partition of a published message. */
public enum Partitioning {
    /** By a hash of the message's key, so that one key's messages stay in one partition, in order. */
    KEY,
    /** Partitions in turn, for messages without a meaningful key (Kafka's null-key producer). */
    ROUND_ROBIN
}
