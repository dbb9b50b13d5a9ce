package org.distsim.models.replication;

/**
 * How the database's front keeps a client's reads consistent with its own writes when reads go to
 * followers (Kleppmann, DDIA ch. 5, "Reading Your Own Writes" and "Monotonic Reads").
 */
public enum ReadYourWrites {
    /** No guarantee: a read goes wherever {@code read-from} sends it. */
    NONE,
    /**
     * A read of a key the same client wrote within {@code read-your-writes-window} goes to the
     * leader, which has every acknowledged write: read-your-writes, at the cost of leader reads.
     */
    LEADER_AFTER_WRITE,
    /**
     * Each client always reads from the same member, chosen by hashing its name: its reads never go
     * back in time (monotonic reads) while that member lives, but a lagging member still misses the
     * client's own latest writes, so this does not give read-your-writes.
     */
    STICKY
}
