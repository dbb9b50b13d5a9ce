package org.distsim.models.replication;

import org.distsim.core.kernel.Message;
import org.distsim.core.net.Payload;

/**
 * What the members of a leaderless database say to each other. Every message names its sender's
 * member number, so that any message from a peer also counts as a sign of life for the
 * {@link PeerMonitor}, as in gossip-based failure detectors.
 */
sealed interface LeaderlessMessage extends Message {

    /** The member (from 1) that sent the message. */
    int sender();

    /** Why a member is asked to apply a write. */
    enum Purpose {
        /** A client's write, sent by its coordinator to every replica; the coordinator counts the acks. */
        QUORUM,
        /** A read found the replica behind and writes the newest version back; nobody waits for it. */
        REPAIR,
        /** A write the sender kept for this member while it was unreachable, handed off now. */
        HANDOFF
    }

    /** "I am alive", sent every heartbeat interval to every peer. */
    record Heartbeat(int sender) implements LeaderlessMessage {
    }

    /** The coordinator of read {@code operation} asks for the replica's version of {@code key}. */
    record ReadVersion(int sender, long operation, long key) implements LeaderlessMessage {
    }

    /**
     * A replica's answer to {@link ReadVersion}: the stamp it holds ({@link ReplicaStore#NEVER_WRITTEN}
     * if none) and the size of that version, so that a read repair writes back the right bytes. The
     * reply itself weighs nothing on a link: the read's answer to its client weighs the database's
     * {@code response-size:}, and the replicas' replies are taken as digests, as Cassandra's are.
     */
    record VersionReply(int sender, long operation, long stamp, long sizeBytes) implements LeaderlessMessage {
    }

    /**
     * Apply the write of {@code key} with {@code stamp}; {@code operation} is the coordinator's (0 for
     * hand-offs); {@code committedAtNanos} is the write's true time, {@link #UNKNOWN_TIME} for repairs
     * and hand-offs, whose origin the sender does not know; {@code sizeBytes} is what the write
     * stores (its request's size, 0 when unsized), which it weighs on the links it crosses.
     */
    record ApplyWrite(int sender, long operation, long key, long stamp, Purpose purpose, long committedAtNanos,
            long sizeBytes) implements LeaderlessMessage, Payload {
    }

    /**
     * The write was applied (or was already superseded, which for last-writer-wins is the same);
     * {@code lostToOlder}: superseded by a write with a higher stamp made earlier in true time.
     */
    record WriteAck(int sender, long operation, long key, long stamp, Purpose purpose, boolean lostToOlder)
            implements LeaderlessMessage {
    }

    /** The true time of a write whose origin is not known (a repair, a hand-off). */
    long UNKNOWN_TIME = Long.MIN_VALUE;
}
