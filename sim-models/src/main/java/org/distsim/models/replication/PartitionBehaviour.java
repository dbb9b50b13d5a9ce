package org.distsim.models.replication;

/** What a member does when it cannot reach the leader or a quorum: the C or the A of CAP. */
public enum PartitionBehaviour {
    /** Consistent: refuse (fail with {@code unavailable}) rather than answer from a possibly stale replica. */
    CP,
    /** Available: answer from whatever replica is reachable, possibly stale, and reconcile after the heal. */
    AP
}
