package org.distsim.models.replication;

/**
 * A claim to lead, as members announce it in their heartbeats: member {@code leader} leads in
 * {@code term}, having taken over with its log at {@code baseIndex} (entries of era
 * {@code baseEra} last). Every member follows the best claim it has heard: a higher term wins;
 * two claims of one term (two members elected themselves at once, each with a stale view of the
 * other) are settled by the longer log, then by the lower member number, as the election rule
 * would have settled them with full information.
 *
 * <p>The claim's {@link #era()} tags the log entries its leader writes. It is unique to one leader
 * in one term, so an entry is identified by (era, index), and two logs that hold the same entry at
 * an index agree on everything before it (the log matching property of Raft).
 */
record Leadership(long term, int leader, long baseEra, long baseIndex) implements Comparable<Leadership> {

    /** Member 1 leads in term 1 from the start, with an empty log. */
    static Leadership initial() {
        return new Leadership(1, 1, 0, 0);
    }

    /** The tag of this leader's log entries: the term in the high bits, the leader below. */
    long era() {
        return (term << Stamps.MEMBER_BITS) | leader;
    }

    /** The claim of {@code member} taking over after this one, with its log at (lastEra, lastIndex). */
    Leadership next(int member, long lastEra, long lastIndex) {
        return new Leadership(term + 1, member, lastEra, lastIndex);
    }

    @Override
    public int compareTo(Leadership other) {
        int byTerm = Long.compare(term, other.term);
        if (byTerm != 0) {
            return byTerm;
        }
        int byEra = Long.compare(baseEra, other.baseEra);
        if (byEra != 0) {
            return byEra;
        }
        int byIndex = Long.compare(baseIndex, other.baseIndex);
        if (byIndex != 0) {
            return byIndex;
        }
        return Integer.compare(other.leader, leader);
    }
}
