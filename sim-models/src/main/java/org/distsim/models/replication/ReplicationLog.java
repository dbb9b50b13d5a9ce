package org.distsim.models.replication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A member's copy of the leader's log: the writes it holds, in order, each tagged with the era of
 * the leader that wrote it. Durable. Eras never decrease along a log (each new leader has a higher
 * term), so the entries of one era form one run, found through {@code eraStarts}.
 *
 * <p>Entries that every member holds are {@link #compact compacted} away (their effect stays in
 * the store, as a database keeps a snapshot and purges old binlogs), so a long run keeps only the
 * replication backlog. An index at or below the compaction point counts as held: every member
 * agreed on it.
 */
final class ReplicationLog {

    /** Entries {@code base + 1 .. lastIndex}, in order. */
    private final ArrayList<LogEntry> entries = new ArrayList<>();
    /** The first index of each era that had entries in the log. */
    private final TreeMap<Long, Long> eraStarts = new TreeMap<>();
    /** The last compacted index, and its era. */
    private long base;
    private long baseEra;

    long lastIndex() {
        return base + entries.size();
    }

    /** The era of the last entry; 0 for an empty log. */
    long lastEra() {
        return eraAt(lastIndex());
    }

    /** The era of the entry at {@code index}; 0 for index 0; -1 beyond the end; the base's era below it. */
    long eraAt(long index) {
        if (index == 0) {
            return 0;
        }
        if (index > lastIndex()) {
            return -1;
        }
        if (index <= base) {
            return baseEra;
        }
        return entries.get((int) (index - base - 1)).era();
    }

    /** The entry at {@code index}, which must lie after the compaction point. */
    LogEntry get(long index) {
        return entries.get((int) (index - base - 1));
    }

    /** The first index still held as an entry (resends start no earlier). */
    long firstRetained() {
        return base + 1;
    }

    void append(LogEntry entry) {
        if (entry.index() != lastIndex() + 1) {
            throw new IllegalStateException("log entry " + entry.index() + " appended after " + lastIndex());
        }
        eraStarts.putIfAbsent(entry.era(), entry.index());
        entries.add(entry);
    }

    /** Whether this log holds the entry (era, index): then it agrees with its holder up to there. */
    boolean holds(long index, long era) {
        if (index <= base) {
            return index <= lastIndex();
        }
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
        return Math.max(base, Math.min(index, lastOfEra));
    }

    /** The index before the first entry of this log's last era: where dropping that era leaves it. */
    long beforeLastEra() {
        return lastIndex() == base ? base : Math.max(base, eraStarts.get(lastEra()) - 1);
    }

    /** Removes the entries after {@code index} (never below the compaction point) and returns them, newest first. */
    List<LogEntry> truncateAfter(long index) {
        List<LogEntry> removed = new ArrayList<>();
        while (lastIndex() > Math.max(index, base)) {
            LogEntry last = entries.remove(entries.size() - 1);
            removed.add(last);
            if (eraStarts.get(last.era()) == last.index()) {
                eraStarts.remove(last.era());
            }
        }
        return removed;
    }

    /**
     * Forgets the entries up to {@code index}, which every member holds. Done in chunks of at
     * least half the log, so that the copying costs O(1) per entry.
     */
    void compact(long index) {
        long upTo = Math.min(index, lastIndex());
        if (upTo - base < Math.max(1024, entries.size() / 2)) {
            return;
        }
        baseEra = eraAt(upTo);
        entries.subList(0, (int) (upTo - base)).clear();
        base = upTo;
    }
}
