package org.distsim.models.eventlog;

import java.util.ArrayList;
import java.util.List;
import org.distsim.models.rpc.Request;

/**
 * One partition: the retained messages with their offsets, oldest first. Offsets grow by one per
 * message and are never reused; retention removes messages from the old end only.
 */
final class PartitionLog {

    /** A retained message and when it was appended. */
    record Entry(Request request, long appendedAtNanos) {
    }

    // A list indexed by offset - start, trimmed in chunks, so that reading any offset is constant time.
    private final List<Entry> entries = new ArrayList<>();
    private int head;
    private long startOffset;
    /** Bytes of the messages retention removed since {@link #takeRemovedBytes} was last called. */
    private long removedBytes;
    /** Bytes of the retained messages, for retention by size. */
    private long retainedBytes;

    /** The offset of the oldest retained message (equal to {@link #end} when none is retained). */
    long start() {
        return startOffset;
    }

    /** The offset the next message will get. */
    long end() {
        return startOffset + size();
    }

    int size() {
        return entries.size() - head;
    }

    void append(Request request, long nowNanos) {
        entries.add(new Entry(request, nowNanos));
        retainedBytes += request.sizeBytes();
    }

    /** The message at {@code offset}, which must be retained. */
    Entry at(long offset) {
        if (offset < startOffset || offset >= end()) {
            throw new IllegalArgumentException("offset " + offset + " is not retained: [" + startOffset + ", "
                    + end() + ")");
        }
        return entries.get(head + (int) (offset - startOffset));
    }

    /** The bytes of the messages removed since the last call, which starts the count again. */
    long takeRemovedBytes() {
        long bytes = removedBytes;
        removedBytes = 0;
        return bytes;
    }

    /**
     * Removes the messages older than {@code retentionNanos} at {@code nowNanos} and those beyond
     * the newest {@code maxMessages} or the newest {@code maxBytes}; returns how many went.
     */
    int purge(long nowNanos, long retentionNanos, int maxMessages, long maxBytes) {
        int removed = 0;
        while (size() > 0 && (size() > maxMessages || retainedBytes > maxBytes
                || nowNanos - entries.get(head).appendedAtNanos() >= retentionNanos)) {
            long bytes = entries.get(head).request().sizeBytes();
            removedBytes += bytes;
            retainedBytes -= bytes;
            entries.set(head, null);
            head++;
            startOffset++;
            removed++;
        }
        // Compact once the dead prefix is as long as what is retained, so memory follows retention.
        if (head > 1024 && head >= size()) {
            entries.subList(0, head).clear();
            head = 0;
        }
        return removed;
    }
}
