package org.distsim.models.queue;

/** Who receives a published message. */
public enum QueueMode {
    /** Competing consumers: each message goes to exactly one consumer, whichever has a free slot. */
    POINT_TO_POINT,
    /** Every consumer is a subscriber with its own copy of every message and its own backlog. */
    PUB_SUB,
    /**
     * A log split into partitions, each read by exactly one consumer of the group in offset order;
     * consumers beyond the partition count sit idle.
     */
    PARTITIONED_LOG
}
