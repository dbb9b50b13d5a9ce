package org.distsim.models.replication;

/**
 * Failover by the rule of the textbook description (Kleppmann, DDIA ch. 5, "Handling node
 * outages"): when the leader has been silent for the failure timeout, the reachable member with
 * the most complete log (the newest last entry, then the longest log; ties to the lowest number)
 * takes over with the next term. Every follower that suspects the leader evaluates the rule on
 * what the heartbeats told it; only the member that finds itself best stands, so usually exactly
 * one does. When two do at once (their views differ by a heartbeat), the {@link Leadership} order
 * settles it the same way as soon as they hear each other.
 *
 * <p>With {@code partition: cp} a member stands only while it reaches a majority, so at most one
 * side of a partition can elect a leader. With {@code ap} any member may, and both sides of a
 * partition may then lead at once (split brain); their logs are reconciled when it heals.
 */
final class Election {

    private final int self;
    /** By member: the last entry reported in its heartbeats. */
    private final long[] lastEra;
    private final long[] lastIndex;

    Election(int self, int members) {
        this.self = self;
        this.lastEra = new long[members + 1];
        this.lastIndex = new long[members + 1];
    }

    /** A peer's heartbeat told where its log ends. */
    void position(int member, long era, long index) {
        lastEra[member] = era;
        lastIndex[member] = index;
    }

    /**
     * This member's claim to take over from the silent leader of {@code current}, or null when
     * another reachable member has a better log, or (cp) no majority is reachable.
     */
    Leadership candidacy(Leadership current, long myEra, long myIndex, PeerMonitor monitor, long nowNanos,
            boolean needMajority) {
        if (needMajority && !monitor.hasMajority(nowNanos)) {
            return null;
        }
        for (int member = 1; member < lastEra.length; member++) {
            if (member == self || member == current.leader() || !monitor.reachable(member, nowNanos)) {
                continue;
            }
            boolean better = lastEra[member] != myEra ? lastEra[member] > myEra
                    : lastIndex[member] != myIndex ? lastIndex[member] > myIndex : member < self;
            if (better) {
                return null;
            }
        }
        return current.next(self, myEra, myIndex);
    }
}
