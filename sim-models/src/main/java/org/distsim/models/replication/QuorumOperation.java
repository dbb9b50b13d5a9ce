package org.distsim.models.replication;

import java.util.Arrays;
import org.distsim.core.kernel.ActorRef;

/**
 * One client read or write as its coordinator follows it: sent to all N replicas, answered after
 * {@code needed} replies, and kept until every replica replied or the request timeout passed, so
 * that late replies still count for read repair and missing acks for hinted handoff.
 *
 * <p>Mutable, owned by the coordinating member.
 */
final class QuorumOperation {

    /** What a member that has not replied holds in {@link #replies}. */
    private static final long NO_REPLY = -1;

    final ActorRef client;
    final long requestId;
    /** What the answer to the client weighs, in bytes, as its request asked. */
    long answerBytes;
    /** What a write stores, in bytes (its request's size; 0 for a read or an unsized write), kept in its hints. */
    long writeBytes;
    final boolean write;
    final long key;
    /** A write's stamp, chosen by the coordinator; 0 for a read. */
    final long stamp;
    /** Replies after which the client is answered: R or W, or fewer for a sloppy (AP) quorum. */
    final int needed;
    /** The timer that ends the wait, to cancel when every replica replied first. */
    long deadlineTimer;
    boolean answered;
    /** A replica reported this write lost to an older write with a higher stamp (skewed clocks); counted once. */
    boolean lostToOlder;
    private final long[] replies;
    private int replyCount;
    private long newest = ReplicaStore.NEVER_WRITTEN;
    private long newestBytes;

    QuorumOperation(ActorRef client, long requestId, boolean write, long key, long stamp, int needed, int members) {
        this.client = client;
        this.requestId = requestId;
        this.write = write;
        this.key = key;
        this.stamp = stamp;
        this.needed = needed;
        this.replies = new long[members + 1];
        Arrays.fill(replies, NO_REPLY);
    }

    /**
     * Member {@code member} replied: for a read, the stamp it holds and that version's size; for a
     * write, its ack (with the write's stamp, and 0 bytes). A second reply from the same member is
     * ignored.
     */
    void replied(int member, long heldStamp, long heldBytes) {
        if (replies[member] != NO_REPLY) {
            return;
        }
        replies[member] = heldStamp;
        replyCount++;
        if (heldStamp > newest) {
            newest = heldStamp;
            newestBytes = heldBytes;
        }
    }

    int replyCount() {
        return replyCount;
    }

    /** Whether every member replied, so nothing more can change. */
    boolean complete() {
        return replyCount == replies.length - 1;
    }

    boolean hasReplied(int member) {
        return replies[member] != NO_REPLY;
    }

    /** The stamp member {@code member} replied; only meaningful when it {@link #hasReplied replied}. */
    long reply(int member) {
        return replies[member];
    }

    /** The newest stamp any replica replied: what a read returns. */
    long newest() {
        return newest;
    }

    /** The size of the newest version any replica replied: what a read repair writes back. */
    long newestBytes() {
        return newestBytes;
    }
}
