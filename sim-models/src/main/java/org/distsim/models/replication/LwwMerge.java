package org.distsim.models.replication;

import java.util.HashMap;
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
 *
 * <p>With skewed clocks ({@code clock-skew}) a stamp no longer orders writes in true time. When an
 * incoming write made earlier in true time replaces our own write, it is counted as a lost newer
 * write: the newer write was overwritten by an older one because of the clocks (whether or not
 * our writer had seen the older one: a skewed stamp is a clock reading, not a successor of the
 * version seen). Our own writes' true times are remembered for that, per key, newest only (looked
 * up, never iterated).
 */
final class LwwMerge {

    private final ReplicaStore store;
    private final int self;
    private final Counter conflicts;
    /** Null with perfect clocks, which never lose a newer write. */
    private final Counter lostNewerWrites;
    /** By key: the true commit time of the newest write this member made, while lost newer writes are counted. */
    private final HashMap<Long, Long> ownWrittenAt;

    LwwMerge(ReplicaStore store, int self, Counter conflicts, Counter lostNewerWrites) {
        this.store = store;
        this.self = self;
        this.conflicts = conflicts;
        this.lostNewerWrites = lostNewerWrites;
        this.ownWrittenAt = lostNewerWrites == null ? null : new HashMap<>();
    }

    /** A write of {@code key} this member made at true time {@code committedAtNanos} took effect here. */
    void wrote(long key, long committedAtNanos) {
        if (ownWrittenAt != null) {
            ownWrittenAt.put(key, committedAtNanos);
        }
    }

    /**
     * Applies a write of {@code key} with {@code stamp}, made at true time {@code committedAtNanos}
     * by a member whose version of the key was {@code previous} when it wrote.
     */
    void apply(long key, long stamp, long previous, long committedAtNanos) {
        long held = store.version(key);
        boolean ownHeld = stamp > held && held != ReplicaStore.NEVER_WRITTEN && Stamps.member(held) == self;
        if (ownHeld && held > previous) {
            conflicts.increment();
        }
        if (ownHeld && ownWrittenAt != null && committedAtNanos < ownWrittenAt.getOrDefault(key, Long.MIN_VALUE)) {
            lostNewerWrites.increment();
        }
        store.apply(key, stamp);
    }
}
