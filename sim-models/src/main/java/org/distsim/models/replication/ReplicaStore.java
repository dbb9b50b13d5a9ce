package org.distsim.models.replication;

import java.util.HashMap;

/**
 * One member's copy of the data: for every key, the {@link Stamps stamp} of the newest write it
 * holds. Values are not modelled; a stamp stands for the value a write left behind. Applying a
 * write keeps the newer stamp (last writer wins), so replicas that received the same writes in any
 * order converge.
 *
 * <p>Durable: a member's crash does not lose it. Only looked up, never iterated, so hash order
 * cannot affect a run.
 */
public final class ReplicaStore {

    /** The version of a key never written. */
    public static final long NEVER_WRITTEN = 0;

    private final HashMap<Long, Long> stamps = new HashMap<>();

    /** The stamp of the newest write of {@code key} held here, or {@link #NEVER_WRITTEN}. */
    public long version(long key) {
        return stamps.getOrDefault(key, NEVER_WRITTEN);
    }

    /**
     * Applies a write of {@code key} with {@code stamp}; the newer stamp wins.
     *
     * @return true when the write was newer than what this member held and so took effect
     */
    public boolean apply(long key, long stamp) {
        long held = version(key);
        if (stamp <= held) {
            return false;
        }
        stamps.put(key, stamp);
        return true;
    }

    /** How many keys hold a write. */
    public int size() {
        return stamps.size();
    }

    /**
     * Takes back a write that a new leader never received (leader-follower, cp): if the key still
     * holds {@code stamp}, it returns to {@code previous}, the stamp the write replaced. Undoing a
     * log's entries newest first restores the store as it was before them.
     */
    public void undo(long key, long stamp, long previous) {
        if (version(key) != stamp) {
            return;
        }
        if (previous == NEVER_WRITTEN) {
            stamps.remove(key);
        } else {
            stamps.put(key, previous);
        }
    }
}
