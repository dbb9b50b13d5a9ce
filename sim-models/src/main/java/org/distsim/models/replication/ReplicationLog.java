package org.distsim.models.replication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A member's copy of the leader's log: the writes it holds, in order, each tagged with the era of
 * the leader that wrote it. Durable. Eras never decrease along a log (each new leader has a higher
 * term), so the entries of one era form one run, found through {@code eraStarts}.
 */
final class ReplicationLog {

    private final ArrayList<LogEntry> entries = new ArrayList<>();
    /** The first index of each era present in the log. */
    private final TreeMap<Long, Long> eraStarts = new TreeMap<>();

    long lastIndex() {
        return entries.size();
    }

    /** The era of the last entry; 0 for an empty log. */
    long lastEra() {
        return eraAt(lastIndex());
    }

    /** The era of the entry at {@code index}; 0 for index 0; -1 beyond the end. */
    long eraAt(long index) {
        if (index == 0) {
            return 0;
        }
        if (index > entries.size()) {
            return -1;
        }
        return entries.get((int) (index - 1)).era();
    }

    LogEntry get(long index) {
        return entries.get((int) (index - 1));
    }

    void append(LogEntry entry) {
        if (entry.index() != lastIndex() + 1) {
            throw new IllegalStateException("log entry " + entry.index() + " appended after " + lastIndex());
        }
        if (!eraStarts.containsKey(entry.era())) {
            eraStarts.put(entry.era(), entry.index());
        }
        entries.add(entry);
    }

    /** Whether this log holds the entry (era, index): then it agrees with its holder up to there. */
    boolean holds(long index, long era) {
        return eraAt(index) == era;
    }

    /**
     * How much of a log that ends at (era, index) agrees with this one, for a follower whose last
     * entry this log does not hold: up to the end of that era here, when this log has the era at
     * all; otherwise -1 (the follower must drop its whole last era and look again).
     */
    long agreementWith(long index, long era) {
        Long start = eraStarts.get(era);
        if (start == null) {
            return -1;
        }
        Map.Entry<Long, Long> after = eraStarts.higherEntry(era);
        long lastOfEra = after == null ? lastIndex() : after.getValue() - 1;
        return Math.min(index, lastOfEra);
    }

    /** The index before the first entry of this log's last era: where dropping that era leaves it. */
    long beforeLastEra() {
        return entries.isEmpty() ? 0 : eraStarts.get(lastEra()) - 1;
    }

    /** Removes the entries after {@code index} and returns them, newest first. */
    List<LogEntry> truncateAfter(long index) {
        List<LogEntry> removed = new ArrayList<>();
        while (entries.size() > index) {
            LogEntry last = entries.remove(entries.size() - 1);
            removed.add(last);
            if (eraStarts.get(last.era()) == last.index()) {
                eraStarts.remove(last.era());
            }
        }
        return removed;
    }
}
