package org.distsim.models.replication;

import java.util.Comparator;
import java.util.Iterator;
import java.util.TreeSet;
import org.distsim.core.metrics.Counter;

/**
 * Instrumentation shared by the front and the members of one replicated database for one run:
 * which log entries were acknowledged to clients, so that a failover can count the acknowledged
 * writes the new leader never received. No member decides anything by it; no real machine could
 * see it.
 *
 * <p>{@code lost_writes} (a figure of the front) counts, in leader-follower replication with
 * {@code partition: cp}, acknowledged writes missing from the log of a leader when it takes over:
 * every member then discards them, as a new leader's followers discard what it lacks. With
 * {@code ap} they are not counted: members re-ship them instead, and last writer wins decides.
 */
final class ReplicationLedger {

    /** Acknowledged log entries, by index; two eras may hold one index after a split brain. */
    private final TreeSet<Acked> acknowledged = new TreeSet<>(
            Comparator.comparingLong(Acked::index).thenComparingLong(Acked::era));
    private Counter lost;

    /** The front registers the figure; called before any member acts. */
    void attach(Counter lostWrites) {
        this.lost = lostWrites;
    }

    /** The leader acknowledged the write at (era, index) to its client. */
    void acknowledged(long index, long era) {
        acknowledged.add(new Acked(index, era));
    }

    /** A member took over as leader with {@code log}: what it lacks of the acknowledged writes is lost. */
    void tookOver(ReplicationLog log) {
        Iterator<Acked> it = acknowledged.iterator();
        while (it.hasNext()) {
            Acked entry = it.next();
            if (!log.holds(entry.index(), entry.era())) {
                countLost();
                it.remove();
            }
        }
    }

    /**
     * Every member holds the leader's log up to {@code index}: no later leader can lack those
     * entries, so they are forgotten (keeping the ledger as small as the replication backlog).
     */
    void heldByAll(long index) {
        acknowledged.headSet(new Acked(index, Long.MAX_VALUE), true).clear();
    }

    /**
     * A member undid the entry at (era, index) because its leader lacks it. Usually the write was
     * counted when that leader took over; this catches a write its old leader acknowledged after
     * that, in the moments before the old leader learnt of the new one.
     */
    void discarded(long index, long era) {
        if (acknowledged.remove(new Acked(index, era))) {
            countLost();
        }
    }

    private void countLost() {
        if (lost != null) {
            lost.increment();
        }
    }

    private record Acked(long index, long era) {
    }
}
