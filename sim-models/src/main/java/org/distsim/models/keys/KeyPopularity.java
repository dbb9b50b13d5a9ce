package org.distsim.models.keys;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.RejectionInversionZipfSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;

/**
 * The popularity law of the keys {@code 0 .. keyCount-1}: uniform, or Zipf with exponent {@code
 * s}, where key {@code 0} is the most popular. Immutable; see the package documentation for the
 * model.
 */
public final class KeyPopularity {

    /**
     * Up to this many terms the normalising constant is summed exactly; beyond it the tail is
     * taken from the Euler–Maclaurin formula, whose first neglected term is below 1e-20 there.
     */
    private static final int EXACT_TERMS = 1_000_000;

    private final int keyCount;
    private final double exponent;
    /** H(keyCount, exponent) = Σ_{n=1..keyCount} n^-exponent. */
    private final double normaliser;

    private KeyPopularity(int keyCount, double exponent) {
        if (keyCount < 1) {
            throw new IllegalArgumentException("keyCount must be at least 1, got " + keyCount);
        }
        if (!Double.isFinite(exponent) || exponent < 0) {
            throw new IllegalArgumentException("zipf exponent must be a finite number >= 0, got " + exponent);
        }
        this.keyCount = keyCount;
        this.exponent = exponent;
        this.normaliser = exponent == 0 ? keyCount : harmonic(keyCount, exponent);
    }

    /** Every key of {@code 0 .. keyCount-1} equally likely. */
    public static KeyPopularity uniform(int keyCount) {
        return new KeyPopularity(keyCount, 0);
    }

    /**
     * Key {@code k} with probability proportional to {@code (k+1)^-exponent}; exponent 0 is the
     * uniform law.
     *
     * @param keyCount the number of keys, at least 1
     * @param exponent the Zipf exponent {@code s}, finite and {@code >= 0}
     */
    public static KeyPopularity zipf(int keyCount, double exponent) {
        return new KeyPopularity(keyCount, exponent);
    }

    /** The number of keys; keys are {@code 0 .. keyCount-1}. */
    public int keyCount() {
        return keyCount;
    }

    /** The Zipf exponent, 0 for the uniform law. */
    public double exponent() {
        return exponent;
    }

    /** Whether this is the uniform law. */
    public boolean isUniform() {
        return exponent == 0;
    }

    /** The exact probability that one request names {@code key}; 0 for keys outside the range. */
    public double probability(long key) {
        if (key < 0 || key >= keyCount) {
            return 0;
        }
        return exponent == 0 ? 1.0 / keyCount : Math.pow(key + 1.0, -exponent) / normaliser;
    }

    /**
     * The probability that a request names one of the {@code count} most popular keys: the hit
     * ratio of a cache that statically holds the {@code count} best keys, which bounds every
     * replacement policy under this law from above.
     */
    public double topProbability(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + count);
        }
        int top = Math.min(count, keyCount);
        if (exponent == 0) {
            return (double) top / keyCount;
        }
        // Summed from the smallest term up, so that rounding does not swamp the tail.
        double sum = 0;
        for (int n = top; n >= 1; n--) {
            sum += Math.pow(n, -exponent);
        }
        return Math.min(1.0, sum / normaliser);
    }

    /** A sampler of keys under this law, drawing only from {@code rng}. */
    public KeySampler sampler(UniformRandomProvider rng) {
        Objects.requireNonNull(rng, "rng");
        if (exponent == 0) {
            return () -> rng.nextInt(keyCount);
        }
        // The commons-rng sampler returns ranks 1 .. keyCount; keys are ranks minus one.
        SharedStateDiscreteSampler zipf = RejectionInversionZipfSampler.of(rng, keyCount, exponent);
        return () -> zipf.sample() - 1L;
    }

    @Override
    public String toString() {
        return exponent == 0 ? "uniform(" + keyCount + ")" : "zipf(" + keyCount + ", " + exponent + ")";
    }

    private static double harmonic(int n, double s) {
        int exact = Math.min(n, EXACT_TERMS);
        double sum = 0;
        if (n > exact) {
            sum += eulerMaclaurinTail(exact + 1L, n, s);
        }
        for (int k = exact; k >= 1; k--) {
            sum += Math.pow(k, -s);
        }
        return sum;
    }

    /** Σ_{k=a..b} k^-s ≈ ∫_a^b x^-s dx + (f(a) + f(b)) / 2 + (f'(b) - f'(a)) / 12. */
    private static double eulerMaclaurinTail(long a, long b, double s) {
        double integral = s == 1 ? Math.log((double) b / a)
                : (Math.pow(b, 1 - s) - Math.pow(a, 1 - s)) / (1 - s);
        double ends = (Math.pow(a, -s) + Math.pow(b, -s)) / 2;
        double derivatives = s * (Math.pow(a, -s - 1) - Math.pow(b, -s - 1)) / 12;
        return integral + ends + derivatives;
    }
}
