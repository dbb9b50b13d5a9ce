package org.distsim.models.sharding;

import java.util.Arrays;
import java.util.List;

/**
 * Range sharding: {@code n - 1} increasing boundaries cut the keys into {@code n} contiguous
 * ranges; shard {@code i} owns {@code [b(i-1), b(i))}, the first shard everything below {@code
 * b(0)} and the last everything from {@code b(n-2)} up. Neighbouring keys share a shard, which
 * makes range scans cheap and popularity skew dangerous: under Zipf keys, with key 0 the hottest,
 * the first range holds most of the load.
 *
 * <p>Split evenly over a key space of {@code K} keys, boundary {@code i} is {@code floor(iK/n)}.
 * Re-splitting evenly over {@code n + 1} shards keeps a key only where the old and the new range
 * of the same index overlap, {@code (n-i)/(n(n+1))} of the space for range {@code i}, which sums
 * to exactly one half: half the keys move, whatever {@code n}.
 */
final class RangeSharding implements ShardMap {

    /** The key space for an even split, or 0 when the boundaries were given. */
    private final long keySpace;
    /** The boundaries after the one resharding, when given explicitly; null otherwise. */
    private final List<Long> nextBoundaries;
    private long[] boundaries;

    private RangeSharding(long keySpace, long[] boundaries, List<Long> nextBoundaries) {
        this.keySpace = keySpace;
        this.boundaries = boundaries;
        this.nextBoundaries = nextBoundaries;
    }

    /** {@code shards} even ranges over keys {@code 0 .. keySpace-1}. */
    static RangeSharding even(long keySpace, int shards) {
        return new RangeSharding(keySpace, evenBoundaries(keySpace, shards), null);
    }

    /** Ranges cut at {@code boundaries}; {@code next} (null for none) are the cuts after adding a shard. */
    static RangeSharding explicit(List<Long> boundaries, List<Long> next) {
        return new RangeSharding(0, toArray(boundaries), next);
    }

    /** The cuts of an even split: {@code floor(i * keySpace / shards)} for {@code i = 1 .. shards-1}. */
    static long[] evenBoundaries(long keySpace, int shards) {
        long[] cuts = new long[shards - 1];
        for (int i = 1; i < shards; i++) {
            // No overflow: the config caps key-space at 10^12 and the shards at 10^4, so i * keySpace < 2^63.
            cuts[i - 1] = i * keySpace / shards;
        }
        return cuts;
    }

    @Override
    public int route(long key) {
        return shardOf(key);
    }

    @Override
    public int shardOf(long key) {
        // The number of boundaries at or below the key.
        int low = 0;
        int high = boundaries.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (boundaries[mid] <= key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    @Override
    public int shardCount() {
        return boundaries.length + 1;
    }

    @Override
    public void addShard(String name) {
        if (nextBoundaries != null) {
            boundaries = toArray(nextBoundaries);
        } else {
            boundaries = evenBoundaries(keySpace, boundaries.length + 2);
        }
    }

    @Override
    public String toString() {
        return "RangeSharding" + Arrays.toString(boundaries);
    }

    private static long[] toArray(List<Long> values) {
        long[] array = new long[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }
}
