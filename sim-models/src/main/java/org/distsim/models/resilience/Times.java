package org.distsim.models.resilience;

/** The checks on simulated time that every class here shares. */
final class Times {

    private Times() {
    }

    /** Returns {@code nowNanos} after checking that it is not negative and not before {@code lastNanos}. */
    static long advance(long lastNanos, long nowNanos) {
        if (nowNanos < 0) {
            throw new IllegalArgumentException("nowNanos must not be negative, got " + nowNanos);
        }
        if (nowNanos < lastNanos) {
            throw new IllegalArgumentException(
                    "nowNanos must not decrease between calls, got " + nowNanos + " after " + lastNanos);
        }
        return nowNanos;
    }

    static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
