package org.distsim.models.replication;

import java.time.Duration;
import java.util.Objects;
import org.distsim.core.random.Distribution;
import org.distsim.models.format.Knob;

/**
 * A key-value database replicated on {@code replicas} members, each an actor of its own named
 * {@code <node>-1 .. <node>-n}, each a station like the single-node {@code database}. Clients
 * target the node itself (its front, which routes) or one member directly (a client "near" it).
 *
 * @param replicas           number of members (N)
 * @param replication        leader-follower, multi-leader or leaderless
 * @param commit             leader-follower: when the leader acknowledges a write
 * @param readFrom           leader-follower: which member the front sends reads to
 * @param partition          cp refuses what cannot reach the leader/quorum; ap answers from any reachable replica
 * @param readQuorum         leaderless: R, replies a read waits for; null for a majority
 * @param writeQuorum        leaderless: W, acknowledgements a write waits for; null for a majority
 * @param readRepair         leaderless: a read that sees an older version on some replica writes the newest back
 * @param replicationDelay   extra time a write takes to reach another member, on top of the network delay
 * @param workers            requests each member serves at once
 * @param queueCapacity      requests that may wait at each member; null for unbounded
 * @param readTime           service time of one read at a member
 * @param writeTime          service time of one write at a member (the leader's, or each replica's apply)
 * @param heartbeatInterval  how often members tell each other they are alive
 * @param failureTimeout     silence after which a member counts a peer as unreachable (and followers elect a new leader)
 * @param failover           leader-follower: elect a new leader when the leader is unreachable
 * @param requestTimeout     how long a member waits for the leader or for replicas before answering unavailable
 * @param readYourWrites     leader-follower: how the front keeps a client's reads consistent with its own writes
 * @param readYourWritesWindow leader-after-write: how long after a client's write of a key its reads of it go to the leader
 * @param maxLag             leader-follower: the front sends no read to a follower reporting more lag than this; null for no limit
 * @param driverRetries      how many times the front retries a failed or unanswered request on another member
 * @param suspectAfter       the front's own failure timeout for routing; null for failure-timeout
 * @param applyOrder         leader-follower and multi-leader: shipped writes visible in log order or each on its own
 * @param clockSkew          the members' clock offsets and drift, used by last-writer-wins stamps; null for perfect clocks
 */
