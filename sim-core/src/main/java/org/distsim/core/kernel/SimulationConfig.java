package org.distsim.core.kernel;

/**
 * The fixed parameters of one run.
 *
 * @param seed           master seed of every random stream
 * @param replication    replication index, mixed into every stream so replications are independent
 * @param endNanos       simulated time at which the run ends
 * @param warmupNanos    summary figures ignore everything before this time
 * @param intervalNanos  length of one time-series interval
 * @param maxEvents      the run stops, reporting it, after this many events
 * @param maxPending     the run stops, reporting it, when more events than this are pending at once
 */
public record SimulationConfig(
        long seed,
        int replication,
        long endNanos,
        long warmupNanos,
        long intervalNanos,
        long maxEvents,
        int maxPending) {

    /** Enough for any bundled scenario a hundred times over (the largest dispatches 7.5 million). */
    public static final long DEFAULT_MAX_EVENTS = 2_000_000_000L;
    /**
     * Pending events at once: a pending event with its message holds 100 to 200 bytes, so the cap
     * keeps them below about 1 GB, thousands of times what a bundled scenario has pending.
     */
    public static final int DEFAULT_MAX_PENDING = 5_000_000;
    /**
     * The longest run, 2^62 - 1 ns (about 146 years): twice it still fits in a {@code long}, so a
     * time plus a delay cut to the run's length ({@code Horizon}) never wraps.
     */
    public static final long MAX_END_NANOS = (1L << 62) - 1;

    public SimulationConfig {
        if (endNanos <= 0) {
            throw new IllegalArgumentException("the run must last longer than 0 ns, got " + endNanos);
        }
        if (endNanos > MAX_END_NANOS) {
            throw new IllegalArgumentException("the run must last at most " + MAX_END_NANOS + " ns (about 146 years), got "
                    + endNanos);
        }
        if (warmupNanos < 0 || warmupNanos >= endNanos) {
            throw new IllegalArgumentException("warm-up must be in [0, duration), got " + warmupNanos + " ns");
        }
        if (intervalNanos <= 0) {
            throw new IllegalArgumentException("the report interval must be positive, got " + intervalNanos);
        }
        if (maxEvents <= 0 || maxPending <= 0) {
            throw new IllegalArgumentException("event limits must be positive");
        }
    }

    /** A run of the given length with no warm-up, one-second intervals and the default limits. */
    public static SimulationConfig of(long seed, long endNanos) {
        return new SimulationConfig(seed, 0, endNanos, 0, 1_000_000_000L, DEFAULT_MAX_EVENTS, DEFAULT_MAX_PENDING);
    }

    public SimulationConfig withWarmup(long warmup) {
        return new SimulationConfig(seed, replication, endNanos, warmup, intervalNanos, maxEvents, maxPending);
    }

    public SimulationConfig withInterval(long interval) {
        return new SimulationConfig(seed, replication, endNanos, warmupNanos, interval, maxEvents, maxPending);
    }

    public SimulationConfig withLimits(long events, int pending) {
        return new SimulationConfig(seed, replication, endNanos, warmupNanos, intervalNanos, events, pending);
    }

    public SimulationConfig withReplication(int index) {
        return new SimulationConfig(seed, index, endNanos, warmupNanos, intervalNanos, maxEvents, maxPending);
    }
}
