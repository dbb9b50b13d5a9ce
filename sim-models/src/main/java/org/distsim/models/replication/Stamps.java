package org.distsim.models.replication;

/**
 * Versions of a replicated database are last-writer-wins stamps: the simulated time of the write
 * in the high bits and the writing member's number in the low {@value #MEMBER_BITS}, so that two
 * members never make the same version and a later write has a higher one. Clients compare
 * versions to find stale reads, so a write lost in a failover and a newer write made after it can
 * never be mistaken for each other (as they could be with per-key counters restarting at the new
 * leader's count).
 *
 * <p>With perfect clocks (the default) "last writer" really is the last. With {@code clock-skew}
 * the time in a stamp is the writer's {@link MemberClock} reading, and a later write may carry a
 * lower stamp.
 */
public final class Stamps {

    static final int MEMBER_BITS = 8;

    private Stamps() {
    }

    /**
     * The stamp of a write made now by {@code member}, strictly above {@code previous} (the newest
     * stamp this member has made or seen for the key), so one member's writes of a key are ordered
     * even within one nanosecond.
     */
    public static long next(long nowNanos, int member, long previous) {
        if (member < 0 || member >= (1 << MEMBER_BITS)) {
            throw new IllegalArgumentException("member number out of range: " + member);
        }
        long stamp = (nowNanos << MEMBER_BITS) | member;
        if (stamp > previous) {
            return stamp;
        }
        long base = (previous >>> MEMBER_BITS) + 1;
        return (base << MEMBER_BITS) | member;
    }

    /** The member that made a stamp. */
    public static int member(long stamp) {
        return (int) (stamp & ((1 << MEMBER_BITS) - 1));
    }
}