public record ReplicatedDatabaseConfig(
        @Knob(doc = "How many members (N) hold a copy of every key; they are named <node>-1 .. <node>-N and can"
                + " be named in targets, faults and partitions.", defaultValue = "3", min = "1", max = "64")
        int replicas,
        @Knob(doc = "leader-follower: one leader takes writes and ships them to followers; multi-leader: every"
                + " member takes writes, concurrent writes conflict and the last writer wins; leaderless: Dynamo-style"
                + " quorums of R reads and W writes out of N.", defaultValue = "leader-follower")
        ReplicationMode replication,
        @Knob(doc = "Leader-follower: when the leader acknowledges a write. sync: after every follower applied it;"
                + " semi-sync: after one follower; async: at once.", defaultValue = "async")
        CommitMode commit,
        @Knob(doc = "Leader-follower: which member serves reads sent to the node. leader; followers (a random"
                + " follower); nearest (a random member, the leader included).", defaultValue = "leader")
        ReadFrom readFrom,
        @Knob(doc = "Under a partition, cp refuses (unavailable) what cannot reach the leader or a quorum, and never"
                + " serves a stale read on that account; ap answers from any reachable member, possibly stale, and"
                + " reconciles after the heal (last writer wins).", defaultValue = "cp")
        PartitionBehaviour partition,
        @Knob(doc = "Leaderless: R, the replies a read waits for; leave it out for a majority (N/2 + 1).",
                optional = true, min = "1", max = "64")
        Integer readQuorum,
        @Knob(doc = "Leaderless: W, the acknowledgements a write waits for; leave it out for a majority (N/2 + 1).",
                optional = true, min = "1", max = "64")
        Integer writeQuorum,
        @Knob(doc = "Leaderless: when a read sees an older version on some replica, write the newest back to it.",
                defaultValue = "true")
        boolean readRepair,
        @Knob(doc = "Extra time a write takes to reach another member, on top of the network delay: a duration"
                + " distribution, or a duration for a constant. Leader-follower and multi-leader spend it at the writer"
                + " before shipping (batching, a busy replication thread), so a crash loses the writes not yet shipped.",
                defaultValue = "0s")
        Distribution replicationDelay,
        @Knob(doc = "How many requests each member serves at the same time.", defaultValue = "8", min = "1",
                max = "100000")
        int workers,
        @Knob(doc = "How many requests may wait at each member; leave it out for an unbounded queue.",
                optional = true, min = "0", max = "100000000")
        Integer queueCapacity,
        @Knob(doc = "How long one read takes at a member.", defaultValue = "1ms")
        Distribution readTime,
        @Knob(doc = "How long one write takes at a member (the leader's commit, or a replica applying it).",
                defaultValue = "3ms")
        Distribution writeTime,
        @Knob(doc = "How often each member sends a heartbeat to every other member.", defaultValue = "100ms",
                min = "0s", minExclusive = true)
        Duration heartbeatInterval,
        @Knob(doc = "A peer not heard from for this long counts as unreachable; a leader unreachable this long"
                + " is replaced when failover is on.", defaultValue = "500ms", min = "0s", minExclusive = true)
        Duration failureTimeout,
        @Knob(doc = "Leader-follower: elect a new leader (the reachable member with the most writes applied) when"
                + " the leader is unreachable.", defaultValue = "true")
        boolean failover,
        @Knob(doc = "How long a member waits for the leader or for replicas before answering unavailable.",
                defaultValue = "1s", min = "0s", minExclusive = true)
        Duration requestTimeout,
        @Knob(doc = "Leader-follower, reads through the front: none; leader-after-write: a read of a key the same"
                + " client wrote within read-your-writes-window goes to the leader (read-your-writes); sticky: each"
                + " client always reads from the same member, chosen by hashing its name (monotonic reads, not"
                + " read-your-writes).", defaultValue = "none")
        ReadYourWrites readYourWrites,
        @Knob(doc = "leader-after-write: how long after a client's write of a key its reads of that key go to the"
                + " leader; at least the replication lag you expect.", defaultValue = "1s", min = "0s",
                minExclusive = true)
        Duration readYourWritesWindow,
        @Knob(doc = "Leader-follower, reads through the front: a follower whose last heartbeat reported more"
                + " replication lag than this gets no reads (as ProxySQL's max_replication_lag); when every follower"
                + " lags or catches up, reads go to the leader. Leave it out for no limit.", optional = true,
                min = "0s", minExclusive = true)
        Duration maxLag,
        @Knob(doc = "How many times the front tries another member when one refuses a request (unavailable,"
                + " rejected) or does not answer within request-timeout, as a database driver retries on another"
                + " host. Leader-follower writes are retried only when the front meanwhile heard of a new leader.",
                defaultValue = "0", min = "0", max = "10")
        int driverRetries,
        @Knob(doc = "The front stops routing to a member it has not heard from (heartbeats, answers) for this"
                + " long; every member then sends its heartbeats to the front too. Shorter than failure-timeout, it"
                + " notices a crash sooner: a wrong suspicion only moves reads elsewhere. Leave it out for"
                + " failure-timeout.", optional = true, min = "0s", minExclusive = true)
        Duration suspectAfter,
        @Knob(doc = "Leader-follower and multi-leader: in-order makes shipped writes visible in the writer's order,"
                + " so a write waits for every earlier one and lag is the running maximum of the delays;"
                + " independent makes each visible when its own delay and apply are over (leaderless always does).",
                defaultValue = "in-order")
        ApplyOrder applyOrder,
        @Knob(doc = "Imperfect member clocks for last-writer-wins stamps: {offset: a distribution drawn per member,"
                + " offsets: [fixed offset by member number], drift: largest drift in ppm}. Leave it out for perfect"
                + " clocks.", optional = true)
        ClockSkewConfig clockSkew) {

    public ReplicatedDatabaseConfig {
        Objects.requireNonNull(replication, "replication");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(readFrom, "readFrom");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(replicationDelay, "replicationDelay");
        Objects.requireNonNull(readTime, "readTime");
        Objects.requireNonNull(writeTime, "writeTime");
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        Objects.requireNonNull(failureTimeout, "failureTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(readYourWrites, "readYourWrites");
        Objects.requireNonNull(readYourWritesWindow, "readYourWritesWindow");
        Objects.requireNonNull(applyOrder, "applyOrder");
        if (replicas < 1) {
            throw new IllegalArgumentException("replicas must be at least 1, got " + replicas);
        }
        if (clockSkew != null && clockSkew.offsets() != null && clockSkew.offsets().size() > replicas) {
            throw new IllegalArgumentException("clock-skew.offsets has " + clockSkew.offsets().size()
                    + " entries, but there are only " + replicas + " replicas");
        }
        if (readQuorum != null && readQuorum > replicas) {
            throw new IllegalArgumentException("read-quorum " + readQuorum + " exceeds replicas " + replicas);
        }
        if (writeQuorum != null && writeQuorum > replicas) {
            throw new IllegalArgumentException("write-quorum " + writeQuorum + " exceeds replicas " + replicas);
        }
    }

    /** How long the front waits without hearing from a member before it stops routing to it, in nanoseconds. */
    public long suspectAfterNanos() {
        return (suspectAfter != null ? suspectAfter : failureTimeout).toNanos();
    }

    /** R: the configured read quorum, or a majority. */
    public int effectiveReadQuorum() {
        return readQuorum != null ? readQuorum : replicas / 2 + 1;
    }

    /** W: the configured write quorum, or a majority. */
    public int effectiveWriteQuorum() {
        return writeQuorum != null ? writeQuorum : replicas / 2 + 1;
    }
}
