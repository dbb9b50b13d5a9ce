package org.distsim.models.social;

/**
 * A keyed pseudo-random permutation of {@code 0 .. n-1} that is computed, never stored: a balanced
 * Feistel network of six rounds over the smallest even number of bits that holds {@code n}, with
 * cycle walking (a value that falls outside {@code 0 .. n-1} is permuted again until it falls
 * inside, which ends because a permutation of a finite set returns to its start). Both directions
 * take a handful of multiplications; the same key gives the same permutation on every machine.
 */
final class UserPermutation {

    private static final int ROUNDS = 6;

    private final long n;
    private final int halfBits;
    private final long halfMask;
    private final long[] roundKeys = new long[ROUNDS];

    /**
     * @param n   the size of the domain, at least 1 and at most {@code 2^31}
     * @param key the key: different keys give unrelated permutations
     */
    UserPermutation(long n, long key) {
        if (n < 1 || n > 1L << 31) {
            throw new IllegalArgumentException("permutation domain must be 1 .. 2^31, got " + n);
        }
        this.n = n;
        int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(n - 1));
        this.halfBits = (bits + 1) / 2;
        this.halfMask = (1L << halfBits) - 1;
        long k = key;
        for (int i = 0; i < ROUNDS; i++) {
            k += Mix.GOLDEN_GAMMA;
            roundKeys[i] = Mix.mix64(k);
        }
    }

    /** The image of {@code x}, {@code 0 <= x < n}. */
    long apply(long x) {
        long y = x;
        do {
            y = encrypt(y);
        } while (y >= n);
        return y;
    }

    /** The preimage of {@code y}: {@code apply(inverse(y)) == y}. */
    long inverse(long y) {
        long x = y;
        do {
            x = decrypt(x);
        } while (x >= n);
        return x;
    }

    private long encrypt(long value) {
        long left = value >>> halfBits;
        long right = value & halfMask;
        for (long roundKey : roundKeys) {
            long next = left ^ round(right, roundKey);
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }

    private long decrypt(long value) {
        long left = value >>> halfBits;
        long right = value & halfMask;
        for (int i = ROUNDS - 1; i >= 0; i--) {
            long previous = right ^ round(left, roundKeys[i]);
            right = left;
            left = previous;
        }
        return (left << halfBits) | right;
    }

    private long round(long half, long roundKey) {
        return Mix.mix64(half ^ roundKey) & halfMask;
    }
}
