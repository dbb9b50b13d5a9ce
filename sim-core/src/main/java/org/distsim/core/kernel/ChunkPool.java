package org.distsim.core.kernel;

import java.util.Arrays;

/**
 * The storage of the {@link Ladder}'s buckets: chunks of {@link #SIZE} entries, each entry an
 * event's time and slot side by side in one {@code long[]}, and a bucket a chain of chunks from its
 * newest (the only one not full) to its oldest. A chunk's entries take 64 bytes, a cache line's
 * worth, so reading a bucket costs about a miss per chunk rather than one per event, and freed
 * chunks are reused newest first, while they are still in the cache. Four entries rather than
 * eight: most buckets of a large rung hold only a few events, and the empty part of each bucket's
 * newest chunk is memory the cache carries for nothing.
 *
 * <p>An entry is named by its index: chunk {@code c} holds entries {@code SIZE * c} to
 * {@code SIZE * c + SIZE - 1}, and entry {@code e} keeps its time at {@code 2 * e} and its slot at
 * {@code 2 * e + 1} of {@link #entries()}.
 */
final class ChunkPool {

    static final int NONE = -1;
    static final int SIZE_LOG2 = 2;
    static final int SIZE = 1 << SIZE_LOG2;
    /** {@code count & MASK} is how many entries the newest chunk of a bucket of {@code count} holds, 0 meaning full. */
    static final int MASK = SIZE - 1;

    private long[] entries = new long[2 * SIZE * 128];
    /** Per chunk: the next older chunk of its bucket, or, for a free chunk, the next free one. */
    private int[] next = new int[128];
    private int freeChunks = NONE;
    private int chunksEverUsed;

    /** The entries of every chunk; valid until the next {@link #take}, which may grow it. */
    long[] entries() {
        return entries;
    }

    /** The index in {@link #entries()} of a chunk's first entry's time. */
    static int firstEntry(int chunk) {
        return 2 * SIZE * chunk;
    }

    /** The chunk after {@code chunk} in its bucket, toward the oldest; {@link #NONE} after the last. */
    int next(int chunk) {
        return next[chunk];
    }

    /** Takes a free chunk and chains {@code newestBefore} (or {@link #NONE}) after it; returns it. */
    int take(int newestBefore) {
        int chunk = freeChunks;
        if (chunk != NONE) {
            freeChunks = next[chunk];
        } else {
            if (chunksEverUsed == next.length) {
                next = Arrays.copyOf(next, 2 * next.length);
                entries = Arrays.copyOf(entries, 2 * entries.length);
            }
            chunk = chunksEverUsed++;
        }
        next[chunk] = newestBefore;
        return chunk;
    }

    /** Writes entry {@code index} of {@code chunk} and returns the entry's number. */
    int put(int chunk, int index, long time, int slot) {
        int entry = SIZE * chunk + index;
        entries[2 * entry] = time;
        entries[2 * entry + 1] = slot;
        return entry;
    }

    /**
     * Moves the last entry of a bucket (entry {@code lastIndex} of its newest chunk) into
     * {@code entry}, and returns the moved entry's slot, or {@link #NONE} when {@code entry} was the
     * last itself.
     */
    int moveLastTo(int newest, int lastIndex, int entry) {
        int last = SIZE * newest + lastIndex;
        if (last == entry) {
            return NONE;
        }
        entries[2 * entry] = entries[2 * last];
        long slot = entries[2 * last + 1];
        entries[2 * entry + 1] = slot;
        return (int) slot;
    }

    /** Frees a chunk and returns the chunk that followed it in its bucket. */
    int release(int chunk) {
        int after = next[chunk];
        next[chunk] = freeChunks;
        freeChunks = chunk;
        return after;
    }
}
