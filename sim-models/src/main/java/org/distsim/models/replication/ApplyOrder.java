package org.distsim.models.replication;

/**
 * In which order a member makes shipped writes visible (leader-follower and multi-leader; a
 * leaderless replica always applies each write on its own).
 */
public enum ApplyOrder {
    /**
     * In the writer's order, as MySQL's applier with {@code replica_preserve_commit_order}: a write
     * whose replication delay ended early waits for every earlier write, so a member's lag is the
     * running maximum of the delays.
     */
    IN_ORDER,
    /**
     * Each write as soon as its own delay and apply are over, as a parallel applier that does not
     * preserve commit order: the lag is the write's own delay, but a reader may see a later write
     * before an earlier one of another key.
     */
    INDEPENDENT
}
