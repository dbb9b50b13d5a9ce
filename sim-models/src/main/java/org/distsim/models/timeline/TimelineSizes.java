package org.distsim.models.timeline;

import java.util.Arrays;

/**
 * How many entries each user's cached home timeline holds, capped at the timeline length: two bytes
 * per user when the length fits in a {@code char} (up to 65,535 entries), four otherwise, allocated
 * at the first insert so that a node that never fans out (fan-out on read) holds none.
 */
final class TimelineSizes {

    /**
     * The most bytes the counts may take: 1 GB, so that a hundred million users (200 MB) fit beside
     * the rest of a run in a 2 GB heap, and a node that could never fit is refused when the scenario
     * loads instead of failing for memory in the middle of a run.
     */
    static final long MAX_BYTES = 1_000_000_000L;

    private final int users;
    private final int length;
    private char[] small;
    private int[] large;
    private long entries;

    TimelineSizes(int users, int length) {
        this.users = users;
        this.length = length;
    }

    /** The bytes the counts of {@code users} users take once a timeline is written: two or four per user. */
    static long bytes(int users, int length) {
        return (long) users * (length <= Character.MAX_VALUE ? Character.BYTES : Integer.BYTES);
    }

    /** Adds one entry to {@code user}'s timeline unless it is full (then the oldest makes way). */
    void insert(int user) {
        int size = get(user);
        if (size < length) {
            set(user, size + 1);
            entries++;
        }
    }

    /** Sets {@code user}'s timeline to {@code size} entries, at most the timeline length. */
    void fill(int user, int size) {
        int target = Math.min(size, length);
        entries += target - get(user);
        set(user, target);
    }

    /** Empties every timeline. */
    void clear() {
        if (small != null) {
            Arrays.fill(small, (char) 0);
        }
        if (large != null) {
            Arrays.fill(large, 0);
        }
        entries = 0;
    }

    /** The entries held in all timelines. */
    long entries() {
        return entries;
    }

    private int get(int user) {
        if (length <= Character.MAX_VALUE) {
            return small == null ? 0 : small[user];
        }
        return large == null ? 0 : large[user];
    }

    private void set(int user, int size) {
        if (length <= Character.MAX_VALUE) {
            if (small == null) {
                small = new char[users];
            }
            small[user] = (char) size;
        } else {
            if (large == null) {
                large = new int[users];
            }
            large[user] = size;
        }
    }
}
