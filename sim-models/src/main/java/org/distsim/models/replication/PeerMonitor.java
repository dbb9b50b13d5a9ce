package org.distsim.models.replication;

import java.util.Arrays;

/**
 * A heartbeat failure detector, as each member of a replicated database runs one: a peer counts
 * as reachable while it was heard from within the failure timeout. It cannot tell a crashed peer
 * from a partitioned one or a slow one, and neither can real systems; that is the point of the
 * CAP lesson. Members count themselves as always reachable.
 *
 * <p>Members are numbered from 1, as their actor names are.
 */
public final class PeerMonitor {

    private final int self;
    private final long failureTimeoutNanos;
    private final long[] lastHeard;

    /**
     * @param self                this member's number
     * @param members             how many members the group has
     * @param failureTimeoutNanos silence after which a peer counts as unreachable
     * @param nowNanos            the start: every peer counts as heard from now, so nobody is
     *                            suspected before the first heartbeats can arrive
     */
    public PeerMonitor(int self, int members, long failureTimeoutNanos, long nowNanos) {
        if (self < 1 || self > members || failureTimeoutNanos <= 0) {
            throw new IllegalArgumentException("member " + self + " of " + members + ", timeout " + failureTimeoutNanos);
        }
        this.self = self;
        this.failureTimeoutNanos = failureTimeoutNanos;
        this.lastHeard = new long[members + 1];
        Arrays.fill(lastHeard, nowNanos);
    }

    /** A message from {@code member} arrived now. */
    public void heard(int member, long nowNanos) {
        lastHeard[member] = Math.max(lastHeard[member], nowNanos);
    }

    /** Whether {@code member} was heard from within the failure timeout (always true for this member). */
    public boolean reachable(int member, long nowNanos) {
        return member == self || nowNanos - lastHeard[member] <= failureTimeoutNanos;
    }

    /** How many members, this one included, are reachable now. */
    public int reachableCount(long nowNanos) {
        int count = 0;
        for (int member = 1; member < lastHeard.length; member++) {
            if (reachable(member, nowNanos)) {
                count++;
            }
        }
        return count;
    }

    /** Whether a strict majority of the group, this member included, is reachable now. */
    public boolean hasMajority(long nowNanos) {
        return reachableCount(nowNanos) > (lastHeard.length - 1) / 2;
    }

    /** After a restart nothing was heard for a while; count every peer as heard now, as at the start. */
    public void reset(long nowNanos) {
        Arrays.fill(lastHeard, nowNanos);
    }
}
