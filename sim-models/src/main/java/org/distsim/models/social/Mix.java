package org.distsim.models.social;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The SplitMix64 finaliser (Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014): a bijection of 64-bit values whose outputs for consecutive inputs are
 * statistically independent, which makes {@code mix64(key + i × GOLDEN_GAMMA)} a counter-based
 * random stream that can be read at any index {@code i} without reading the ones before it.
 */
final class Mix {

    /** The odd constant SplitMix64 adds per step: 2^64 divided by the golden ratio. */
    static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Mix() {
    }

    static long mix64(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The {@code index}-th value of the stream keyed by {@code key}. */
    static long at(long key, long index) {
        return mix64(key + (index + 1) * GOLDEN_GAMMA);
    }

    /** The {@code index}-th value of the stream as a double uniform on {@code [0, 1)}. */
    static double uniformAt(long key, long index) {
        return (at(key, index) >>> 11) * 0x1.0p-53;
    }

    /** A SplitMix64 generator started at {@code seed}, for samplers that need a provider. */
    static UniformRandomProvider stream(long seed) {
        long[] state = {seed};
        return () -> {
            state[0] += GOLDEN_GAMMA;
            return mix64(state[0]);
        };
    }
}
