package org.distsim.models.replication;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Which client wrote which key lately, for {@link ReadYourWrites#LEADER_AFTER_WRITE}: the front
 * remembers each (client, key) write for a window and forgets it afterwards, so its memory is
 * bounded by the writes of one window. The map is only looked up, never iterated, so its order
 * does not matter; entries expire in time order through the queue.
 */
final class RecentWrites {

    private record ClientKey(int client, long key) {
    }

    private record Written(ClientKey clientKey, long atNanos) {
    }

    private final long windowNanos;
    private final Map<ClientKey, Long> lastWrite = new HashMap<>();
    private final ArrayDeque<Written> byTime = new ArrayDeque<>();

    RecentWrites(long windowNanos) {
        this.windowNanos = windowNanos;
    }

    /** {@code client} wrote (or had acknowledged a write of) {@code key} at {@code now}. */
    void wrote(int client, long key, long now) {
        expire(now);
        ClientKey clientKey = new ClientKey(client, key);
        lastWrite.put(clientKey, now);
        byTime.addLast(new Written(clientKey, now));
    }

    /** Whether {@code client} wrote {@code key} within the window before {@code now}. */
    boolean wroteRecently(int client, long key, long now) {
        expire(now);
        return lastWrite.containsKey(new ClientKey(client, key));
    }

    /** Writes remembered (for tests). */
    int size() {
        return lastWrite.size();
    }

    private void expire(long now) {
        while (!byTime.isEmpty() && now - byTime.peekFirst().atNanos() > windowNanos) {
            Written old = byTime.removeFirst();
            // Only the newest write of a key decides; an older entry of a key written again stays out.
            lastWrite.remove(old.clientKey(), old.atNanos());
        }
    }
}
