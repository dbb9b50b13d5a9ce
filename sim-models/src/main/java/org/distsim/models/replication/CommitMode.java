package org.distsim.models.replication;

/** When a leader acknowledges a write to its client, in leader-follower replication. */
public enum CommitMode {
    /** After every follower applied it: no acknowledged write can be lost, writes wait for the slowest follower. */
    SYNC,
    /** After one follower applied it (MySQL semi-sync): a failover to that follower loses nothing. */
    SEMI_SYNC,
    /** At once, before any follower has it: fastest writes, stale follower reads, and a failover may lose them. */
    ASYNC
}
