package org.distsim.models.keys;

/**
 * Spreads request keys over partitions: SplitMix64's finaliser (Steele, Lea and Flood, OOPSLA 2014)
 * turns consecutive keys into well-mixed 64-bit values, so {@code key mod n} does not put a run of
 * neighbouring keys on one partition. The message queue's and the event log's partitioned logs use
 * it, so a key lands on the same partition number in both.
 */
public final class KeySpread {

    private KeySpread() {
    }

    /** The partition of {@code key} among {@code partitions}, from 0. */
    public static int partition(long key, int partitions) {
        return (int) Long.remainderUnsigned(mix(key), partitions);
    }

    static long mix(long key) {
        long z = key + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
