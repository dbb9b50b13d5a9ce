package org.distsim.models.replication;

import org.distsim.core.metrics.Counter;

/**
 * Applies writes that arrive from other members to this member's store by last writer wins, and
 * counts the conflicts in which this member's own acknowledged write lost.
 *
 * <p>A conflict is counted once, at the member that made the losing write, when the winner
 * arrives: an incoming write with a higher stamp replaces a write this member made, and the
 * incoming write's origin had not seen that write when it made its own (its previous stamp for the
 * key, carried in the message, is older). A later write by someone who had seen ours replaces it
 * too, but that is an ordinary overwrite, not a conflict. When the incoming write is the loser it
 * is discarded here and counted at its own origin, when ours arrives there.
 */
final class LwwMerge {

    private final ReplicaStore store;
    private final int self;
    private final Counter conflicts;

    LwwMerge(ReplicaStore store, int self, Counter conflicts) {
        this.store = store;
        this.self = self;
        this.conflicts = conflicts;
    }

    /**
     * Applies a write of {@code key} with {@code stamp}, made by a member whose version of the key
     * was {@code previous} when it wrote.
     */
    void apply(long key, long stamp, long previous) {
        long held = store.version(key);
        if (stamp > held && held != ReplicaStore.NEVER_WRITTEN && Stamps.member(held) == self && held > previous) {
            conflicts.increment();
        }
        store.apply(key, stamp);
    }
}
