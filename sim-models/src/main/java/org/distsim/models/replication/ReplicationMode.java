package org.distsim.models.replication;

/** How the members of a replicated database share writes. */
public enum ReplicationMode {
    /** One leader takes every write and ships it to the followers (single-leader replication). */
    LEADER_FOLLOWER,
    /** Every member takes writes and ships them to the others; concurrent writes conflict (last writer wins). */
    MULTI_LEADER,
    /** No leader: a coordinator sends each write to all N members and each read to them too, waiting for W or R answers. */
    LEADERLESS
}
