package org.distsim.core.figure;

/**
 * What sort of quantity a figure is, which decides how it is aggregated over time and across
 * replications, and how a report may draw it. Counting statistics and time-weighted ones are kept
 * apart, as the textbooks keep them (SSJ's {@code Tally} and {@code Accumulate}).
 */
public enum FigureKind {
    /** How many times something happened after the warm-up (requests served, evictions): a {@code long}. */
    COUNT,
    /** Events per second of simulated time (throughput). */
    RATE,
    /** A share of a whole, in [0, 1] (hit ratio, availability, the hot shard's share). */
    RATIO,
    /** A statistic of a duration (a mean, a percentile, a maximum), in the figure's time unit. */
    DURATION,
    /**
     * A quotient of two quantities that is no share of a whole and may exceed one: timeline inserts
     * per post, followees merged per read, the busiest shard's load over the mean load.
     */
    QUOTIENT,
    /**
     * A level held between changes (queue length, busy workers, replicas), weighted by how long each
     * value was held; its summary is two values, the time-weighted mean and the maximum.
     */
    GAUGE,
    /** An amount present when the run ended (entries in a store, megabytes, users in a graph). */
    AMOUNT
}
