package org.distsim.models.replication;

/** Which member serves a read that arrives at the database's front (leader-follower replication). */
public enum ReadFrom {
    /** The leader: reads see every acknowledged write, and the leader carries all the load. */
    LEADER,
    /** A follower, chosen at random: read load spreads, reads may be stale by the replication lag. */
    FOLLOWERS,
    /** The member the request reaches first (from the front: any member at random, the leader included). */
    NEAREST
}
