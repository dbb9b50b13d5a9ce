package org.distsim.models.replication;

import org.distsim.core.kernel.Message;
import org.distsim.core.net.Payload;

/** What the members of a replicated database (and its front) tell each other. */
sealed interface PeerMessage extends Message {

    /**
     * Sent by every member to every other member and to the front every heartbeat interval: "I am
     * alive, this is the leader I follow, and this is how far I got".
     *
     * @param member        the sender's number
     * @param claim         the leadership the sender follows (leader-follower; null otherwise)
     * @param lastEra       the era of the sender's last log entry
     * @param lastIndex     the sender's log length
     * @param settled       from a leader: the index up to which every member holds its log (they
     *                      may compact up to there); 0 from others
     * @param originApplied for each member number, how many of that member's own writes the sender
     *                      has applied (multi-leader and ap; null when none are shipped)
     * @param readable      whether the sender would serve a read from its own copy now (a cp follower
     *                      does not while it cannot reach its leader or is catching up)
     * @param lagNanos      how far the sender's copy is behind its leader's log, as MySQL's
     *                      Seconds_Behind_Source: the age of the last entry it applied while its log is
     *                      shorter than the leader's, else 0 (leader-follower; 0 otherwise)
     */
    record Heartbeat(int member, Leadership claim, long lastEra, long lastIndex, long settled, long[] originApplied,
            boolean readable, long lagNanos) implements PeerMessage {
    }

    /** A leader ships one log entry; {@code previousEra} is the era of the entry before it in the leader's log. */
    record Replicate(long era, long previousEra, LogEntry entry) implements PeerMessage, Payload {

        /** A replicated write weighs what it stored, so replication fills a link with a bandwidth. */
        @Override
        public long sizeBytes() {
            return entry.sizeBytes();
        }
    }

    /**
     * A follower's position in the log of the leader of {@code era}, after each entry it applies
     * and when it starts to follow: (lastEra, lastIndex) is its last entry. With
     * {@code resend} it asks for everything after it at once.
     */
    record Position(int member, long era, long lastEra, long lastIndex, boolean resend) implements PeerMessage {
    }

    /**
     * The leader of {@code era} tells a follower that its log has entries the leader's does not:
     * keep entries up to {@code keep}, or when it is -1 drop the whole last era and report again.
     */
    record Rewind(long era, long keep) implements PeerMessage {
    }

    /** A member ships one of its own writes (multi-leader, or a leader-follower member in ap mode cut off from its leader). */
    record Ship(int origin, OriginWrite write) implements PeerMessage, Payload {

        /** A shipped write weighs what it stored, so shipping fills a link with a bandwidth. */
        @Override
        public long sizeBytes() {
            return write.sizeBytes();
        }
    }

    /**
     * A write a member made itself, outside any leader's log.
     *
     * @param sequence         its number among the writes of its origin, from 1
     * @param previous         the origin's version of the key before it (for conflict counting)
     * @param committedAtNanos when the origin committed it
     * @param sizeBytes        what the write stores, in bytes (its request's size); 0 when unsized
     */
    record OriginWrite(long sequence, long key, long stamp, long previous, long committedAtNanos, long sizeBytes) {
    }
}
