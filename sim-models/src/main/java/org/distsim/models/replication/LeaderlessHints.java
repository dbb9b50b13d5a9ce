package org.distsim.models.replication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hinted handoff (Dynamo, DeCandia et al. 2007, §4.6): the writes one member accepted for peers that
 * did not acknowledge them, kept until each peer can be reached again. Only the newest stamp per
 * key and peer is kept: under last-writer-wins an older write of the same key adds nothing.
 *
 * <p>Durable, like the store: hints survive a crash of the member holding them. Held in tree
 * maps, so hand-offs go out in key order whatever the order the hints were made in.
 */
final class LeaderlessHints {

    /** One write kept for a peer; {@code sentAtNanos} is negative while it is not on its way. */
    private static final class Hint {
        long stamp;
        long sizeBytes;
        long sentAtNanos = -1;

        Hint(long stamp, long sizeBytes) {
            this.stamp = stamp;
            this.sizeBytes = sizeBytes;
        }
    }

    /** A hint to hand off now: the write of {@code key} with {@code stamp}, storing {@code sizeBytes}. */
    record Due(long key, long stamp, long sizeBytes) {
    }

    private final List<TreeMap<Long, Hint>> byPeer = new ArrayList<>();
    private long pending;

    /** @param members how many members the group has; peers are numbered from 1 */
    LeaderlessHints(int members) {
        for (int member = 0; member <= members; member++) {
            byPeer.add(new TreeMap<>());
        }
    }

    /**
     * Keeps the write of {@code key} with {@code stamp}, storing {@code sizeBytes}, for {@code peer},
     * unless it holds a newer one.
     */
    void keep(int peer, long key, long stamp, long sizeBytes) {
        Hint hint = byPeer.get(peer).get(key);
        if (hint == null) {
            byPeer.get(peer).put(key, new Hint(stamp, sizeBytes));
            pending++;
        } else if (stamp > hint.stamp) {
            hint.stamp = stamp;
            hint.sizeBytes = sizeBytes;
            hint.sentAtNanos = -1;
        }
    }

    /**
     * Up to {@code limit} hints for {@code peer} that are not on their way, or whose hand-off was
     * sent {@code resendAfterNanos} ago or more without an ack (lost, or dropped by a crash), marked
     * as sent now.
     */
    List<Due> due(int peer, long nowNanos, long resendAfterNanos, int limit) {
        List<Due> due = new ArrayList<>();
        for (Map.Entry<Long, Hint> entry : byPeer.get(peer).entrySet()) {
            if (due.size() == limit) {
                break;
            }
            Hint hint = entry.getValue();
            if (hint.sentAtNanos < 0 || nowNanos - hint.sentAtNanos >= resendAfterNanos) {
                hint.sentAtNanos = nowNanos;
                due.add(new Due(entry.getKey(), hint.stamp, hint.sizeBytes));
            }
        }
        return due;
    }

    /**
     * {@code peer} applied the hand-off of {@code key} with {@code stamp}: forgets the hint unless a
     * newer write replaced it meanwhile. Returns whether a hint was forgotten.
     */
    boolean delivered(int peer, long key, long stamp) {
        Hint hint = byPeer.get(peer).get(key);
        if (hint == null || hint.stamp != stamp) {
            return false;
        }
        byPeer.get(peer).remove(key);
        pending--;
        return true;
    }

    /** Whether any hint is kept for {@code peer}. */
    boolean hasHints(int peer) {
        return !byPeer.get(peer).isEmpty();
    }

    /** How many hints are kept, over all peers. */
    long pending() {
        return pending;
    }
}
