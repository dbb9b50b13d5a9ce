package org.distsim.models.analytic;

/**
 * Which keys requests name: each request independently names key {@code i} of {@code count} with
 * probability proportional to {@code i^(-zipfExponent)} (the independent reference model);
 * an exponent of 0 is uniform.
 *
 * @param count         distinct keys, at least 1
 * @param zipfExponent  {@code s >= 0}
 */
public record KeyLaw(long count, double zipfExponent) {

    public KeyLaw {
        if (count < 1 || !(zipfExponent >= 0) || !Double.isFinite(zipfExponent)) {
            throw new IllegalArgumentException("need count >= 1 and s >= 0, got " + count + ", " + zipfExponent);
        }
    }
}
